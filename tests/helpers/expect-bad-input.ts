import { expect } from 'vitest';
import type { BadInputCase } from './bad-input-cases.js';
import type { BinResult } from './run-bin.js';

/** Text mode: exit 2, nothing on stdout, one `ofsted-deadline: ...` line on stderr, no stack trace. */
export function expectBadInputText(result: BinResult, row: BadInputCase): void {
  expect(result.exitCode).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^ofsted-deadline: [^\n]+\n$/);
  expect(result.stderr).toContain(row.mentions);
  expect(result.stderr).not.toContain('    at ');
}

/** --json: the same stderr line, and exactly one JSON error document on stdout carrying the same message. */
export function expectBadInputJson(result: BinResult, text: BinResult, row: BadInputCase): void {
  expect(result.exitCode).toBe(2);
  expect(result.stderr).toBe(text.stderr);
  const document: unknown = JSON.parse(result.stdout); // throws on anything but one JSON document
  expect(document).toEqual({
    schemaVersion: 1,
    error: { code: row.code, message: text.stderr.slice('ofsted-deadline: '.length, -1), input: expect.toBeOneOf([expect.any(String), null]) },
  });
  expect(result.stdout).not.toContain('    at ');
}

/** The arguments of a bad-input case with --json added. */
export const withJson = (row: BadInputCase): string[] => [...(row.jsonArgs ?? [...row.args, '--json'])];

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

/*
 * The CI examples run `ofsted-deadline register` lines from a shell. Each such line, with the
 * workflow's own variables put in, must be a command the CLI accepts, exit with a code the
 * workflow handles, and (for the feed) write a calendar a standard parser reads.
 */

const EXAMPLES = ['github-actions-register.yml', 'gitlab-ci-register.yml'];
const HANDLED = [0, 2, 3, 4];

/** The shell words of a command line: double quotes group, `$NAME` takes the workflow's value. */
function words(line: string, variables: Record<string, string>): string[] {
  const expanded = line.replace(/\$([A-Z_]+)/g, (_, name: string) => variables[name] ?? `$${name}`);
  return [...expanded.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

describe.each(EXAMPLES)('examples/%s', (name) => {
  const text = readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
  const variable = (key: string) => new RegExp(`^\\s*${key}:\\s*'?"?([^'"\\n]*)`, 'm').exec(text)?.[1] ?? '';
  const variables = { REGISTER_FILE: variable('REGISTER_FILE'), REMINDERS_BEFORE: variable('REMINDERS_BEFORE') };
  const commands = text
    .split('\n')
    .filter((line) => /^\s*(- |run: )?ofsted-deadline register /.test(line))
    .map((line) => line.replace(/^\s*(- |run: )?ofsted-deadline /, '').replace(/\s*\|\|.*$/, ''));

  it('checks the register with --exit-code and writes the calendar feed with --ics', () => {
    expect(commands).toHaveLength(2);
    expect(variables.REGISTER_FILE).toBe('examples/register.csv');
    expect(commands.some((command) => command.includes('--exit-code'))).toBe(true);
    expect(commands.some((command) => command.includes('--ics') && command.includes('--output deadlines.ics'))).toBe(true);
    expect(text).toMatch(/is-working-day today/);
  });

  it.each(['2025-03-03', '2025-03-05'])('runs every register line on %s with an exit code the workflow handles', async (today) => {
    const out = mkdtempSync(join(tmpdir(), 'register-ci-'));
    for (const command of commands) {
      const args = words(command, variables).map((word) => (word === 'deadlines.ics' ? join(out, word) : word));
      const result = await runInProcess(args, { today });
      expect(HANDLED).toContain(result.exitCode);
      if (args.includes('--ics')) {
        const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(out, 'deadlines.ics'), 'utf8')));
        expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
      }
    }
  });
});

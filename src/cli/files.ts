/**
 * The file system as the CLI sees it: reads and writes whose failures are values naming why, never
 * exceptions. run.ts (the binary) and the in-process tests build their CliIo from these same
 * functions, so both exercise the same file handling.
 */
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import type { ByteSource, FileRead, FileWrite } from './io.js';

const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory, not a file',
};

/** The first line of an error's message: Node's messages can carry a second line of detail. */
function firstLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** Reads a text file; a failure is a value naming why, never an exception. */
export function readTextFile(path: string): FileRead {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { ok: false, reason: READ_FAILURES[code] ?? `cannot be read (${firstLine(error)})` };
  }
}

const WRITE_FAILURES: Record<string, string> = {
  ENOENT: 'no such directory',
  EACCES: 'permission denied',
  EISDIR: 'is a directory, not a file',
  EROFS: 'read-only file system',
};

/** Writes a text file; a failure is a value naming why, never an exception. */
export function writeTextFile(path: string, text: string): FileWrite {
  try {
    writeFileSync(path, text, 'utf8');
    return { ok: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { ok: false, reason: WRITE_FAILURES[code] ?? `cannot be written (${firstLine(error)})` };
  }
}

/** Opens a file to stream (`batch --input`); a missing file fails while it is read. */
export function readFileStream(path: string): ByteSource {
  return createReadStream(path);
}

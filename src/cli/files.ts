/**
 * The file system as the CLI sees it: reads and writes whose failures are values naming why, never
 * exceptions. run.ts (the binary) and the in-process tests build their CliIo from these same
 * functions, so both exercise the same file handling.
 */
import { closeSync, createReadStream, openSync, readSync, writeFileSync } from 'node:fs';
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

/** A size for people: `10 MiB`, `64 KiB`, `512 bytes`. */
export function describeBytes(bytes: number): string {
  if (bytes >= 1 << 20 && bytes % (1 << 20) === 0) return `${bytes / (1 << 20)} MiB`;
  if (bytes >= 1 << 10 && bytes % (1 << 10) === 0) return `${bytes / (1 << 10)} KiB`;
  return `${bytes} bytes`;
}

const READ_CHUNK = 1 << 16;

/**
 * Reads a UTF-8 text file of at most `maxBytes` bytes; a failure is a value naming why, never an
 * exception. It reads no more than `maxBytes + 1` bytes, so a file that never ends (`/dev/zero`, a
 * pipe that keeps writing) fails at once instead of filling memory.
 */
export function readTextFile(path: string, maxBytes = Number.POSITIVE_INFINITY): FileRead {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(READ_CHUNK, maxBytes + 1 - total);
      const chunk = Buffer.allocUnsafe(want);
      const read = readSync(fd, chunk, 0, want, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) return { ok: false, reason: `is larger than ${describeBytes(maxBytes)}, the most this tool reads` };
    }
    return { ok: true, text: Buffer.concat(chunks, total).toString('utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { ok: false, reason: READ_FAILURES[code] ?? `cannot be read (${firstLine(error)})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
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

/**
 * Opens a file to stream (`batch --input`); a missing file fails while it is read. The file is
 * opened only when reading starts: opened earlier, a failure to open it could be reported before
 * anyone listens, and end the process with an unhandled 'error' event.
 */
export function readFileStream(path: string): ByteSource {
  return { [Symbol.asyncIterator]: () => createReadStream(path)[Symbol.asyncIterator]() };
}

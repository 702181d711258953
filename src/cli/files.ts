/**
 * The file system as the CLI sees it: reads and writes whose failures are values naming why, never
 * exceptions. run.ts (the binary) and the in-process tests build their CliIo from these same
 * functions, so both exercise the same file handling.
 */
import {
  type Stats,
  closeSync,
  createReadStream,
  fsyncSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ByteSource, FileRead, FileSink, FileWrite } from './io.js';

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
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EISDIR: 'is a directory, not a file',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
};

/**
 * A random part for a temporary file's name. The file is opened with O_EXCL ('wx'), so a clash
 * fails rather than overwrites; Math.random keeps node:crypto out of every run's start-up.
 */
function temporarySuffix(): string {
  return Math.random().toString(36).slice(2, 12).padEnd(10, '0');
}

/** The file operations an atomic write uses: Node's, or in tests a set in which one fails. */
export interface WriteOperations {
  readonly stat: (path: string) => Stats | undefined;
  readonly realpath: (path: string) => string;
  readonly open: (path: string, mode: number) => number;
  readonly write: (fd: number, text: string) => void;
  readonly fsync: (fd: number) => void;
  readonly close: (fd: number) => void;
  readonly rename: (from: string, to: string) => void;
  readonly unlink: (path: string) => void;
  readonly writeInPlace: (path: string, text: string) => void;
}

export const NODE_WRITE_OPERATIONS: WriteOperations = {
  stat: (path) => statSync(path, { throwIfNoEntry: false }),
  realpath: (path) => realpathSync(path),
  open: (path, mode) => openSync(path, 'wx', mode),
  write: (fd, text) => writeFileSync(fd, text, 'utf8'),
  fsync: (fd) => fsyncSync(fd),
  close: (fd) => closeSync(fd),
  rename: (from, to) => renameSync(from, to),
  unlink: (path) => unlinkSync(path),
  writeInPlace: (path, text) => writeFileSync(path, text, 'utf8'),
};

/**
 * Writes a whole text file, atomically: into a new temporary file beside the target (same
 * directory, so the same file system), flushed to disk, then renamed over the target. Any failure
 * (no such directory, no permission, a full disk, the target a directory) leaves the old file as
 * it was and removes the temporary. An existing target keeps its permissions; a symbolic link is
 * followed, so the file it points to is replaced, not the link. A failure is a value naming why,
 * never an exception.
 */
export function writeTextFile(path: string, text: string, fs: WriteOperations = NODE_WRITE_OPERATIONS): FileWrite {
  let temporary: string | undefined;
  let fd: number | undefined;
  try {
    let target = path;
    let existing = fs.stat(target);
    if (existing) {
      target = fs.realpath(target);
      existing = fs.stat(target);
      if (existing?.isDirectory()) return { ok: false, reason: WRITE_FAILURES.EISDIR! };
      // A device or a pipe (`--output /dev/null`, a FIFO) is written to, never replaced by a file.
      if (existing && !existing.isFile()) {
        fs.writeInPlace(target, text);
        return { ok: true };
      }
    }
    temporary = join(dirname(target), `.${basename(target)}.${temporarySuffix()}.tmp`);
    fd = fs.open(temporary, existing ? existing.mode & 0o7777 : 0o666);
    fs.write(fd, text);
    fs.fsync(fd);
    fs.close(fd);
    fd = undefined;
    fs.rename(temporary, target);
    temporary = undefined;
    return { ok: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { ok: false, reason: WRITE_FAILURES[code] ?? `cannot be written (${firstLine(error)})` };
  } finally {
    if (fd !== undefined) ignoreFailure(() => fs.close(fd!));
    if (temporary !== undefined) ignoreFailure(() => fs.unlink(temporary!)); // absent when open failed
  }
}

function ignoreFailure(action: () => void): void {
  try {
    action();
  } catch {
    // Cleaning up after a failure that is already being reported.
  }
}

/**
 * Whether two paths name the same file: the same absolute path, or (when both exist) the same
 * file by device and inode, as through a symbolic or hard link. `--output` uses it to refuse to
 * overwrite a file the command read.
 */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  const stat = (path: string) => {
    try {
      return statSync(path, { throwIfNoEntry: false });
    } catch {
      return undefined; // not reachable: then it is not a file the command read
    }
  };
  const [statA, statB] = [stat(a), stat(b)];
  return statA !== undefined && statB !== undefined && statA.dev === statB.dev && statA.ino === statB.ino;
}

/**
 * Opens a file to stream (`batch --input`); a missing file fails while it is read. The file is
 * opened only when reading starts: opened earlier, a failure to open it could be reported before
 * anyone listens, and end the process with an unhandled 'error' event.
 */
export function readFileStream(path: string): ByteSource {
  return { [Symbol.asyncIterator]: () => createReadStream(path)[Symbol.asyncIterator]() };
}

/**
 * Opens a streaming, atomic write (`batch --output`): pieces go to a temporary file beside the
 * target, which is renamed over it only by `commit()`, as `writeTextFile` does for a whole text.
 * A device or pipe target (`/dev/null`) is written to directly. A failure to open is a value.
 */
export function openFileSink(path: string): { readonly ok: true; readonly sink: FileSink } | { readonly ok: false; readonly reason: string } {
  const failure = (error: unknown) => ({ ok: false as const, reason: WRITE_FAILURES[(error as NodeJS.ErrnoException).code ?? ''] ?? `cannot be written (${firstLine(error)})` });
  let target = path;
  let temporary: string | undefined;
  let fd: number;
  try {
    let existing = statSync(target, { throwIfNoEntry: false });
    if (existing) {
      target = realpathSync(target);
      existing = statSync(target, { throwIfNoEntry: false });
      if (existing?.isDirectory()) return { ok: false, reason: WRITE_FAILURES.EISDIR! };
    }
    if (existing && !existing.isFile()) {
      fd = openSync(target, 'w');
    } else {
      temporary = join(dirname(target), `.${basename(target)}.${temporarySuffix()}.tmp`);
      fd = openSync(temporary, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    }
  } catch (error) {
    return failure(error);
  }
  let failed: unknown;
  const sink: FileSink = {
    write(chunk) {
      if (failed !== undefined) return true;
      try {
        writeFileSync(fd, chunk);
      } catch (error) {
        failed = error;
      }
      return true;
    },
    commit() {
      try {
        if (failed !== undefined) throw failed;
        if (temporary !== undefined) fsyncSync(fd);
        closeSync(fd);
        if (temporary !== undefined) renameSync(temporary, target);
        temporary = undefined;
        return { ok: true };
      } catch (error) {
        sink.abort();
        return failure(error);
      }
    },
    abort() {
      ignoreFailure(() => closeSync(fd));
      if (temporary !== undefined) ignoreFailure(() => unlinkSync(temporary!));
      temporary = undefined;
    },
  };
  return { ok: true, sink };
}

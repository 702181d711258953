/**
 * The file system as the CLI sees it: reads and writes whose failures are values naming why, never
 * exceptions. run.ts (the binary) and the in-process tests build their CliIo from these same
 * functions, so both exercise the same file handling.
 */
import {
  type Stats,
  closeSync,
  fchmodSync,
  createReadStream,
  fsyncSync,
  lstatSync,
  openSync,
  readSync,
  readlinkSync,
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
  ELOOP: 'too many levels of symbolic links',
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
  /** The text of a symbolic link, or undefined when the path is not one. */
  readonly readlink: (path: string) => string | undefined;
  /** Creates a new file (never an existing one): with `mode` exactly, or when none the umask's default. */
  readonly create: (path: string, mode: number | undefined) => number;
  /** Opens a device or a pipe to write to it where it is. */
  readonly openInPlace: (path: string) => number;
  readonly write: (fd: number, chunk: string | Uint8Array) => void;
  readonly fsync: (fd: number) => void;
  readonly close: (fd: number) => void;
  readonly rename: (from: string, to: string) => void;
  readonly unlink: (path: string) => void;
}

export const NODE_WRITE_OPERATIONS: WriteOperations = {
  stat: (path) => statSync(path, { throwIfNoEntry: false }),
  realpath: (path) => realpathSync(path),
  readlink: (path) => (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ? readlinkSync(path) : undefined),
  create: (path, mode) => {
    const fd = openSync(path, 'wx', mode ?? 0o666);
    // open() applies the umask; a replaced file keeps its own mode whatever the umask.
    if (mode !== undefined) fchmodSync(fd, mode);
    return fd;
  },
  openInPlace: (path) => openSync(path, 'w'),
  write: (fd, chunk) => writeFileSync(fd, chunk),
  fsync: (fd) => fsyncSync(fd),
  close: (fd) => closeSync(fd),
  rename: (from, to) => renameSync(from, to),
  unlink: (path) => unlinkSync(path),
};

/**
 * Writes a whole text file, atomically, through `openFileSink`: any failure (no such directory, no
 * permission, a full disk, the target a directory) leaves the old file as it was and removes the
 * temporary. A failure is a value naming why, never an exception.
 */
export function writeTextFile(path: string, text: string, fs: WriteOperations = NODE_WRITE_OPERATIONS): FileWrite {
  const opened = openFileSink(path, fs);
  if (!opened.ok) return opened;
  opened.sink.write(text);
  return opened.sink.commit();
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
 * Where a path that names no file will be written: itself, or, when it is a symbolic link to a
 * file not yet made, the file the link names (so the link stays a link, as with `>`).
 */
function danglingLinkTarget(path: string, fs: WriteOperations): string {
  let target = path;
  for (let hops = 0; hops < 40; hops++) {
    const link = fs.readlink(target);
    if (link === undefined) return target;
    target = resolve(dirname(target), link);
  }
  throw Object.assign(new Error('too many levels of symbolic links'), { code: 'ELOOP' });
}

/**
 * Opens an atomic write (`--output`, streamed by `batch`): pieces go to a new temporary file beside
 * the target (same directory, so the same file system), which is flushed to disk and renamed over
 * the target only by `commit()`. An existing target keeps its permissions; a symbolic link is
 * followed, so the file it points to is replaced, not the link. A device or pipe target
 * (`/dev/null`, a FIFO) is written to directly. A failure to open is a value.
 */
export function openFileSink(
  path: string,
  fs: WriteOperations = NODE_WRITE_OPERATIONS,
): { readonly ok: true; readonly sink: FileSink } | { readonly ok: false; readonly reason: string } {
  const failure = (error: unknown) => ({ ok: false as const, reason: WRITE_FAILURES[(error as NodeJS.ErrnoException).code ?? ''] ?? `cannot be written (${firstLine(error)})` });
  let target = path;
  let temporary: string | undefined;
  let fd: number;
  try {
    let existing = fs.stat(target);
    if (existing?.isDirectory()) return { ok: false, reason: WRITE_FAILURES.EISDIR! };
    if (existing && !existing.isFile()) {
      // Opened by the name given: /dev/stdout on a pipe has no real path to resolve.
      fd = fs.openInPlace(target);
    } else {
      if (existing) {
        target = fs.realpath(target);
        existing = fs.stat(target);
      } else {
        target = danglingLinkTarget(target, fs);
      }
      temporary = join(dirname(target), `.${basename(target)}.${temporarySuffix()}.tmp`);
      fd = fs.create(temporary, existing ? existing.mode & 0o7777 : undefined);
    }
  } catch (error) {
    return failure(error);
  }
  let failed: unknown;
  let closed = false;
  const sink: FileSink = {
    write(chunk) {
      if (failed !== undefined) return true;
      try {
        fs.write(fd, chunk);
      } catch (error) {
        failed = error;
      }
      return true;
    },
    commit() {
      try {
        if (failed !== undefined) throw failed;
        if (temporary !== undefined) fs.fsync(fd);
        closed = true; // closed once, even if close fails: the descriptor may be reused
        fs.close(fd);
        if (temporary !== undefined) fs.rename(temporary, target);
        temporary = undefined;
        return { ok: true };
      } catch (error) {
        sink.abort();
        return failure(error);
      }
    },
    abort() {
      if (!closed) ignoreFailure(() => fs.close(fd));
      closed = true;
      if (temporary !== undefined) ignoreFailure(() => fs.unlink(temporary!));
      temporary = undefined;
    },
  };
  return { ok: true, sink };
}

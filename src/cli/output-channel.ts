/**
 * Standard output and error for the binary: written with `fs.writeSync` where that is as good as
 * Node's stream and much cheaper to start, through the stream elsewhere. run.ts, the one module
 * that touches `process`, hands each channel its stream to open when needed.
 */
import { fstatSync, statSync, writeSync } from 'node:fs';
import { TEXT_PIECE, pieceEnd } from './text-pieces.js';

/**
 * Whether a descriptor is a pipe, a socket, a file or /dev/null: something `fs.writeSync` writes
 * to as well as a stream would, and that is surely no terminal. Opening process.stdout on a pipe
 * loads Node's socket machinery (node:net, node:stream and their bindings), a few milliseconds
 * of a one-off command's start; a terminal, or anything unexpected, still goes through it.
 */
function plainDescriptor(fd: number): boolean {
  try {
    const stats = fstatSync(fd);
    if (stats.isFIFO() || stats.isFile() || stats.isSocket()) return true;
    return stats.isCharacterDevice() && stats.rdev === statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}

/** A shared word nothing ever signals: Atomics.wait on it is a synchronous sleep. */
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/**
 * Standard output or error. Written straight to its descriptor while that is plain (see
 * plainDescriptor), else through the process's stream, opened only then. A direct write that finds
 * the descriptor non-blocking and full (EAGAIN: it wrote nothing) waits (1 ms, doubling to 50 ms)
 * and tries again, as a blocking write would wait: every write stays synchronous, so nothing is lost and
 * stdout and stderr sharing one pipe stay in the order they were written. A failed write, direct
 * or streamed, is passed to `onError` once per write.
 */
export function outputChannel(fd: 1 | 2, openStream: () => NodeJS.WriteStream, onError: (error: NodeJS.ErrnoException) => void) {
  let stream: NodeJS.WriteStream | undefined;
  let direct: boolean | undefined;
  const streamed = () => {
    if (stream === undefined) {
      stream = openStream();
      stream.on('error', onError);
    }
    return stream;
  };
  const isDirect = () => (direct ??= plainDescriptor(fd));
  let scratch: Buffer | undefined;
  /** Set by a failed direct write: the rest of a long text is not attempted. */
  let broken = false;
  const writeBytes = (bytes: Uint8Array): void => {
    // A reader that has paused costs little: the wait doubles, up to 50 ms, while it stays full.
    let wait = 1;
    for (let offset = 0; offset < bytes.length; ) {
      try {
        offset += writeSync(fd, bytes, offset, bytes.length - offset);
        wait = 1;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN' || code === 'EWOULDBLOCK') {
          Atomics.wait(PAUSE, 0, 0, wait);
          wait = Math.min(wait * 2, 50);
          continue;
        }
        broken = true;
        onError(error as NodeJS.ErrnoException);
        return;
      }
    }
  };
  return {
    get isTTY(): boolean {
      return !isDirect() && streamed().isTTY === true;
    },
    get columns(): number | undefined {
      return isDirect() ? undefined : streamed().columns;
    },
    write(chunk: string | Uint8Array): boolean {
      // A stream queues what it cannot write at once, and the caller may reuse its bytes: a copy.
      if (!isDirect()) return streamed().write(typeof chunk === 'string' ? chunk : Buffer.from(chunk));
      if (typeof chunk !== 'string') {
        writeBytes(chunk);
        return true;
      }
      // Text is encoded a piece at a time into one reused buffer: a 100 MB document then needs
      // neither a 100 MB buffer nor the page faults of filling one.
      const needed = Math.min(chunk.length, TEXT_PIECE) * 3; // UTF-8 needs at most 3 bytes per UTF-16 unit
      if (scratch === undefined || scratch.length < needed) scratch = Buffer.allocUnsafe(needed);
      for (let start = 0; start < chunk.length && !broken; ) {
        const end = pieceEnd(chunk, start, TEXT_PIECE);
        writeBytes(scratch.subarray(0, scratch.write(chunk.slice(start, end), 'utf8')));
        start = end;
      }
      return true;
    },
    /** Resolves when a streamed write that returned false has drained, or the stream failed; at once when writing directly. */
    drained(): Promise<void> {
      if (isDirect() || stream === undefined) return Promise.resolve();
      const open = stream;
      return new Promise<void>((resolve) => {
        const done = () => {
          open.off('drain', done).off('error', done);
          resolve();
        };
        open.on('drain', done).on('error', done);
      });
    },
  };
}

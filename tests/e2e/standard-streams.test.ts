import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, XDG_CACHE_HOME } from '../helpers/run-bin.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { TEXT_PIECE } from '../../src/cli/text-pieces.js';

/**
 * The binary writes stdout and stderr straight to their descriptors while they are pipes, files
 * or sockets, and through Node’s streams only for a terminal (src/cli/output-channel.ts). These run the real
 * binary in the situations where the two paths differ.
 */
const work = mkdtempSync(join(tmpdir(), 'ofsted-deadline-streams-'));
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', OFSTED_DEADLINE_TODAY: '2026-11-27', XDG_CACHE_HOME };

function bash(script: string, extraEnv: Record<string, string | undefined> = {}) {
  const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...env, BIN: `${process.execPath} ${BIN}`, ...extraEnv } });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('standard output written straight to its descriptor', () => {
  it('into a non-blocking pipe that fills (EAGAIN), waits as a blocking write would: no byte lost, stdout and stderr in order', () => {
    // 20,000 receipts give ~8 MB of NDJSON, far more than a pipe holds while its reader sleeps.
    const receipts = ['2014-12-10', '2015-01-02', '2013-06-01'];
    writeFileSync(join(work, 'in.txt'), Array.from({ length: 20_000 }, (_, i) => receipts[i % 3]).join('\n'));
    // Opening process.stdout on a pipe makes it non-blocking (libuv); a preload does that first,
    // as a parent sharing the pipe could.
    writeFileSync(join(work, 'non-blocking.cjs'), 'void process.stdout;\n');
    const expected = bash(`cd "${work}" && $BIN batch < in.txt > expected.ndjson 2>/dev/null; echo $?`);
    // stderr shares the pipe: batch's closing warning must come after every record.
    const piped = bash(
      `cd "${work}" && ${process.execPath} -r ./non-blocking.cjs ${BIN} batch < in.txt 2>&1 | (sleep 0.5; cat) > got.ndjson; echo "\${PIPESTATUS[@]}"`,
    );
    expect([expected.stdout, piped.stdout]).toEqual(['0\n', '0 0\n']);
    const got = readFileSync(join(work, 'got.ndjson'), 'utf8');
    const lastLine = got.lastIndexOf('\n', got.length - 2) + 1;
    expect(got.slice(lastLine)).toMatch(/^ofsted-deadline: warning: warnings on 20000 of 20000 records/);
    expect(got.slice(0, lastLine) === readFileSync(join(work, 'expected.ndjson'), 'utf8')).toBe(true);
  });

  it('a document of millions of characters, written a piece at a time, is byte for byte what the CLI made', async () => {
    // Titles of emoji (two UTF-16 units each), and the first title padded so that the first piece
    // would end between the two halves of one: cut there, it would be written as two U+FFFD.
    const csv = (padding: number) =>
      [
        'id,received,rule,title,owner,closed',
        `R-0,2025-01-02,foi,x${'x'.repeat(padding)},Équipe,`,
        ...Array.from({ length: 4_000 }, (_, i) => `R-${i + 1},2025-01-${String((i % 28) + 1).padStart(2, '0')},foi,Café ${'😀'.repeat(40)},Équipe ${i % 7},`),
      ].join('\n');
    const args = ['register', '-', '--json', '--today', '2025-03-03'];
    const unpadded = (await runInProcess(args, { input: csv(0) })).stdout;
    let highHalf = TEXT_PIECE - 1;
    while (!/[\ud800-\udbff]/.test(unpadded[highHalf]!)) highHalf--;
    const input = csv(TEXT_PIECE - 1 - highHalf);
    const inProcess = await runInProcess(args, { input });
    // The precondition: the first piece would end on the high half of a pair.
    expect(/[\ud800-\udbff]/.test(inProcess.stdout[TEXT_PIECE - 1]!)).toBe(true);
    writeFileSync(join(work, 'register.csv'), input);
    const spawned = bash(`$BIN ${args.join(' ')} < "${work}/register.csv" > "${work}/register.json"; echo $?`);
    expect([spawned.stdout, inProcess.exitCode]).toEqual(['0\n', 0]);
    expect(readFileSync(join(work, 'register.json'), 'utf8') === inProcess.stdout).toBe(true);
  });

  it('a one-off command into a pipe never loads Node’s socket machinery (node:net), which a stream would', () => {
    // The preload appends, as each run ends, the modules of those three it loaded.
    writeFileSync(
      join(work, 'modules.cjs'),
      "process.on('exit', () => require('node:fs').appendFileSync('loaded.txt', '[' + process.moduleLoadList.filter((name) => /^NativeModule (net|tty|stream)$/.test(name)) + ']\\n'));\n",
    );
    const run = `${process.execPath} -r ./modules.cjs ${BIN}`;
    const { stdout } = bash(`cd "${work}" && rm -f loaded.txt && ${run} 2014-12-10 | cat && (${run} 2014-02-30 2>&1 >/dev/null | cat)`);
    expect(stdout).toContain('Mon 23 Mar 2015');
    expect(stdout).toContain('ofsted-deadline: invalid receipt date "2014-02-30": February 2014 has no day 30');
    expect(readFileSync(join(work, 'loaded.txt'), 'utf8')).toBe('[]\n[]\n');
  });
});

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

describe.runIf(hasScript)('a terminal (util-linux `script` gives the binary one)', () => {
  it('is still recognised, so text is coloured there and plain into a pipe', () => {
    const colour = { NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm' };
    const terminal = bash('script -qec "$BIN 2014-12-10" /dev/null', colour);
    const pipe = bash('script -qec "$BIN 2014-12-10 | cat" /dev/null', colour);
    expect(terminal.stdout).toContain('\u001b[1mReport received\u001b[22m');
    expect(pipe.stdout).toContain('Report received  Wed 10 Dec 2014');
    expect(pipe.stdout).not.toContain('\u001b[');
  });

  it('gets a long batch whole, through Node’s stream', () => {
    const receipts = ['2014-12-10', '2015-01-02', '2013-06-01'];
    writeFileSync(join(work, 'tty-in.txt'), Array.from({ length: 20_000 }, (_, i) => receipts[i % 3]).join('\n'));
    bash(`cd "${work}" && $BIN batch < tty-in.txt > tty-expected.ndjson 2>/dev/null`);
    const terminal = bash(`cd "${work}" && script -qec "$BIN batch < tty-in.txt 2>/dev/null" /dev/null`);
    // The terminal turns each line end into CRLF.
    expect(terminal.stdout.replaceAll('\r\n', '\n') === readFileSync(join(work, 'tty-expected.ndjson'), 'utf8')).toBe(true);
  });
});

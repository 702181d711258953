/**
 * The built binary, spawned as a user runs it (`npm test` builds first), for what only a real
 * process shows: the `bin` file and its shebang, exit codes as the shell sees them, standard input
 * from a pipe, a reader that closes the pipe early, what a start loads, and what run.ts takes from
 * the process (the environment, the clock, whether stdout is a terminal). Everything else runs
 * in-process through runCli, the entry the binary calls (tests/helpers/run-in-process.ts): a spawn
 * costs about 0.15 s of CPU, so this file stays small and its tests run concurrently.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, type BinResult, runBinAsync } from '../helpers/run-bin.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
const dir = mkdtempSync(join(tmpdir(), 'ofsted-deadline-binary-'));
const ESC = '\u001b[';

/** Runs any command (not only `node BIN`) with empty standard input and collects its output. */
function collect(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<BinResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ stdout, stderr, exitCode }));
    child.stdin.end();
  });
}

describe.concurrent('the bin file', () => {
  it('is what package.json "bin" names, and runs through its own shebang (no `node` in front)', async () => {
    expect(PACKAGE.bin).toEqual({ 'ofsted-deadline': 'bin/ofsted-deadline.js' });
    expect(readFileSync(BIN, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    // The file itself is the command: the kernel reads the shebang, `env` finds node on PATH.
    const PATH = [dirname(process.execPath), process.env.PATH].join(delimiter);
    const result = await collect(BIN, ['2014-12-10'], { PATH, NO_COLOR: '1', OFSTED_DEADLINE_TODAY: '2026-11-27' });
    expect([result.exitCode, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/Written statement.*Mon 23 Mar 2015/);
  });

  it('loads only itself and its one bundled file for a one-off command: no date-holidays, no separate modules', async () => {
    const hook = join(dir, 'list-modules.cjs');
    writeFileSync(hook, "process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));\n");
    const result = await collect(process.execPath, ['--require', hook, BIN, '2014-12-10'], { PATH: process.env.PATH });
    expect(result.exitCode).toBe(0);
    const loaded = (JSON.parse(result.stderr) as string[]).filter((path) => path !== hook);
    expect(loaded.map((path) => relative(ROOT, path))).toEqual(['bin/ofsted-deadline.js', 'dist/bin/ofsted-deadline.cjs']);
    expect(loaded.join('\n')).not.toContain('date-holidays');
  });

  it('--version prints the version in package.json (the bundle has it built in)', async () => {
    expect(await runBinAsync(['--version'])).toEqual({ stdout: `${PACKAGE.version}\n`, stderr: '', exitCode: 0 });
  });

  it('--help exits 0 with the usage and the exit codes on stdout', async () => {
    const result = await runBinAsync(['--help']);
    expect([result.exitCode, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/^Usage: ofsted-deadline /);
    expect(result.stdout).toMatch(/Exit codes: 0 .*1 .*2 .*70/);
  });
});

describe.concurrent('exit codes, as the shell sees them', () => {
  it.each([
    { args: ['is-working-day', '2014-12-25'], exitCode: 1, stdout: /not a working day.*Christmas Day/, stderr: '', why: 'exit 1, not a working day' },
    { args: ['2015-02-29'], exitCode: 2, stdout: '', stderr: /^ofsted-deadline: [^\n]*"2015-02-29"[^\n]*\n$/, why: 'exit 2, bad input: an impossible date' },
    { args: ['--bogus'], exitCode: 2, stdout: '', stderr: /^ofsted-deadline: unknown option '--bogus'\n$/, why: 'exit 2, bad input: an unknown option (commander)' },
    { args: ['status', '2014-12-10', '--today', '2015-03-17', '--exit-code'], exitCode: 0, stdout: /4 working days left.*\nDue today: nothing\n/s, stderr: '', why: 'exit 0, status: nothing due' },
    { args: ['status', '2014-12-10', '--today', '2015-03-16', '--exit-code'], exitCode: 3, stdout: /Due today:.*Reminder: 5 working days left/s, stderr: '', why: 'exit 3, status: a reminder due today' },
    { args: ['status', '2014-12-10', '--today', '2015-03-24', '--exit-code'], exitCode: 4, stdout: /OVERDUE: the deadline, Mon 23 Mar 2015, has passed/, stderr: '', why: 'exit 4, status: the deadline has passed' },
  ])('$why: $args', async ({ args, exitCode, stdout, stderr }) => {
    const result = await runBinAsync(args);
    expect(result.exitCode).toBe(exitCode);
    if (typeof stdout === 'string') expect(result.stdout).toBe(stdout);
    else expect(result.stdout).toMatch(stdout);
    if (typeof stderr === 'string') expect(result.stderr).toBe(stderr);
    else expect(result.stderr).toMatch(stderr);
  });
});

describe.concurrent('standard input and output as pipes', () => {
  it('batch reads standard input from a pipe: a record per line, a summary on stderr, exit 2 when a line fails', async () => {
    const result = await runBinAsync(['batch'], { input: '2014-12-10\n\nnonsense\n2022-09-12\n' });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe(
      '{"line":1,"input":"2014-12-10","receiptDate":"2014-12-10","deadline":"2015-03-23"}\n' +
        '{"line":3,"input":"nonsense","error":"invalid receipt date \\"nonsense\\": expected YYYY-MM-DD, DD/MM/YYYY or \\"today\\""}\n' +
        '{"line":4,"input":"2022-09-12","receiptDate":"2022-09-12","deadline":"2022-12-20"}\n',
    );
    expect(result.stderr).toBe('ofsted-deadline: 1 of 3 lines failed (the first at line 3); see the "error" records\n');
  });

  it('ends quietly when stdout is closed (`| head -n 1`): exit 0, no EPIPE, no stack trace', async () => {
    const child = spawn(process.execPath, [BIN, 'batch'], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    // The child may exit before it has read all of this: that is the point.
    child.stdin.on('error', () => undefined);
    child.stdin.end('2014-12-10\n'.repeat(500_000));
    const firstLine = await new Promise<string>((resolve) => {
      let seen = '';
      child.stdout.setEncoding('utf8').on('data', (text: string) => {
        seen += text;
        const end = seen.indexOf('\n');
        if (end >= 0) {
          child.stdout.destroy();
          resolve(seen.slice(0, end));
        }
      });
    });
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    expect(JSON.parse(firstLine)).toMatchObject({ line: 1, deadline: '2015-03-23' });
    expect(exit).toEqual({ code: 0, signal: null });
    expect(stderr).toBe('');
  });

  it('ends quietly in a real shell pipeline into head', async () => {
    const path = join(dir, 'many.txt');
    writeFileSync(path, '2014-12-10\n'.repeat(300_000));
    const { stdout, stderr } = await collect('sh', ['-c', `"${process.execPath}" "${BIN}" batch --input "${path}" | head -n 1`]);
    expect(stdout).toBe('{"line":1,"input":"2014-12-10","receiptDate":"2014-12-10","deadline":"2015-03-23"}\n');
    expect(stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  });
});

describe.concurrent('what the binary takes from the process', () => {
  it.each([
    { today: '2014-12-10', deadline: '2015-03-23' },
    { today: '2022-09-12', deadline: '2022-12-20' },
  ])('"today" is OFSTED_DEADLINE_TODAY when it is set: $today → deadline $deadline', async ({ today, deadline }) => {
    const result = await runBinAsync(['today', '--json'], { env: { OFSTED_DEADLINE_TODAY: today } });
    expect([result.exitCode, result.stderr]).toEqual([0, '']);
    expect(JSON.parse(result.stdout)).toMatchObject({ receiptDate: today, deadline });
  });

  it("without OFSTED_DEADLINE_TODAY, \"today\" is the date in England whatever the machine's zone", async () => {
    const inEngland = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    const before = inEngland();
    // Kiritimati is 13 or 14 hours ahead of London: for most of the day its date is London's + 1.
    const result = await runBinAsync(['status', '2014-12-10', '--json'], { env: { OFSTED_DEADLINE_TODAY: undefined, TZ: 'Pacific/Kiritimati' } });
    const after = inEngland();
    expect(result.exitCode).toBe(0);
    expect([before, after]).toContain((JSON.parse(result.stdout) as { today: string }).today);
  });

  it('colour follows the environment on a pipe: FORCE_COLOR=1 turns it on, nothing set leaves it off', async () => {
    const forced = await runBinAsync(['2014-12-10'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    const piped = await runBinAsync(['2014-12-10'], { env: { NO_COLOR: undefined, FORCE_COLOR: undefined } });
    expect([forced.exitCode, piped.exitCode]).toEqual([0, 0]);
    expect(forced.stdout).toContain(ESC);
    expect(piped.stdout).not.toContain(ESC);
  });
});

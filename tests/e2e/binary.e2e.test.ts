/**
 * The built binary, spawned as a user runs it (`npm test` builds first), for what only a real
 * process shows: the `bin` file and its shebang, exit codes as the shell sees them, standard input
 * from a pipe, a reader that closes the pipe early, what a start loads, and what run.ts takes from
 * the process (the environment, the clock, whether stdout is a terminal). Everything else runs
 * in-process through runCli, the entry the binary calls (tests/helpers/run-in-process.ts): a spawn
 * costs about 0.15 s of CPU, so this file stays small and its tests run concurrently.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUBCOMMAND_NAMES } from '../../src/cli/program.js';
import { BIN, type BinResult, XDG_CACHE_HOME, collectOutput, runBinAsync } from '../helpers/run-bin.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
const dir = mkdtempSync(join(tmpdir(), 'ofsted-deadline-binary-'));
const ESC = '\u001b[';

/** Runs any command (not only `node BIN`) with empty standard input and collects its output. */
const collect = (command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<BinResult> => collectOutput(command, args, env);

describe.concurrent('the bin file', () => {
  it('is what package.json "bin" names, and runs through its own shebang (no `node` in front)', async () => {
    expect(PACKAGE.bin).toEqual({ 'ofsted-deadline': 'bin/ofsted-deadline.js' });
    expect(readFileSync(BIN, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    // The file itself is the command: the kernel reads the shebang, `env` finds node on PATH.
    const PATH = [dirname(process.execPath), process.env.PATH].join(delimiter);
    const result = await collect(BIN, ['2014-12-10'], { PATH, NO_COLOR: '1', OFSTED_DEADLINE_TODAY: '2026-11-27', XDG_CACHE_HOME });
    expect([result.exitCode, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/Written statement.*Mon 23 Mar 2015/);
  });

  /**
   * A `--require` hook that writes, at exit, the modules in require.cache and every path the
   * process opened or read through node:fs (the CommonJS loader reads through it too).
   */
  const hook = join(dir, 'list-loaded.cjs');
  writeFileSync(
    hook,
    `const fs = require('node:fs');
const opened = [];
const record = (object, name) => {
  const original = object[name];
  object[name] = function (path, ...rest) { opened.push(String(path)); return original.call(this, path, ...rest); };
};
for (const name of ['readFileSync', 'openSync', 'readFile', 'open', 'createReadStream']) record(fs, name);
for (const name of ['readFile', 'open']) record(fs.promises, name);
process.on('exit', () => fs.writeFileSync(process.env.LOADED_REPORT, JSON.stringify({ modules: Object.keys(require.cache), opened })));
`,
  );
  /** The default command for 2014-12-10 under the hook: its output, and what it loaded and read from the package. */
  async function loadedBy(env: Record<string, string>): Promise<{ result: BinResult; modules: string[]; read: string[]; opened: string[] }> {
    const report = join(mkdtempSync(join(dir, 'loaded-')), 'report.json');
    const result = await collect(process.execPath, ['--require', hook, BIN, '2014-12-10'], { PATH: process.env.PATH, NO_COLOR: '1', LOADED_REPORT: report, ...env });
    const { modules, opened } = JSON.parse(readFileSync(report, 'utf8')) as { modules: string[]; opened: string[] };
    const inPackage = (path: string) => isAbsolute(path) && !relative(ROOT, path).startsWith('..');
    return {
      result,
      modules: modules.filter((path) => path !== hook).map((path) => relative(ROOT, path)),
      read: [...new Set(opened.filter(inPackage).map((path) => relative(ROOT, path)))],
      opened,
    };
  }
  const expectTheDeadline = (result: BinResult) => {
    expect([result.exitCode, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/^Written statement of action due {2}Mon 23 Mar 2015 {2}day 70/m);
  };

  it('loads only itself and its one bundled file for a one-off command: no date-holidays, no separate modules', async () => {
    // Without the code cache the bin requires the bundle, so require.cache lists all there is.
    const { result, modules, read } = await loadedBy({ OFSTED_DEADLINE_COMPILE_CACHE: '0', XDG_CACHE_HOME: mkdtempSync(join(dir, 'cache-')) });
    expectTheDeadline(result);
    expect(modules).toEqual(['bin/ofsted-deadline.js', 'dist/bin/ofsted-deadline.cjs']);
    expect(read).toEqual(['bin/ofsted-deadline.js', 'dist/bin/ofsted-deadline.cjs']);
    expect([...modules, ...read].join('\n')).not.toContain('date-holidays');
  });

  it('with the code cache (cold, then warm) reads the same one bundled file, and no other module is loaded', async () => {
    // The bin compiles the bundle itself (node:vm), so the bundle is not in require.cache; what
    // the package gave the process is what it read through node:fs.
    const cache = mkdtempSync(join(dir, 'cache-'));
    for (const run of ['cold', 'warm']) {
      const { result, modules, read } = await loadedBy({ XDG_CACHE_HOME: cache });
      expectTheDeadline(result);
      expect({ run, modules, read }).toEqual({ run, modules: ['bin/ofsted-deadline.js'], read: ['bin/ofsted-deadline.js', 'dist/bin/ofsted-deadline.cjs'] });
      // The cold run left the cache the warm one read: one file, in the directory given.
      expect(readdirSync(join(cache, 'ofsted-deadline')).filter((name) => name.endsWith('.v8cache'))).toHaveLength(1);
    }
  });

  it('keeps a code cache per kind of run (its command and output), and writes none after bad input', async () => {
    const cache = mkdtempSync(join(dir, 'cache-'));
    const env = { PATH: process.env.PATH, NO_COLOR: '1', OFSTED_DEADLINE_TODAY: '2026-11-27', XDG_CACHE_HOME: cache };
    const runs = [['2014-12-10'], ['reminders', '2014-12-10', '--ics'], ['status', '2014-12-10', '--json'], ['count', '2014-02-30', '2015-01-02'], ['2014-12-10']];
    for (const args of runs) await collect(process.execPath, [BIN, ...args], env);
    const kinds = readdirSync(join(cache, 'ofsted-deadline')).map((name) => /^v[\d.]+-[0-9a-f]{32}-(.+)\.v8cache$/.exec(name)?.[1]);
    expect(kinds.sort()).toEqual(['deadline', 'reminders-ics', 'status-json']);
  });

  /** A copy of the built package (bin and dist) in a directory of its own. */
  function packageCopy(name: string): string {
    const copy = join(mkdtempSync(join(dir, `${name}-`)), 'package');
    cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist', 'bin'), join(copy, 'dist', 'bin'), { recursive: true });
    return copy;
  }
  const cacheEnv = (cache: string) => ({ PATH: process.env.PATH, NO_COLOR: '1', OFSTED_DEADLINE_TODAY: '2026-11-27', XDG_CACHE_HOME: cache });

  it('never runs one build with another’s cache, even one of the same size and date (as npm installs them)', async () => {
    // Two releases whose bundles differ only in the version, same length, same file date: each
    // build names its caches by the hash the build wrote at the bundle's end.
    const first = packageCopy('release-a');
    const second = packageCopy('release-b');
    const bundleOf = (copy: string) => join(copy, 'dist', 'bin', 'ofsted-deadline.cjs');
    const text = readFileSync(bundleOf(first), 'utf8').replace(/\/\/# ofsted-deadline-build=[0-9a-f]+\n$/, '');
    const other = text.replace(`"${PACKAGE.version}"`, `"${PACKAGE.version.replace(/^\d/, '9')}"`);
    expect([other.length, other === text]).toEqual([text.length, false]);
    writeFileSync(bundleOf(second), `${other}//# ofsted-deadline-build=${createHash('sha256').update(other).digest('hex').slice(0, 32)}\n`);
    const npmDate = new Date('1985-10-26T08:15:00Z');
    for (const copy of [first, second]) utimesSync(bundleOf(copy), npmDate, npmDate);
    const cache = mkdtempSync(join(dir, 'cache-'));
    const versionOf = async (copy: string) => (await collect(process.execPath, [join(copy, 'bin', 'ofsted-deadline.js'), '--version'], cacheEnv(cache))).stdout.split('\n')[0];
    expect(await versionOf(first)).toBe(`ofsted-deadline ${PACKAGE.version}`);
    expect(await versionOf(second)).toBe(`ofsted-deadline ${PACKAGE.version.replace(/^\d/, '9')}`);
    expect(await versionOf(second)).toBe(`ofsted-deadline ${PACKAGE.version.replace(/^\d/, '9')}`);
  });

  it('shares its caches between two installs of the same build, whatever their files’ dates', async () => {
    const first = packageCopy('install-a');
    const second = packageCopy('install-b');
    utimesSync(join(second, 'dist', 'bin', 'ofsted-deadline.cjs'), new Date('2001-01-01'), new Date('2001-01-01'));
    const cache = mkdtempSync(join(dir, 'cache-'));
    const runs = async (copy: string) => expectTheDeadline(await collect(process.execPath, [join(copy, 'bin', 'ofsted-deadline.js'), '2014-12-10'], cacheEnv(cache)));
    await runs(first);
    const written = readdirSync(join(cache, 'ofsted-deadline'));
    expect(written).toHaveLength(1);
    await runs(second);
    expect(readdirSync(join(cache, 'ofsted-deadline'))).toEqual(written);
  });

  it('neither reads nor writes a cache in a directory others can write', async () => {
    // A cache of this very build and kind, made in a private directory, then planted in a
    // directory anyone can write: it must not even be opened, and nothing is added beside it.
    const private_ = mkdtempSync(join(dir, 'cache-'));
    await collect(process.execPath, [BIN, '2014-12-10'], cacheEnv(private_));
    const [name] = readdirSync(join(private_, 'ofsted-deadline'));
    const cache = mkdtempSync(join(dir, 'cache-'));
    mkdirSync(join(cache, 'ofsted-deadline'));
    chmodSync(join(cache, 'ofsted-deadline'), 0o777);
    cpSync(join(private_, 'ofsted-deadline', name!), join(cache, 'ofsted-deadline', name!));
    const { result, opened } = await loadedBy({ XDG_CACHE_HOME: cache });
    expectTheDeadline(result);
    expect(opened.filter((path) => path.includes('.v8cache'))).toEqual([]);
    expect(readdirSync(join(cache, 'ofsted-deadline'))).toEqual([name]);
  });

  it('leaves no temporary file when the cache cannot be written, and never hangs where no directory can be made', async () => {
    const cache = mkdtempSync(join(dir, 'cache-'));
    const probe = mkdtempSync(join(dir, 'cache-'));
    await collect(process.execPath, [BIN, '2014-12-10'], cacheEnv(probe));
    // Where the cache file should go, a directory: the rename fails after the write.
    const [name] = readdirSync(join(probe, 'ofsted-deadline'));
    mkdirSync(join(cache, 'ofsted-deadline', name!), { recursive: true });
    expectTheDeadline(await collect(process.execPath, [BIN, '2014-12-10'], cacheEnv(cache)));
    expect(readdirSync(join(cache, 'ofsted-deadline'))).toEqual([name]);
    // /proc refuses every mkdir with ENOENT, where Node's recursive mkdir spins for ever.
    expectTheDeadline(await collect('timeout', ['10', process.execPath, BIN, '2014-12-10'], cacheEnv('/proc')));
  });

  it('never waits on a FIFO put where its cache file goes', async () => {
    const cache = mkdtempSync(join(dir, 'cache-'));
    await collect(process.execPath, [BIN, '2014-12-10'], cacheEnv(cache));
    const [name] = readdirSync(join(cache, 'ofsted-deadline'));
    rmSync(join(cache, 'ofsted-deadline', name!));
    expect(spawnSync('mkfifo', [join(cache, 'ofsted-deadline', name!)]).status).toBe(0);
    expectTheDeadline(await collect('timeout', ['10', process.execPath, BIN, '2014-12-10'], cacheEnv(cache)));
  });

  it('knows every command the CLI has when it names a cache', () => {
    const listed = /const COMMANDS = (\[[^\]]*\]);/.exec(readFileSync(BIN, 'utf8'))?.[1];
    expect((JSON.parse(listed!.replaceAll("'", '"')) as string[]).sort()).toEqual([...SUBCOMMAND_NAMES, 'help'].sort());
  });

  it('--version prints the version in package.json (the bundle has it built in)', async () => {
    expect(await runBinAsync(['--version'])).toEqual({
      stdout:
        `ofsted-deadline ${PACKAGE.version}\n` +
        'holiday data: date-holidays 3.37.0 with corrections; announced bank holidays to 2028 (later years follow the statutory rules)\n' +
        'supported years: 1990–2199\n',
      stderr: '',
      exitCode: 0,
    });
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
    { args: ['status', '2014-12-10', '--today', '2015-03-17', '--exit-code'], exitCode: 0, stdout: /4 working days\s+left.*\nDue today: nothing\n$/s, stderr: '', why: 'exit 0, status: nothing due' },
    { args: ['status', '2014-12-10', '--today', '2015-03-16', '--exit-code'], exitCode: 3, stdout: /Due today:.*Reminder: 5 working days left/s, stderr: '', why: 'exit 3, status: a reminder due today' },
    { args: ['status', '2014-12-10', '--today', '2015-03-24', '--exit-code'], exitCode: 4, stdout: /OVERDUE: the\s+deadline, Mon 23 Mar 2015, has passed/, stderr: '', why: 'exit 4, status: the deadline has passed' },
  ])('$why: $args', async ({ args, exitCode, stdout, stderr }) => {
    const result = await runBinAsync(args);
    expect(result.exitCode).toBe(exitCode);
    if (typeof stdout === 'string') expect(result.stdout).toBe(stdout);
    else expect(result.stdout).toMatch(stdout);
    if (typeof stderr === 'string') expect(result.stderr).toBe(stderr);
    else expect(result.stderr).toMatch(stderr);
  });
});

/** A record's warnings: a receipt before 2018 predates the Ofsted practice behind the draft action plan. */
const BEFORE_2018_DEC_10 =
  '"warnings":[{"code":"before-in-force","message":"Ofsted ILACS practice (2018 statement) applies from 2018: the date given, Wed 10 Dec 2014, ' +
  'is earlier and was not subject to it. The draft-action-plan date is shown as the same count of working days."}]';

describe.concurrent('standard input and output as pipes', () => {
  it('batch reads standard input from a pipe: a record per line, a summary on stderr, exit 2 when a line fails', async () => {
    const result = await runBinAsync(['batch'], { input: '2014-12-10\n\nnonsense\n2022-09-12\n' });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe(
      `{"line":1,"input":"2014-12-10","receiptDate":"2014-12-10","deadline":"2015-03-23",${BEFORE_2018_DEC_10}}\n` +
        '{"line":3,"input":"nonsense","code":"invalid-date","error":"invalid receipt date \\"nonsense\\": expected YYYY-MM-DD, DD/MM/YYYY or \\"today\\""}\n' +
        '{"line":4,"input":"2022-09-12","receiptDate":"2022-09-12","deadline":"2022-12-20","warnings":[]}\n',
    );
    expect(result.stderr).toBe(
      'ofsted-deadline: warning: warnings on 1 of 3 records (before-in-force); see each record\'s "warnings"\n' +
        'ofsted-deadline: 1 of 3 lines failed (the first at line 3); see the "error" records\n',
    );
  });

  it('ends quietly when stdout is closed (`| head -n 1`): exit 0, no EPIPE, no stack trace', async () => {
    const child = spawn(process.execPath, [BIN, 'batch'], { env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME }, stdio: ['pipe', 'pipe', 'pipe'] });
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
    expect(JSON.parse(firstLine)).toMatchObject({ line: 1, deadline: '2015-03-23', warnings: [{ code: 'before-in-force' }] });
    expect(exit).toEqual({ code: 0, signal: null });
    // Nothing but the count of records with warnings (every record answered before the reader left
    // has one): no EPIPE, no stack trace.
    const summary = /^ofsted-deadline: warning: warnings on (\d+) of (\d+) records? \(before-in-force\); see each record's "warnings"\n$/.exec(stderr);
    expect(summary, stderr).not.toBeNull();
    expect(summary![1]).toBe(summary![2]);
    expect(Number(summary![1])).toBeLessThan(500_000);
  });

  it('ends quietly in a real shell pipeline into head', async () => {
    const path = join(dir, 'many.txt');
    writeFileSync(path, '2014-12-10\n'.repeat(300_000));
    const { stdout, stderr } = await collect('bash', ['-c', `"${process.execPath}" "${BIN}" batch --input "${path}" | head -n 1; echo "\${PIPESTATUS[0]}"`], { ...process.env, XDG_CACHE_HOME });
    // The record, then the tool's own exit code: 0, though its reader left.
    expect(stdout).toBe(`{"line":1,"input":"2014-12-10","receiptDate":"2014-12-10","deadline":"2015-03-23",${BEFORE_2018_DEC_10}}\n0\n`);
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

describe('standard input read through descriptor 0', () => {
  it('reads a non-blocking pipe too (EAGAIN), whose lines arrive late, losing none', async () => {
    // python3 makes the pipe non-blocking before the binary starts, then writes two lines later.
    const script = `
import os, fcntl, subprocess, sys, time
r, w = os.pipe()
fcntl.fcntl(r, fcntl.F_SETFL, fcntl.fcntl(r, fcntl.F_GETFL) | os.O_NONBLOCK)
p = subprocess.Popen([sys.argv[1], sys.argv[2], 'batch'], stdin=r, stdout=subprocess.PIPE)
os.close(r)
time.sleep(0.3); os.write(w, b'2019-01-09\\n'); time.sleep(0.2); os.write(w, b'2019-01-10\\n'); os.close(w)
out, _ = p.communicate(timeout=20)
sys.stdout.write(out.decode()); sys.exit(p.returncode)`;
    const result = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = spawn('python3', ['-c', script, process.execPath, BIN], { env: { ...process.env, XDG_CACHE_HOME } });
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.on('close', (code) => resolve({ code, stdout }));
    });
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { deadline: string }).deadline)).toEqual(['2019-04-17', '2019-04-18']);
  });
});

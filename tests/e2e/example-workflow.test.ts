import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { type IncomingMessage, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { BIN, XDG_CACHE_HOME } from '../helpers/run-bin.js';

/**
 * The CI examples in examples/ run as written: every `run:` (GitHub Actions) and `script:` (GitLab
 * CI) command is taken from the YAML and run by bash. Only the `npm install` lines are skipped, and
 * they are listed here: in their place the built binary is put where that line would install it
 * (its `--prefix`), so the example's own PATH lines must find it. scripts/pack-test.mjs runs the
 * install lines themselves against the packed tarball.
 */

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, string>;
}
interface Workflow {
  readonly on: { readonly schedule: readonly { readonly cron: string }[] };
  readonly env: Record<string, string>;
  readonly jobs: Record<string, { readonly steps: readonly Step[] }>;
}
interface GitLabJob {
  readonly image: string;
  readonly variables: Record<string, string>;
  readonly script: readonly string[];
}

const EXAMPLES = new URL('../../examples/', import.meta.url);
const githubText = readFileSync(new URL('github-actions-ofsted-reminder.yml', EXAMPLES), 'utf8');
const gitlabText = readFileSync(new URL('gitlab-ci-ofsted-reminder.yml', EXAMPLES), 'utf8');
const github = load(githubText) as Workflow;
const gitlab = load(gitlabText) as Record<string, GitLabJob>;

/** The install lines the test skips (the built binary is put where they would install it): nothing else. */
const SKIPPED_INSTALLS = [
  'npm install --prefix "$RUNNER_TEMP/ofsted-deadline" --no-audit --no-fund "$OFSTED_DEADLINE_PACKAGE"',
  'npm install --prefix "$CI_PROJECT_DIR/.ofsted-deadline" --no-audit --no-fund "$OFSTED_DEADLINE_PACKAGE"',
];
const isInstall = (line: string): boolean => /^npm (install|i|ci)\b/.test(line.trim());
const commandLines = (script: string): string[] => script.split('\n').filter((line) => line.trim() !== '');

/** `$NAME` and `${NAME}` replaced from env, as the shell would (the install lines use nothing more). */
const expand = (text: string, env: Record<string, string>): string =>
  text.replace(/\$\{?(\w+)\}?/g, (_, name: string) => env[name] ?? '');

/**
 * Stands in for an install line: writes an `ofsted-deadline` that runs the built binary into
 * PREFIX/node_modules/.bin, where `npm install --prefix PREFIX` puts the command.
 */
function standInFor(installLine: string, env: Record<string, string>): void {
  const prefix = /--prefix "([^"]+)"/.exec(installLine)?.[1];
  if (prefix === undefined) throw new Error(`the test needs --prefix "DIR" on the install line to know where it installs: ${installLine}`);
  const binDir = join(expand(prefix, env), 'node_modules', '.bin');
  mkdirSync(binDir, { recursive: true });
  const shim = join(binDir, 'ofsted-deadline');
  writeFileSync(shim, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
  chmodSync(shim, 0o755);
}

/** A fresh working directory, and a PATH with this `node` but no `ofsted-deadline`. */
function workspace(): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ofsted-deadline-ci-example-'));
  return { dir, path: [dirname(process.execPath), process.env.PATH].join(':') };
}

interface Outcome {
  readonly exitCode: number;
  readonly output: string;
}

/** Runs one command as the CI would: bash, errexit on (GitHub's `bash -e`; GitLab adds pipefail). */
function bash(command: string, options: { cwd: string; env: Record<string, string>; pipefail?: boolean }): Promise<Outcome> {
  const flags = ['--noprofile', '--norc', '-e', ...(options.pipefail === true ? ['-o', 'pipefail'] : []), '-c', command];
  return new Promise((resolve) => {
    execFile('bash', flags, { cwd: options.cwd, env: options.env, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ exitCode: code, output: stdout + stderr });
    });
  });
}

function baseEnv(path: string, today: string): Record<string, string> {
  return { PATH: path, HOME: process.env.HOME ?? '/tmp', NO_COLOR: '1', OFSTED_DEADLINE_TODAY: today, XDG_CACHE_HOME };
}

/**
 * The workflow's steps run in order, as GitHub runs them: after a failure only `if: failure()`
 * steps; a directory a step appends to $GITHUB_PATH is on PATH for the steps after it.
 */
async function runGitHub(today: string, secrets: Record<string, string> = {}, env: Record<string, string> = {}): Promise<{ failed: boolean; log: string[] }> {
  const { dir, path } = workspace();
  const githubPath = join(dir, '.github-path');
  writeFileSync(githubPath, '');
  const runnerTemp = join(dir, '.runner-temp');
  mkdirSync(runnerTemp);
  const context = {
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: 'council/reminders',
    GITHUB_RUN_ID: '42',
    GITHUB_PATH: githubPath,
    RUNNER_TEMP: runnerTemp,
  };
  let failed = false;
  const log: string[] = [];
  for (const step of Object.values(github.jobs).flatMap((job) => job.steps)) {
    if (step.run === undefined) continue;
    const wanted = step.if === undefined ? !failed : step.if === 'failure()' ? failed : undefined;
    if (wanted === undefined) throw new Error(`the test does not know the condition ${step.if}`);
    if (!wanted) continue;
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([name, value]) => [name, value.replace(/\$\{\{ secrets\.(\w+) \}\}/g, (_, secret: string) => secrets[secret] ?? '')]),
    );
    const added = readFileSync(githubPath, 'utf8').split('\n').filter(Boolean).reverse();
    const stepPath = [...added, path].join(':');
    const environment = { ...baseEnv(stepPath, today), ...context, ...github.env, ...env, ...stepEnv };
    const lines = step.run.split('\n');
    for (const line of lines.filter(isInstall)) standInFor(line, environment);
    const outcome = await bash(lines.filter((line) => !isInstall(line)).join('\n'), { cwd: dir, env: environment });
    log.push(`[${step.name}] exit ${outcome.exitCode}\n${outcome.output}`);
    if (outcome.exitCode !== 0) failed = true;
  }
  return { failed, log: log.filter((entry) => !entry.startsWith('[Install ofsted-deadline] exit 0\n')) };
}

/** The job's script as GitLab runs it: one shell, every line in turn, stopping at the first failure. */
async function runGitLab(today: string, env: Record<string, string> = {}): Promise<Outcome> {
  const { dir, path } = workspace();
  const [job] = Object.values(gitlab);
  const environment = { ...baseEnv(path, today), CI_PROJECT_DIR: dir, ...job!.variables, ...env };
  for (const line of job!.script.filter(isInstall)) standInFor(line, environment);
  return bash(job!.script.filter((line) => !isInstall(line)).join('\n'), { cwd: dir, env: environment, pipefail: true });
}

/** A webhook on 127.0.0.1 that records what is posted to it. */
async function webhook(): Promise<{ url: string; received: Promise<{ headers: IncomingMessage['headers']; body: string }>; close: () => void }> {
  let resolveReceived: (value: { headers: IncomingMessage['headers']; body: string }) => void = () => undefined;
  const received = new Promise<{ headers: IncomingMessage['headers']; body: string }>((resolve) => (resolveReceived = resolve));
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      response.end('ok');
      resolveReceived({ headers: request.headers, body });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received, close: () => server.close() };
}

// 2014-12-10 (an example date): deadline Mon 23 Mar 2015; the 5-day reminder is Mon 16 Mar.
const DUE_TODAY = '2015-03-16';
const NOTHING_DUE = '2015-03-17';
const PASSED = '2015-03-24';

describe('the examples, as YAML', () => {
  it('skip only the listed install lines: every other run:/script: line is run below', () => {
    const githubRuns = Object.values(github.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run === undefined ? [] : [step.run])));
    const gitlabScripts = Object.values(gitlab).flatMap((job) => job.script);
    const lines = [...githubRuns, ...gitlabScripts].flatMap(commandLines);
    expect(lines.filter(isInstall).map((line) => line.trim())).toEqual(SKIPPED_INSTALLS);
    expect(githubRuns).toHaveLength(3);
    expect(gitlabScripts).toHaveLength(4);
  });

  it('put what they install on PATH: a step that only installs, run with the stand-in, leaves `ofsted-deadline` runnable', async () => {
    const { failed, log } = await runGitHub(NOTHING_DUE);
    expect(failed).toBe(false);
    expect(log.join('\n')).not.toContain('command not found');
    expect((await runGitLab(NOTHING_DUE)).output).not.toContain('command not found');
  });

  it('run on a supported Node (24) and install from a package source that exists, the published name ready to swap in', () => {
    const setupNode = Object.values(github.jobs).flatMap((job) => job.steps).find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setupNode?.with?.['node-version']).toBe(24);
    expect(Object.values(gitlab)[0]!.image).toBe('node:24');
    expect(github.env.OFSTED_DEADLINE_PACKAGE).toBe('./.github/ofsted-deadline.tgz');
    expect(Object.values(gitlab)[0]!.variables.OFSTED_DEADLINE_PACKAGE).toBe('./ci/ofsted-deadline.tgz');
    for (const text of [githubText, gitlabText]) {
      expect(text).toMatch(/^ *# OFSTED_DEADLINE_PACKAGE: ofsted-deadline@0\.1$/m);
      expect(text).toMatch(/^ *# OFSTED_DEADLINE_PACKAGE: git\+https:\/\/HOST\/OWNER\/ofsted-deadline\.git#vX\.Y\.Z$/m);
      expect(text).toContain('2014-12-10 is an example date');
      expect(text).not.toMatch(/plymouth/i);
    }
  });

  it('say truthfully who is notified, and how the schedule can stop', () => {
    expect(githubText).not.toMatch(/whoever watches/);
    expect(githubText).toMatch(/Watchers of\n# the repository are not told/);
    expect(githubText).toMatch(/last changed its `cron:` line/);
    expect(githubText).toMatch(/In a public repository GitHub disables scheduled workflows when the repository\n# has had no activity for 60 days/);
    expect(githubText).toContain('gh workflow enable ofsted-reminder.yml');
    expect(gitlabText).toMatch(/Pipeline status emails/);
    expect(github.on.schedule[0]!.cron.split(' ')).toHaveLength(5);
  });

  it('document the exit codes the tool really uses', () => {
    for (const text of [githubText, gitlabText]) {
      expect(text).toContain(`${ExitCode.DueToday}) echo`);
      expect(text).toContain(`${ExitCode.DeadlinePassed}) echo`);
      expect(text).toMatch(/^# +3 +a milestone, reminder or the deadline itself falls due today$/m);
      expect(text).toMatch(/^# +4 +the deadline has passed$/m);
    }
  });
});

describe('examples/github-actions-ofsted-reminder.yml, run', () => {
  it('passes on a day when nothing falls due', async () => {
    const { failed, log } = await runGitHub(NOTHING_DUE);
    expect(failed).toBe(false);
    expect(log.join('\n')).toContain('Nothing falls due today.');
  });

  it('fails with a warning on a reminder day; without the webhook secret the team step says so', async () => {
    const { failed, log } = await runGitHub(DUE_TODAY);
    expect(failed).toBe(true);
    expect(log[0]).toMatch(/^\[Where the count stands today\] exit 1\n/);
    expect(log[0]).toContain('Reminder: 5 working days left: Written statement of action');
    expect(log[0]).toContain('::warning::An Ofsted milestone or reminder falls due today.');
    expect(log[1]).toMatch(/^\[Tell the team\] exit 0\nNo TEAM_WEBHOOK_URL secret/);
  });

  it('posts today\'s status and a link to the run to the team\'s webhook', async () => {
    const hook = await webhook();
    try {
      const { failed, log } = await runGitHub(DUE_TODAY, { TEAM_WEBHOOK_URL: hook.url });
      expect(failed).toBe(true);
      expect(log[1]).toMatch(/^\[Tell the team\] exit 0\n/);
      const { headers, body } = await hook.received;
      expect(headers['content-type']).toBe('application/json');
      const { text } = JSON.parse(body) as { text: string };
      expect(text).toContain('Ofsted written statement reminder (https://github.example/council/reminders/actions/runs/42):');
      expect(text).toContain('Reminder: 5 working days left: Written statement of action');
    } finally {
      hook.close();
    }
  });

  it('fails with an error every day after the deadline', async () => {
    const { failed, log } = await runGitHub(PASSED);
    expect(failed).toBe(true);
    expect(log[0]).toContain('::error::The written statement deadline has passed.');
  });

  it('fails with the tool\'s own exit code on bad input', async () => {
    const { failed, log } = await runGitHub(NOTHING_DUE, {}, { RECEIPT_DATE: '2014-13-10' });
    expect(failed).toBe(true);
    expect(log[0]).toMatch(/^\[Where the count stands today\] exit 2\n/);
    expect(log[0]).toContain('::error::ofsted-deadline failed with exit code 2.');
  });
});

describe('examples/gitlab-ci-ofsted-reminder.yml, run', () => {
  it.each([
    [NOTHING_DUE, 0, 'Nothing falls due today.'],
    [DUE_TODAY, 1, 'An Ofsted milestone or reminder falls due today.'],
    [PASSED, 1, 'The written statement deadline has passed.'],
  ])('on %s exits %i: %s', async (today, exitCode, message) => {
    const outcome = await runGitLab(today);
    expect(outcome.exitCode).toBe(exitCode);
    expect(outcome.output).toContain(message);
  });

  it('fails with the tool\'s own exit code on bad input', async () => {
    const outcome = await runGitLab(NOTHING_DUE, { RECEIPT_DATE: '2014-13-10' });
    expect(outcome.exitCode).toBe(2);
    expect(outcome.output).toContain('ofsted-deadline failed with exit code 2.');
  });
});

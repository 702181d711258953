#!/usr/bin/env node
// The package as a user gets it (run by .ci/run): pack the tarball (which builds, from a dist/
// holding a stale file), check its file list and manifest, install it into an empty directory with
// the registry out of reach (`--offline`: the package has no runtime dependencies), run the
// installed binary, install it the README's other ways (global, npx) and as the CI examples do
// (running them whole), and `import` and `require` the library.
//
//   node scripts/pack-test.mjs [NODE...]
//
// Every NODE (a path to another Node binary, e.g. Node 22 and 24) runs the installed package too,
// besides the Node running this script.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

/** What the tarball holds, and nothing else: code that runs, its types, and what documents it. */
export const EXPECTED_FILES = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'THIRD-PARTY-NOTICES.md',
  'bin/ofsted-deadline.js',
  'bin/package.json',
  'dist/bin/lazy/csv-parse-sync.cjs',
  'dist/bin/lazy/csv-parse.cjs',
  'dist/bin/ofsted-deadline.cjs',
  'dist/index.cjs',
  'dist/index.d.cts',
  'dist/index.d.ts',
  'dist/index.js',
  'examples/github-actions-ofsted-reminder.yml',
  'examples/github-actions-register.yml',
  'examples/gitlab-ci-ofsted-reminder.yml',
  'examples/gitlab-ci-register.yml',
  'examples/register.csv',
  'man/ofsted-deadline.1',
  'package.json',
  'schema/ofsted-deadline.schema.json',
];

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

function check(condition, message) {
  if (!condition) throw new Error(`pack test: ${message}`);
  console.log(`ok - ${message}`);
}

function sameList(actual, expected) {
  const missing = expected.filter((file) => !actual.includes(file));
  const extra = actual.filter((file) => !expected.includes(file));
  return { missing, extra, same: missing.length === 0 && extra.length === 0 };
}

function main(otherNodes) {
  const work = mkdtempSync(join(tmpdir(), 'ofsted-deadline-pack-'));
  try {
    // `npm pack` builds (the prepack script), and `npm run build` must start from an empty dist/:
    // a module removed from src/ must not linger in the package.
    const canary = join(ROOT, 'dist', 'cli', 'removed-module.js');
    mkdirSync(join(ROOT, 'dist', 'cli'), { recursive: true });
    writeFileSync(canary, 'export {};\n');
    const manifestBefore = readFileSync(join(ROOT, 'package.json'), 'utf8');
    run('npm', ['pack', '--silent', '--pack-destination', work], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    check(!existsSync(canary), '`npm pack` builds from an empty dist/ (a stale dist/cli file is gone)');
    check(readFileSync(join(ROOT, 'package.json'), 'utf8') === manifestBefore, 'package.json is as it was after packing (postpack restored it)');

    const [filename] = readdirSync(work).filter((name) => /^ofsted-deadline-.*\.tgz$/.test(name));
    const tarball = join(work, filename);
    const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((path) => path.replace(/^package\//, ''))
      .sort();
    const { missing, extra, same } = sameList(listed, EXPECTED_FILES);
    check(same, `the tarball holds exactly the expected ${EXPECTED_FILES.length} files${same ? '' : ` (missing: ${missing.join(', ') || 'none'}; unexpected: ${extra.join(', ') || 'none'})`}`);
    console.log(`   ${filename}: ${statSync(tarball).size} bytes`);
    const packedManifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
    const installScripts = ['preinstall', 'install', 'postinstall', 'prepare'].filter((name) => packedManifest.scripts?.[name] !== undefined);
    check(installScripts.length === 0, `the packed package.json has no install scripts${installScripts.length ? ` (found: ${installScripts.join(', ')})` : ''}`);
    check(packedManifest.dependencies === undefined, 'the packed package.json has no dependencies');

    const consumer = join(work, 'consumer');
    mkdirSync(consumer);
    copyFileSync(tarball, join(consumer, filename));
    const install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', `./${filename}`], { cwd: consumer });
    const installed = readdirSync(join(consumer, 'node_modules')).filter((name) => !name.startsWith('.'));
    check(installed.join() === 'ofsted-deadline', 'installs offline from the tarball alone, with no dependencies (node_modules holds only ofsted-deadline)');
    check(!/npm (warn|error)/i.test(install.stderr), `npm installs it without a warning${/npm (warn|error)/i.test(install.stderr) ? `:\n${install.stderr}` : ''}`);

    const plain = { ...process.env, NO_COLOR: '1' };
    const local = run('npx', ['--offline', 'ofsted-deadline', '2014-12-10'], { cwd: consumer, env: plain }).stdout;
    check(/^Written statement of action due +Mon 23 Mar 2015 /m.test(local), 'a project-local install: `npx ofsted-deadline 2014-12-10` gives the written statement date Mon 23 Mar 2015');

    // The README's other ways in: a global install (here into a scratch prefix) and npx from the tarball.
    const prefix = join(work, 'global');
    run('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball]);
    const global = run(join(prefix, 'bin', 'ofsted-deadline'), ['2015-01-02'], { env: plain }).stdout;
    check(/^Written statement of action due +Tue 14 Apr 2015 /m.test(global), 'a global install: `ofsted-deadline 2015-01-02` gives Tue 14 Apr 2015');
    const scratch = join(work, 'scratch');
    mkdirSync(scratch);
    const npx = run('npx', ['--yes', '--offline', '--package', tarball, 'ofsted-deadline', '2015-01-02'], { cwd: scratch, env: plain }).stdout;
    check(/^ +Report published +Fri 13 Feb 2015 /m.test(npx), '`npx --package ofsted-deadline-X.Y.Z.tgz ofsted-deadline 2015-01-02` gives the report published Fri 13 Feb 2015');

    runCiExamples(work, tarball);

    for (const node of [process.execPath, ...otherNodes]) {
      const version = run(node, ['--version']).stdout.trim();
      const viaBin = JSON.parse(run(node, [join(consumer, 'node_modules', 'ofsted-deadline', 'bin', 'ofsted-deadline.js'), '2014-12-10', '--json'], { cwd: consumer }).stdout);
      check(viaBin.deadline === '2015-03-23', `Node ${version}: the installed binary's --json deadline for 2014-12-10 is 2015-03-23`);

      const csv = run(node, [join(consumer, 'node_modules', 'ofsted-deadline', 'bin', 'ofsted-deadline.js'), 'batch', '--column', 'received'], {
        cwd: consumer,
        input: 'council,received\nPlymouth,2015-01-02\n',
      }).stdout;
      check(JSON.parse(csv).deadline === '2015-04-14', `Node ${version}: batch --column (the CSV parser, bundled separately) works from the install`);

      const esm = run(node, ['--input-type=module', '-e', [
        "import { deadline, addWorkingDays } from 'ofsted-deadline';",
        "import schema from 'ofsted-deadline/schema/ofsted-deadline.schema.json' with { type: 'json' };",
        "console.log(JSON.stringify([deadline('2014-12-10').deadline, addWorkingDays('2015-03-23', -70), schema.$id]));",
      ].join('\n')], { cwd: consumer }).stdout;
      check(esm.trim() === '["2015-03-23","2014-12-10","urn:ofsted-deadline:json-output:schema-version:1"]', `Node ${version}: import of 'ofsted-deadline' and its JSON Schema`);

      const cjs = run(node, ['-e', [
        "const { deadline, DeadlineError } = require('ofsted-deadline');",
        "const schema = require('ofsted-deadline/schema/ofsted-deadline.schema.json');",
        "let code; try { deadline('10/12/2014'); } catch (error) { code = error instanceof DeadlineError && error.code; }",
        "console.log(JSON.stringify([deadline('2015-01-02').deadline, code, schema.$id]));",
      ].join('\n')], { cwd: consumer }).stdout;
      check(cjs.trim() === '["2015-04-14","invalid-date","urn:ofsted-deadline:json-output:schema-version:1"]', `Node ${version}: require of 'ofsted-deadline' and its JSON Schema`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The CI examples as written, install lines included, with the tarball where their comments say to
 * keep it and the registry out of reach: GitHub's steps in order (a directory appended to
 * $GITHUB_PATH is on PATH for later steps), GitLab's script as one shell. "Today" is pinned to a day
 * when nothing falls due for the examples' receipt date, so both must pass.
 */
function runCiExamples(work, tarball) {
  const base = { PATH: process.env.PATH, HOME: process.env.HOME ?? work, NO_COLOR: '1', OFSTED_DEADLINE_TODAY: '2015-03-17', npm_config_offline: 'true' };

  const github = load(readFileSync(join(ROOT, 'examples/github-actions-ofsted-reminder.yml'), 'utf8'));
  const githubDir = join(work, 'github-workspace');
  mkdirSync(join(githubDir, '.github'), { recursive: true });
  copyFileSync(tarball, join(githubDir, github.env.OFSTED_DEADLINE_PACKAGE));
  const githubPath = join(work, 'github-path');
  writeFileSync(githubPath, '');
  mkdirSync(join(work, 'runner-temp'));
  const githubEnv = { ...base, ...github.env, GITHUB_PATH: githubPath, RUNNER_TEMP: join(work, 'runner-temp') };
  const outputs = [];
  for (const step of Object.values(github.jobs).flatMap((job) => job.steps)) {
    if (step.run === undefined || step.if !== undefined) continue;
    const added = readFileSync(githubPath, 'utf8').split('\n').filter(Boolean).reverse();
    const result = run('bash', ['--noprofile', '--norc', '-e', '-c', step.run], {
      cwd: githubDir,
      env: { ...githubEnv, PATH: [...added, githubEnv.PATH].join(':') },
    });
    outputs.push(result.stdout);
  }
  check(outputs.join('').includes('Nothing falls due today.'), 'examples/github-actions-ofsted-reminder.yml runs as written, installing the tarball from .github/');

  const [gitlab] = Object.values(load(readFileSync(join(ROOT, 'examples/gitlab-ci-ofsted-reminder.yml'), 'utf8')));
  const gitlabDir = join(work, 'gitlab-project');
  mkdirSync(join(gitlabDir, 'ci'), { recursive: true });
  copyFileSync(tarball, join(gitlabDir, gitlab.variables.OFSTED_DEADLINE_PACKAGE));
  const result = run('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', gitlab.script.join('\n')], {
    cwd: gitlabDir,
    env: { ...base, ...gitlab.variables, CI_PROJECT_DIR: gitlabDir },
  });
  check(result.stdout.includes('Nothing falls due today.'), 'examples/gitlab-ci-ofsted-reminder.yml runs as written, installing the tarball from ci/');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2));
}

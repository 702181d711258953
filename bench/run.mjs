#!/usr/bin/env node
// `npm run bench`: the speed targets of the README's "Performance" section, measured, each beside
// the baseline a user would otherwise write (bench/naive.mjs: date-holidays' isHoliday checked day
// by day). Medians with min and max; ratios are of medians. Targets: start-up within 1.3x of
// `node -e ''`; add and count as cheap for 20,000 working days as for 70; batch at least 1,000,000
// receipt dates a second into /dev/null with peak RSS under 150 MB; a 100,000-row register in
// under 1 s wall.
// BENCH_QUICK=1 runs fewer repetitions (for a smoke test); BENCH_ONLY=register runs only the register.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { builtInCalendar } from '../dist/calendar/built-in.js';
import { formatIsoDay, parseIsoDay } from '../dist/core/day.js';
import { WorkingDayIndex } from '../dist/core/working-days.js';
import { naiveAdd, naiveCount } from './naive.mjs';

const quick = process.env.BENCH_QUICK === '1';
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const BIN = here('../bin/ofsted-deadline.js');
const NAIVE = here('./naive.mjs');
const RSS_HOOK = here('./max-rss.cjs');
const work = mkdtempSync(join(tmpdir(), 'ofsted-deadline-bench-'));

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}
const fixed = (value, digits = 1) => value.toFixed(digits);
const row = (cells) => `| ${cells.join(' | ')} |`;
function table(headers, rows) {
  console.log(row(headers));
  console.log(row(headers.map(() => '---')));
  for (const cells of rows) console.log(row(cells));
  console.log('');
}
const spread = (s, unit, digits = 1) => `${fixed(s.median, digits)} ${unit} (${fixed(s.min, digits)}–${fixed(s.max, digits)})`;

/** A small deterministic generator, so every run benches the same dates. */
function randomDays(count, firstIso, lastIso, seed = 20141210) {
  const first = parseIsoDay(firstIso);
  const span = parseIsoDay(lastIso) - first + 1;
  const days = new Int32Array(count);
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    days[i] = first + (state % span);
  }
  return days;
}

function wallMs(command, args, options = {}) {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: 'ignore', ...options });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
  return elapsed;
}

function machine() {
  const load = loadavg().map((value) => value.toFixed(2)).join(' ');
  console.log(`Machine: ${availableParallelism()} CPUs (nproc), ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${process.platform}; load average at start ${load}`);
  console.log(`Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n`);
}

function startUp() {
  const runs = quick ? 5 : 41;
  const naiveEvery = 4;
  const node = [];
  const ours = [];
  const naive = [];
  // Interleaved, so a busy moment on the machine hits every command alike.
  for (let i = 0; i < runs; i++) {
    node.push(wallMs(process.execPath, ['-e', '']));
    ours.push(wallMs(process.execPath, [BIN, '2014-12-10']));
    if (i % naiveEvery === 0) naive.push(wallMs(process.execPath, [NAIVE, '2014-12-10']));
  }
  const [n, o, b] = [stats(node), stats(ours), stats(naive)];
  console.log('## Start-up: `ofsted-deadline 2014-12-10` (target: within 1.3x of `node -e \'\'`)\n');
  table(
    ['command', 'wall time, median (min–max)', 'runs', 'ratio to `node -e \'\'`'],
    [
      ["`node -e ''`", spread(n, 'ms'), n.runs, '1.00'],
      ['`ofsted-deadline 2014-12-10`', spread(o, 'ms'), o.runs, fixed(o.median / n.median, 2)],
      ['naive: date-holidays, day by day', spread(b, 'ms'), b.runs, fixed(b.median / n.median, 2)],
    ],
  );
  return { ratio: o.median / n.median, naiveRatio: b.median / o.median };
}

/** ns per call of `fn(i)` over `count` calls, repeated. */
function perCall(fn, count, repeats) {
  for (let i = 0; i < count; i++) fn(i); // warm up: JIT, and every lazy year table
  const samples = [];
  let sink = 0;
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    for (let i = 0; i < count; i++) sink += fn(i);
    samples.push(((performance.now() - start) * 1e6) / count);
  }
  if (sink === 0.5) console.log('');
  return stats(samples);
}

function arithmetic() {
  const calendar = builtInCalendar('england-and-wales');
  const builds = [];
  const fullBuilds = [];
  for (let i = 0; i < (quick ? 3 : 15); i++) {
    let start = performance.now();
    const index = new WorkingDayIndex(calendar);
    index.add(parseIsoDay('2014-12-10'), 70);
    builds.push(performance.now() - start);
    start = performance.now();
    index.add(index.firstDay, 50_000); // touches every year up to ~2180
    index.count(index.firstDay, index.lastDay);
    fullBuilds.push(performance.now() - start);
  }
  const index = new WorkingDayIndex(calendar);
  const count = quick ? 20_000 : 200_000;
  const repeats = quick ? 3 : 9;
  const receipts = randomDays(count, '1990-01-01', '2110-12-31');
  const rows = [];
  const results = {};
  for (const n of [70, 20_000]) {
    const add = perCall((i) => index.add(receipts[i], n), count, repeats);
    // The calendar span that n working days covers, so count answers the same question backwards.
    const spans = receipts.map((day) => index.add(day, n) - day);
    const countStats = perCall((i) => index.count(receipts[i], receipts[i] + spans[i]), count, repeats);
    const naiveRuns = n === 70 ? (quick ? 3 : 15) : quick ? 1 : 2;
    const naiveAddMs = [];
    const naiveCountMs = [];
    for (let i = 0; i < naiveRuns; i++) {
      const iso = formatIsoDay(receipts[i * 97]);
      let start = performance.now();
      naiveAdd(iso, n);
      naiveAddMs.push(performance.now() - start);
      start = performance.now();
      naiveCount(iso, formatIsoDay(receipts[i * 97] + spans[i * 97]));
      naiveCountMs.push(performance.now() - start);
    }
    const [na, nc] = [stats(naiveAddMs), stats(naiveCountMs)];
    results[n] = { add: add.median, count: countStats.median };
    rows.push([`add, n = ${n.toLocaleString('en-GB')}`, spread(add, 'ns', 0), spread(na, 'ms', 1), `${Math.round((na.median * 1e6) / add.median).toLocaleString('en-GB')}x`]);
    rows.push([`count, n = ${n.toLocaleString('en-GB')}`, spread(countStats, 'ns', 0), spread(nc, 'ms', 1), `${Math.round((nc.median * 1e6) / countStats.median).toLocaleString('en-GB')}x`]);
  }
  console.log('## Working-day arithmetic: O(1) after a one-time index (target: n = 20,000 costs what n = 70 does)\n');
  console.log(
    `Index for 1990–2199: first question on a fresh index (builds ~2 years lazily) ${spread(stats(builds), 'ms', 2)}; every year built ${spread(stats(fullBuilds), 'ms', 2)}.\n`,
  );
  table(['question', 'ofsted-deadline, per call', 'naive, per call', 'naive / ours'], rows);
  console.log(`n = 20,000 vs n = 70: add ${fixed(results[20_000].add / results[70].add, 2)}x, count ${fixed(results[20_000].count / results[70].count, 2)}x.\n`);
}

function runBatch(args, inputPath) {
  const rssFile = join(work, 'rss.txt');
  const input = openSync(inputPath, 'r');
  const output = openSync('/dev/null', 'w');
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--require', RSS_HOOK, ...args], {
    stdio: [input, output, 'pipe'],
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
  });
  const ms = performance.now() - start;
  closeSync(input);
  closeSync(output);
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

function batch() {
  const lines = quick ? 200_000 : 1_000_000;
  const days = randomDays(lines, '2000-01-01', '2030-12-31', 70);
  const inputPath = join(work, 'receipts.txt');
  writeFileSync(inputPath, Array.from(days, (day) => formatIsoDay(day)).join('\n') + '\n');
  const runs = quick ? 2 : 7;
  const rows = [];
  const summary = {};
  for (const format of ['ndjson', 'csv']) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(runBatch([BIN, 'batch', '--format', format], inputPath));
    const rate = stats(samples.map((s) => lines / (s.ms / 1000)));
    const rss = stats(samples.map((s) => s.rssMb));
    summary[format] = rate.median;
    rows.push([`\`batch --format ${format} < receipts > /dev/null\``, `${spread({ median: rate.median / 1e6, min: rate.min / 1e6, max: rate.max / 1e6 }, 'M lines/s', 2)}`, spread(rss, 'MB', 0), '']);
  }
  const naiveLines = quick ? 10 : 40;
  const naivePath = join(work, 'naive-receipts.txt');
  writeFileSync(naivePath, Array.from(days.subarray(0, naiveLines), (day) => formatIsoDay(day)).join('\n') + '\n');
  const naive = runBatch([NAIVE, '--batch'], naivePath);
  const naiveRate = naiveLines / (naive.ms / 1000);
  rows.push([`naive: date-holidays day by day, ${naiveLines} lines`, `${fixed(naiveRate, 1)} lines/s`, `${fixed(naive.rssMb, 0)} MB`, '']);
  rows[0][3] = `${Math.round(summary.ndjson / naiveRate).toLocaleString('en-GB')}x`;
  rows[1][3] = `${Math.round(summary.csv / naiveRate).toLocaleString('en-GB')}x`;
  console.log(`## Batch: ${lines.toLocaleString('en-GB')} receipt dates (target: at least 1,000,000 lines/s, peak RSS under 150 MB)\n`);
  table(['command', 'throughput, median (min–max)', 'peak RSS, median (min–max)', 'ours / naive'], rows);
}

/**
 * A register of 100,000 matters received over the two years to its day, as a council's log of
 * requests: every rule, a title and an owner each, a third closed (some late). Deterministic.
 */
function registerCsv(rows) {
  const rules = ['foi', 'foi', 'foi', 'eir', 'sar', 'sar', 'written-statement', 'publish-report', 'draft-action-plan', 'foi'];
  const received = randomDays(rows, '2023-03-01', '2025-03-03', 12);
  const lines = ['id,received,rule,title,owner,closed'];
  for (let i = 0; i < rows; i++) {
    const closed = i % 3 === 0 ? formatIsoDay(received[i] + 10 + (i % 40)) : '';
    lines.push(`REQ-${String(i).padStart(6, '0')},${formatIsoDay(received[i])},${rules[i % rules.length]},Request ${i} about school transport,Team ${i % 9},${closed}`);
  }
  return `${lines.join('\n')}\n`;
}

function register() {
  const rows = 100_000;
  const path = join(work, 'register.csv');
  writeFileSync(path, registerCsv(rows));
  const runs = quick ? 2 : 7;
  const table_ = [];
  const medians = {};
  for (const [label, format] of [['text', []], ['--json', ['--json']], ['--csv', ['--csv']], ['--ics', ['--ics']]]) {
    const samples = [];
    for (let i = 0; i < (format[0] === '--ics' ? Math.min(runs, 3) : runs); i++) samples.push(runBatch([BIN, 'register', path, '--today', '2025-03-03', ...format], '/dev/null'));
    const wall = stats(samples.map((s) => s.ms));
    const rss = stats(samples.map((s) => s.rssMb));
    medians[label] = wall.median;
    table_.push([`\`register register.csv ${format.join(' ')}\``.replace(' `', '`'), spread(wall, 'ms', 0), spread(rss, 'MB', 0), `${fixed((rows / wall.median) * 1000 / 1e3, 0)} k rows/s`]);
  }
  console.log(`## Register: ${rows.toLocaleString('en-GB')} rows (target: under 1 s wall, start-up included)\n`);
  table(['command (> /dev/null)', 'wall time, median (min–max)', 'peak RSS, median (min–max)', 'rows per second'], table_);
  return medians;
}

console.log('# ofsted-deadline benchmark\n');
machine();
try {
  if (process.env.BENCH_ONLY === 'register') {
    register();
  } else {
    startUp();
    arithmetic();
    batch();
    register();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

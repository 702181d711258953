#!/usr/bin/env node
// CommonJS (bin/package.json says so): it loads the single bundled file that `npm run build`
// writes, the fastest way for Node to start the CLI.
//
// Compiling that file is most of a one-off command's own cost, so its V8 code cache is kept in a
// per-user cache directory ($XDG_CACHE_HOME or ~/.cache, then ofsted-deadline/) and handed back
// to V8 on the next run; V8 checks it against Node's version and flags and the source's length,
// and compiles afresh when they do not match. Nothing here can change what the CLI does: any failure
// falls back to a plain require, and OFSTED_DEADLINE_COMPILE_CACHE=0 turns the cache off.
'use strict';
const bundle = require('node:path').join(__dirname, '..', 'dist', 'bin', 'ofsted-deadline.cjs');

/** The commands (tests/e2e/binary.e2e.test.ts checks this is every command the CLI has). */
const COMMANDS = ['add', 'count', 'is-working-day', 'holidays', 'rules', 'batch', 'reminders', 'status', 'calendar', 'register', 'completion', 'help'];
/** The options that change which code a command runs: what it prints, or help and version instead. */
const VARIANTS = { '--ics': 'ics', '--json': 'json', '--csv': 'csv', '--help': 'help', '-h': 'help', '--version': 'version', '-V': 'version' };

/**
 * What kind of run this is, e.g. `reminders-ics`: each kind has a code cache of its own. A cache
 * holds the functions its first run compiled, and a run whose functions are not in it compiles
 * them every time (about 2 ms for `reminders --ics` with the default command's cache), while a
 * cache of every command's functions costs each run more to load than it saves. This is a
 * guess from the words alone; a wrong guess costs only time.
 */
function runKind(argv) {
  const command = argv.find((word) => COMMANDS.includes(word)) ?? 'deadline';
  const variant = argv.map((word) => VARIANTS[word]).find((name) => name !== undefined);
  return variant === undefined ? command : `${command}-${variant}`;
}

/**
 * The bundle compiled with its code cache, ready to run; throws if it cannot be read or compiled.
 * It loads neither node:module nor node:os (half a millisecond between them): the wrapper is
 * CommonJS's own, the bundle requires only Node's modules and its lazy files beside it, and the
 * home directory is $HOME, where os.homedir() looks first.
 *
 * V8 checks a cache against its own version and flags and the source's length only, and release
 * builds of V8 do not checksum it: a cache is trusted as the package's own files are. So it is
 * named by a hash of the bundle (the build writes it at the bundle's end), read and written only
 * in a directory that is this user's and no one else can write, and written atomically.
 */
function compileWithCodeCache() {
  const fs = require('node:fs');
  const path = require('node:path');
  const source = fs.readFileSync(bundle, 'utf8');
  const home = process.env.HOME || require('node:os').homedir();
  const dir = path.join(process.env.XDG_CACHE_HOME || path.join(home, '.cache'), 'ofsted-deadline');
  // The build's hash names it whatever its files' dates (two installs of one build share caches);
  // a bundle without one (built by hand) falls back to its size and date.
  const hash = /ofsted-deadline-build=([0-9a-f]+)\s*$/.exec(source.slice(-100))?.[1];
  const build = `${process.version}-${hash ?? bySizeAndDate(fs.statSync(bundle))}-`;
  const cacheFile = path.join(dir, `${build}${runKind(process.argv.slice(2))}.v8cache`);
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  /** This user's, and writable by no one else (where the system has users). */
  const private_ = (stats) => uid === undefined || (stats.uid === uid && (stats.mode & 0o022) === 0);
  let cachedData;
  try {
    if (private_(fs.statSync(dir))) {
      // Non-blocking, so that a FIFO put in the cache file's place cannot stall the open.
      const fd = fs.openSync(cacheFile, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
      try {
        const stats = fs.fstatSync(fd);
        if (stats.isFile() && private_(stats)) cachedData = fs.readFileSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    }
  } catch {
    cachedData = undefined;
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new (require('node:vm').Script)(wrapped, { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    // Written at exit, so the functions this run compiled are in it. A run that ended in bad
    // input (exit 2) or worse compiled its error path rather than its work: the next run of its
    // kind writes the cache instead.
    process.once('exit', (code) => {
      if (code !== 0 && code !== 1 && code !== 3 && code !== 4) return;
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        makePrivateDirectory(fs, path, dir);
        if (!private_(fs.statSync(dir))) return;
        fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600, flag: 'wx' });
        fs.renameSync(temporary, cacheFile);
        // A new build or Node leaves the caches of older ones of no use: remove them.
        for (const name of fs.readdirSync(dir)) {
          if (/\.v8cache(\.\d+\.tmp)?$/.test(name) && !name.startsWith(build)) fs.rmSync(path.join(dir, name), { force: true });
        }
      } catch {
        // No cache this time (a full disk, a directory that cannot be made): the next run
        // compiles as this one did, and nothing half-written is left.
        try {
          fs.rmSync(temporary, { force: true });
        } catch {
          // Nothing to remove.
        }
      }
    });
  }
  const directory = path.dirname(bundle);
  const bundleModule = { exports: {} };
  const bundleRequire = (id) => require(id.startsWith('.') ? path.join(directory, id) : id);
  const wrapper = script.runInThisContext();
  return () => wrapper.call(bundleModule.exports, bundleModule.exports, bundleRequire, bundleModule, bundle, directory);
}

/** A bundle without a build hash (built by hand) is named by its size and date. */
function bySizeAndDate(stat) {
  return `${stat.size}-${Math.trunc(stat.mtimeMs)}`;
}

/**
 * Makes the cache directory and any missing parents, mode 0700, a level at a time: Node's own
 * recursive mkdir spins for ever where mkdir keeps failing with ENOENT (XDG_CACHE_HOME=/proc).
 */
function makePrivateDirectory(fs, path, dir) {
  const missing = [];
  for (let at = dir; ; at = path.dirname(at)) {
    try {
      fs.mkdirSync(at, { mode: 0o700 });
      break;
    } catch (error) {
      if (error.code === 'EEXIST') break;
      if (error.code !== 'ENOENT' || path.dirname(at) === at || missing.length >= 64) throw error;
      missing.push(at);
    }
  }
  for (const at of missing.reverse()) fs.mkdirSync(at, { mode: 0o700 });
}

// Only reading or compiling falls back to a plain require; the CLI itself reports its own errors.
let run;
if (process.env.OFSTED_DEADLINE_COMPILE_CACHE !== '0') {
  try {
    run = compileWithCodeCache();
  } catch {
    run = undefined;
  }
}
if (run) run();
else require(bundle);

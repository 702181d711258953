#!/usr/bin/env node
// CommonJS (bin/package.json says so): it loads the single bundled file that `npm run build`
// writes, the fastest way for Node to start the CLI.
//
// Compiling that file is most of a one-off command's own cost, so its V8 code cache is kept in a
// per-user cache directory ($XDG_CACHE_HOME or ~/.cache, then ofsted-deadline/) and handed back
// to V8 on the next run; V8 checks it against the source and Node's version and flags, and
// compiles afresh when it does not match. Nothing here can change what the CLI does: any failure
// falls back to a plain require, and OFSTED_DEADLINE_COMPILE_CACHE=0 turns the cache off.
'use strict';
const bundle = require('node:path').join(__dirname, '..', 'dist', 'bin', 'ofsted-deadline.cjs');

/** The bundle compiled with its code cache, ready to run; throws if it cannot be read or compiled. */
function compileWithCodeCache() {
  const fs = require('node:fs');
  const path = require('node:path');
  const Module = require('node:module');
  const source = fs.readFileSync(bundle, 'utf8');
  const stat = fs.statSync(bundle);
  const base = process.env.XDG_CACHE_HOME || path.join(require('node:os').homedir(), '.cache');
  const dir = path.join(base, 'ofsted-deadline');
  const cacheFile = path.join(dir, `${process.version}-${stat.size}-${Math.trunc(stat.mtimeMs)}.v8cache`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new (require('node:vm').Script)(Module.wrap(source), { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    // Written at exit, so the functions this run compiled are in it; atomically, and only in a
    // directory of this user's own.
    process.once('exit', () => {
      try {
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(temporary, cacheFile);
        // A new build or Node leaves the older caches of nothing: remove them.
        for (const name of fs.readdirSync(dir)) {
          if (name.endsWith('.v8cache') && name !== path.basename(cacheFile)) fs.rmSync(path.join(dir, name), { force: true });
        }
      } catch {
        // No cache this time: the next run compiles as this one did.
      }
    });
  }
  const module_ = new Module(bundle, module);
  module_.filename = bundle;
  module_.paths = Module._nodeModulePaths(path.dirname(bundle));
  const require_ = (id) => module_.require(id);
  require_.resolve = (request) => Module._resolveFilename(request, module_);
  const wrapper = script.runInThisContext();
  return () => wrapper.call(module_.exports, module_.exports, require_, module_, bundle, path.dirname(bundle));
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

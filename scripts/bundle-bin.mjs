#!/usr/bin/env node
// Bundles the CLI into one CommonJS file, dist/bin/ofsted-deadline.cjs, which bin/ofsted-deadline.js
// loads. One file skips resolving and reading ~40 modules, and CommonJS skips Node's ES module
// loader: together they are most of the difference between a 110 ms and a 70 ms start (see
// `npm run bench`). Packages only some commands need (LAZY_PACKAGES) go into files of their own
// under dist/bin/lazy/, loaded on first use. Each build's metafile goes to dist/meta/ so that
// scripts/third-party-notices.mjs and its test know every package the bundles carry.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { inlineVersion } from './esbuild-helpers.mjs';

const root = new URL('..', import.meta.url);
/**
 * commander requires node:child_process at load time, only to run external subcommands, which
 * this tool has none of; loading it costs ~4 ms per run. Commander gets a stand-in that loads the
 * real module on first use instead.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(context) {
    context.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child_process', namespace: 'lazy-child-process' }
        : undefined,
    );
    context.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/**
 * chalk detects colour support when it loads (loading node:tty and node:os, ~2 ms), but this tool
 * always tells chalk the level it chose itself (src/output/style.ts), so the bundle takes chalk's
 * detection-free browser variant of that module.
 */
const noColourDetection = {
  name: 'no-colour-detection',
  setup(context) {
    context.onResolve({ filter: /^#supports-color$/ }, (args) => ({
      path: new URL('node_modules/chalk/source/vendor/supports-color/browser.js', root).pathname,
      namespace: 'file',
      pluginData: args.importer,
    }));
  },
};

/**
 * Packages the CLI imports with `import()` only on the path that needs them. Each is bundled into
 * dist/bin/lazy/NAME.cjs, and the CLI bundle imports that file instead: the package ships inside
 * ofsted-deadline (no runtime dependency) yet is neither read nor compiled at start.
 * Only `batch --column` and a quoted `register` CSV need the CSV parser.
 */
const LAZY_PACKAGES = ['csv-parse', 'csv-parse/sync'];
const lazyFile = (name) => `lazy/${name.replace(/[^a-z0-9.-]+/gi, '-')}.cjs`;

const lazyPackages = {
  name: 'lazy-packages',
  setup(context) {
    const filter = new RegExp(`^(${LAZY_PACKAGES.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
    context.onResolve({ filter }, (args) => {
      if (args.kind !== 'dynamic-import') {
        throw new Error(`${args.path} is bundled lazily (LAZY_PACKAGES): import it with import() only, from ${args.importer}`);
      }
      return { path: `./${lazyFile(args.path)}`, external: true };
    });
  },
};

const meta = new URL('dist/meta/', root);
mkdirSync(meta, { recursive: true });
const writeMeta = (name, result) => writeFileSync(new URL(`${name}.json`, meta), JSON.stringify(result.metafile, null, 2));

for (const name of LAZY_PACKAGES) {
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(name)};\n`, resolveDir: new URL('.', root).pathname, sourcefile: `lazy-${name}.js` },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    outfile: new URL(`dist/bin/${lazyFile(name)}`, root).pathname,
    metafile: true,
    logLevel: 'warning',
  });
  writeMeta(`bin-${lazyFile(name).slice('lazy/'.length, -'.cjs'.length)}`, result);
}

const cli = await build({
  stdin: {
    contents: "import { main } from './src/cli/run.ts';\nvoid main();\n",
    resolveDir: new URL('.', root).pathname,
    sourcefile: 'bin-entry.ts',
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  outfile: new URL('dist/bin/ofsted-deadline.cjs', root).pathname,
  plugins: [inlineVersion(), lazyChildProcess, noColourDetection, lazyPackages],
  // A lazy file is loaded with require(), not import(): no ES module loader at run time, and the
  // bin's code-cached vm.Script (bin/ofsted-deadline.js) needs no dynamic-import hook.
  supported: { 'dynamic-import': false },
  metafile: true,
  logLevel: 'warning',
});
writeMeta('bin', cli);

// The bundle ends with a hash of itself: the bin names its code caches by it, so two builds of
// the same size (an npm install gives every file the same date) never share a cache.
const bundlePath = new URL('dist/bin/ofsted-deadline.cjs', root);
const built = readFileSync(bundlePath, 'utf8');
const digest = createHash('sha256').update(built).digest('hex').slice(0, 32);
writeFileSync(bundlePath, `${built}//# ofsted-deadline-build=${digest}\n`);

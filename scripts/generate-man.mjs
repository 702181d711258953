#!/usr/bin/env node
// Writes man/ofsted-deadline.1 from the commander definitions (scripts/man/render-man.ts), so the
// man page says what --help says. Run `npm run man` after changing a command or option; a test
// fails while the committed page is stale. esbuild bundles the TypeScript on the fly.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** The bundle knows the version at build time, as the CLI bundle does (scripts/bundle-bin.mjs). */
const inlineVersion = {
  name: 'inline-version',
  setup(context) {
    context.onLoad({ filter: /[\\/]src[\\/]cli[\\/]version\.ts$/ }, () => ({
      contents: `export const VERSION: string = ${JSON.stringify(version)};`,
      loader: 'ts',
    }));
  },
};
const work = new URL('node_modules/.cache/ofsted-deadline-man', root).pathname;
mkdirSync(work, { recursive: true });
try {
  const bundle = join(work, 'render-man.mjs');
  await build({
    entryPoints: [new URL('scripts/man/render-man.ts', root).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'warning',
    plugins: [inlineVersion],
    // Packages (commander, chalk) stay imports, resolved from node_modules: CommonJS inside ESM breaks.
    packages: 'external',
  });
  const { renderManPage } = await import(pathToFileURL(bundle).href);
  mkdirSync(new URL('man', root), { recursive: true });
  const target = new URL('man/ofsted-deadline.1', root);
  writeFileSync(target, renderManPage());
  console.log(`wrote ${target.pathname}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

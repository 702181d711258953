// What the build scripts share: the package version inlined into a bundle, and running a
// build-time TypeScript module (scripts/holiday-tables, scripts/man) without compiling the project.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const root = new URL('..', import.meta.url);

/** The bundle knows the package version at build time instead of reading package.json at run time. */
export function inlineVersion() {
  const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  return {
    name: 'inline-version',
    setup(context) {
      context.onLoad({ filter: /[\\/]src[\\/]cli[\\/]version\.ts$/ }, () => ({
        contents: `export const VERSION: string = ${JSON.stringify(version)};`,
        loader: 'ts',
      }));
    },
  };
}

/**
 * Imports a TypeScript module of this repository, bundled by esbuild into node_modules/.cache (so
 * packages such as date-holidays resolve from the project's node_modules, left as imports), and
 * removes the bundle afterwards.
 */
export async function importTypeScript(path, name) {
  const work = new URL(`node_modules/.cache/ofsted-deadline-${name}`, root).pathname;
  mkdirSync(work, { recursive: true });
  const bundle = join(work, `${name}.mjs`);
  try {
    await build({
      entryPoints: [new URL(path, root).pathname],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      packages: 'external',
      plugins: [inlineVersion()],
      logLevel: 'warning',
    });
    return await import(pathToFileURL(bundle).href);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

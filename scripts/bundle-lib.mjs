#!/usr/bin/env node
// Bundles the library (src/index.ts) for both module systems, so that `import` and `require` of
// 'ofsted-deadline' load one file each and the package has no runtime dependencies:
//   dist/index.js    ES module        dist/index.d.ts   its declarations
//   dist/index.cjs   CommonJS         dist/index.d.cts  the same declarations, for `require`
// The declarations are one self-contained file (dts-bundle-generator), so the .d.cts can be a copy
// of the .d.ts: neither imports another file, so neither can resolve to the wrong module system.
// Each build's metafile goes to dist/meta/, read by scripts/third-party-notices.mjs and its test.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateDtsBundle } from 'dts-bundle-generator';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
const path = (relative) => fileURLToPath(new URL(relative, root));
mkdirSync(path('dist/meta'), { recursive: true });

for (const [format, outfile] of [
  ['esm', 'dist/index.js'],
  ['cjs', 'dist/index.cjs'],
]) {
  const result = await build({
    entryPoints: [path('src/index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format,
    outfile: path(outfile),
    // Readable output for a library: a user stepping into it in a debugger sees our code.
    minify: false,
    legalComments: 'inline',
    metafile: true,
    logLevel: 'warning',
  });
  writeFileSync(path(`dist/meta/lib-${format}.json`), JSON.stringify(result.metafile, null, 2));
}

const [declarations] = generateDtsBundle(
  [{ filePath: path('src/index.ts'), output: { noBanner: true, exportReferencedTypes: false } }],
  { preferredConfigPath: path('tsconfig.build.json') },
);
if (/^\s*(import|export .* from)\s/m.test(declarations)) {
  throw new Error('dist/index.d.ts must be self-contained, or dist/index.d.cts cannot be a copy of it');
}
writeFileSync(path('dist/index.d.ts'), declarations);
copyFileSync(path('dist/index.d.ts'), path('dist/index.d.cts'));

#!/usr/bin/env node
// Keeps the `prepare` script out of the packed package.json (npm's prepack and postpack hooks).
//
// `prepare` builds dist/ in a clone: `npm install` there, and npm's install from a git URL, need it.
// In the tarball it is worse than useless: dist/ is already built and scripts/ is not shipped, yet
// npm 11 lists `prepare` as an install script "not yet covered by allowScripts" when the tarball is
// installed, inviting users to allow a build that cannot run there. So `prepack` builds, then
// removes `prepare` from package.json while npm packs, and `postpack` puts the file back as it was.
//
//   node scripts/pack-manifest.mjs strip|restore
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const manifest = new URL('../package.json', import.meta.url);
const saved = new URL('../.package.json.prepack', import.meta.url);

const action = process.argv[2];
if (action === 'strip') {
  const text = readFileSync(manifest, 'utf8');
  const json = JSON.parse(text);
  if (json.scripts?.prepare !== undefined) {
    writeFileSync(saved, text);
    delete json.scripts.prepare;
    writeFileSync(manifest, `${JSON.stringify(json, null, 2)}\n`);
  }
} else if (action === 'restore') {
  if (existsSync(saved)) renameSync(saved, manifest);
} else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exit(2);
}

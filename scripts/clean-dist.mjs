#!/usr/bin/env node
// `npm run build` starts from an empty dist/: a module deleted or renamed in src/ must not live on
// as a stale file in dist/ (and so in the package, or in a test that imports it).
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

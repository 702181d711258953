#!/usr/bin/env node
// Writes man/ofsted-deadline.1 from the commander definitions (scripts/man/render-man.ts), so the
// man page says what --help says. Run `npm run man` after changing a command or option; a test
// fails while the committed page is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { importTypeScript, root } from './esbuild-helpers.mjs';

const { renderManPage } = await importTypeScript('scripts/man/render-man.ts', 'man');
mkdirSync(new URL('man', root), { recursive: true });
const target = new URL('man/ofsted-deadline.1', root);
writeFileSync(target, renderManPage());
console.log(`wrote ${target.pathname}`);

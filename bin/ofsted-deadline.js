#!/usr/bin/env node
// CommonJS (bin/package.json says so): it loads the single bundled file that `npm run build`
// writes, the fastest way for Node to start the CLI.
require('../dist/bin/ofsted-deadline.cjs');

#!/usr/bin/env node
'use strict';
// The CLI is compiled by `npm run build` (run by `prepare` on `npm ci`).
try {
  require.resolve('../dist/src/cli.js');
} catch {
  process.stderr.write('countersign: not built yet; run `npm run build` first\n');
  process.exit(1);
}
require('../dist/src/cli.js');

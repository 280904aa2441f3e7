'use strict';
// Jest runs tests in a vm context where `import()` of Node built-ins fails
// unless Node runs with --experimental-vm-modules. PGlite's CommonJS build
// imports built-ins (fs, zlib, …) dynamically; turn those into require().
const crypto = require('node:crypto');

const DYNAMIC_BUILTIN = /\bimport\(\s*(["'])((?:node:)?[a-z_/]+)\1\s*\)/g;

module.exports = {
  process(source) {
    // The bundle declares a local `require` of its own, so keep the module's one under another name.
    const code = source.replace(
      DYNAMIC_BUILTIN,
      (_, q, name) => `Promise.resolve(__jestRequire(${q}${name}${q}))`,
    );
    return { code: `var __jestRequire = require;${code}` };
  },
  getCacheKey(source, path) {
    return crypto.createHash('sha256').update('v2').update(path).update(source).digest('hex');
  },
};

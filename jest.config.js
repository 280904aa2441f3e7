/** @type {import('jest').Config} */
const common = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // content-disposition (used by the API docs' static files) ships ES modules only.
    'node_modules/content-disposition/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022' } },
    ],
    '@electric-sql/pglite/dist/.+\\.cjs$': '<rootDir>/test/setup/dynamic-import.transform.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/|@electric-sql/pglite/)'],
  setupFiles: ['<rootDir>/test/setup/env.ts'],
};

// The console's tests in a real browser run where Debian's Chromium is installed.
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const browser = require('node:fs').existsSync(CHROMIUM);
if (!browser) {
  console.error(`jest: no Chromium at ${CHROMIUM}: the browser tests (test/browser) are NOT run.`);
}

module.exports = {
  testTimeout: 60000,
  // Most suites wait on PostgreSQL, a child process or a browser: on a 2-core machine two
  // workers finish the run sooner than Jest's default of one (cores - 1).
  maxWorkers: Math.max(2, require('node:os').availableParallelism() - 1),
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
    ...(browser
      ? [
          {
            ...common,
            displayName: 'browser',
            testMatch: ['<rootDir>/test/browser/**/*.browser.ts'],
            globalSetup: '<rootDir>/test/browser/support/global-setup.ts',
            globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
          },
        ]
      : []),
  ],
};

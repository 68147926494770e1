const path = require('node:path');

// One jest run for the whole workspace. The global setup finds PostgreSQL, creates a fresh
// database for this run and starts a private nats-server; integration tests read both from env.
const projects = [
  'apps/gateway',
  'apps/catalog',
  'apps/cases',
  'apps/disclosure',
  'apps/notifications',
  'apps/e2e',
  'libs/contracts',
  'libs/domain/calendar',
  'libs/domain/case',
  'libs/domain/division',
  'libs/domain/identifiers',
  'libs/platform/nats',
  'libs/platform/telemetry',
  'libs/platform/config',
  'libs/platform/auth',
  'libs/platform/persistence',
  'libs/platform/personal-data',
  'libs/platform/events',
  'libs/platform/audit',
  'libs/platform/local-infra',
  'libs/testing',
  'tools/boundaries',
  'tools/realm',
  'tools/devstack',
  'tools/department-system',
];

/** @type {import('jest').Config} */
module.exports = {
  projects: projects.map((root) => ({
    ...require('./jest.preset.cjs'),
    displayName: root.split('/').pop(),
    rootDir: path.join(__dirname, root),
  })),
  // Integration tests start servers and wait out faults; a hung one still fails, just later.
  testTimeout: 30_000,
  // On a 2-core machine jest runs in band: a timer left by a client closed mid-reconnect would keep
  // the run (and CI) alive after every test has finished. Exit anyway; `--detectOpenHandles` finds them.
  forceExit: true,
  globalSetup: '<rootDir>/libs/testing/src/jest-global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/jest-global-teardown.ts',
};

// Module boundaries. `npm run lint` fails on any violation.
//   contracts  → nothing of ours, no framework (it is the wire, shared with outside systems)
//   domain/*   → contracts and other domain libs only; never platform, never a framework
//   platform/* → contracts, domain, other platform libs
//   testing    → any lib
//   apps/*     → libs only; never another app (apps/e2e starts every app, so it may)
const frameworks = '(^|/)node_modules/(@nestjs|@mikro-orm|nats|pg|fastify|@fastify|knex)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'contracts-are-standalone',
      comment:
        'libs/contracts is the wire contract: it imports no framework and no other workspace code.',
      severity: 'error',
      from: { path: '^libs/contracts/' },
      to: {
        pathNot: ['^libs/contracts/', '(^|/)node_modules/(@sinclair/typebox|uuid)/'],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'domain-is-pure',
      comment: 'libs/domain holds pure domain logic: no platform code, no framework, no app.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { path: ['^libs/platform/', '^libs/testing/', '^apps/', frameworks] },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'platform-not-testing',
      comment: 'Production libraries must not depend on the test harness.',
      severity: 'error',
      from: { path: '^libs/(platform|domain|contracts)/', pathNot: '/test/' },
      to: { path: '^libs/testing/' },
    },
    {
      name: 'apps-are-independent',
      comment:
        'An app reaches another app only over NATS, never by import (the e2e suite starts them all).',
      severity: 'error',
      from: { path: '^apps/([^/]+)/', pathNot: '^apps/e2e/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'libs-through-their-barrel',
      comment: 'Import a library by its package name (@gov/...), which exposes only src/index.ts.',
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: '^libs/.+/src/', pathNot: '^libs/.+/src/index\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|coverage)/' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    tsConfig: { fileName: require('node:path').join(__dirname, 'tsconfig.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['@gov/source', 'require', 'import', 'node', 'default'],
      extensions: ['.ts', '.js', '.cjs', '.mjs', '.json'],
      mainFields: ['main', 'types'],
    },
  },
};

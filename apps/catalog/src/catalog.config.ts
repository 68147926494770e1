import {
  eventStreamFragment,
  loadConfig,
  natsServiceFragment,
  outboxRelayFragment,
  postgresFragment,
} from '@gov/config';

export const catalogConfigFragment = {
  ...postgresFragment,
  ...natsServiceFragment('catalog'),
  ...eventStreamFragment,
  ...outboxRelayFragment,
  seedSampleData: {
    name: 'CATALOG_SEED_SAMPLE_DATA',
    description: 'Seed the sample province from deploy/seed/ at start (true/false)',
    defaultValue: 'true',
    parse: (raw: string): boolean => {
      if (raw !== 'true' && raw !== 'false') throw new Error('expected true or false');
      return raw === 'true';
    },
  },
} as const;

export type CatalogConfig = ReturnType<typeof loadCatalogConfig>;

export function loadCatalogConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(catalogConfigFragment, env);
}

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
  itemCodePattern: {
    name: 'CATALOG_ITEM_CODE_PATTERN',
    description:
      "The province's scheme for base item codes, a regular expression (default: 2-letter type + 5-digit main item + 3-digit sub-item)",
    defaultValue: '^[A-Z]{2}\\d{5}\\d{3}$',
    parse: (raw: string): RegExp => {
      if (!raw.startsWith('^') || !raw.endsWith('$')) {
        throw new Error('expected a regular expression anchored with ^ and $');
      }
      const pattern = new RegExp(raw, 'u');
      if (pattern.test('')) throw new Error('the pattern must not accept an empty code');
      return pattern;
    },
  },
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

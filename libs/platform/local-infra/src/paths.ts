import { join, resolve } from 'node:path';

/** The repository checkout: this file sits in libs/platform/local-infra/{src,dist}/. */
export const REPO_ROOT = resolve(__dirname, '../../../..');

/** Where `npm start` keeps its data: GOV_DATA_DIR, else `<repo>/.data`. */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env['GOV_DATA_DIR'];
  return configured ? resolve(configured) : join(REPO_ROOT, '.data');
}

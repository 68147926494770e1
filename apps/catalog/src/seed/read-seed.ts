import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Reads a file of the shared seed source `deploy/seed/`, found by walking up from this file so
 * it works from the TypeScript sources and from compiled output alike.
 */
export function readSeed<T>(fileName: string): T {
  let directory = __dirname;
  for (;;) {
    const candidate = join(directory, 'deploy', 'seed', fileName);
    if (existsSync(candidate)) return JSON.parse(readFileSync(candidate, 'utf8')) as T;
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`Seed file deploy/seed/${fileName} not found`);
    directory = parent;
  }
}

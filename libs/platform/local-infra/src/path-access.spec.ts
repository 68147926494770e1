import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DependencyError } from './dependency-error';
import { assertReachable } from './embedded-postgres';
import { firstUnreachableDirectory, type Identity } from './path-access';

// A user that owns nothing here, like the `postgres` user embedded-postgres creates as root.
const stranger: Identity = { name: 'postgres', uid: 2_147_480_000, gids: [2_147_480_000] };

describe('reaching the embedded PostgreSQL data as another user', () => {
  const root = mkdtempSync(join(tmpdir(), 'gov-path-access-'));
  const home = join(root, 'home');
  const dataDir = join(home, 'checkout', '.data', 'postgres');

  beforeAll(() => mkdirSync(dataDir, { recursive: true }));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds the private directory on the way, like a home directory of mode 700', () => {
    chmodSync(root, 0o755);
    chmodSync(home, 0o700);
    expect(firstUnreachableDirectory(dataDir, stranger)).toEqual({
      directory: home,
      mode: '700',
      target: dataDir,
    });
  });

  it('explains which directory to open, or where to move the checkout', () => {
    chmodSync(root, 0o755);
    chmodSync(home, 0o700);
    const check = () => assertReachable(dataDir, stranger);
    expect(check).toThrow(DependencyError);
    expect(check).toThrow(`cannot enter ${home} (mode 700)`);
    expect(check).toThrow(`chmod o+x ${home}`);
    expect(check).toThrow('(or GOV_DATA_DIR)');
  });

  it('lets the user through a directory it may only search (o+x)', () => {
    chmodSync(root, 0o755);
    chmodSync(home, 0o711);
    expect(firstUnreachableDirectory(dataDir, stranger)).toBeUndefined();
  });

  it('lets the owner of a private directory in', () => {
    chmodSync(home, 0o700);
    const owner: Identity = { name: 'me', uid: process.getuid!(), gids: [] };
    expect(firstUnreachableDirectory(dataDir, owner)).toBeUndefined();
  });

  it('stops at the first directory that does not exist yet: its creator decides', () => {
    chmodSync(home, 0o711);
    expect(firstUnreachableDirectory(join(dataDir, 'not', 'yet'), stranger)).toBeUndefined();
  });
});

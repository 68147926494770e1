import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../..');

/** Runs the repository's dependency-cruiser rules over the fixture tree and returns its report. */
function cruiseFixtures(): { status: number | null; report: string } {
  const result = spawnSync(
    process.execPath,
    [
      join(repoRoot, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      'apps',
      'libs',
      '--config',
      join(repoRoot, '.dependency-cruiser.cjs'),
      '--output-type',
      'err',
    ],
    { cwd: join(__dirname, 'fixtures'), encoding: 'utf8' },
  );
  return { status: result.status, report: result.stdout + result.stderr };
}

describe('module boundary rules', () => {
  const { status, report } = cruiseFixtures();

  it('fail the lint when any forbidden import is present', () => {
    expect(status).not.toBe(0);
  });

  it('forbid the contracts library from importing a framework', () => {
    expect(report).toMatch(
      /contracts-are-standalone: libs\/contracts\/src\/index\.ts → .*@nestjs\/common/,
    );
  });

  it('forbid one app from importing another', () => {
    expect(report).toMatch(
      /apps-are-independent: apps\/alpha\/src\/main\.ts → apps\/beta\/src\/beta\.ts/,
    );
  });

  it('forbid domain code from importing the ORM', () => {
    expect(report).toMatch(
      /domain-is-pure: libs\/domain\/pure\/src\/index\.ts → .*@mikro-orm\/core/,
    );
  });
});

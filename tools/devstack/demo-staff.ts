import { decodeJwt } from 'jose';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seed users who handle the demonstration cases of 上城区. */
const DEMO_STAFF = ['sc-clerk', 'sc-approver'] as const;

/**
 * CASES_DEMO_SEED for the cases service: the subjects (`sub`) the realm gives the demonstration
 * clerk and approver, so that the seeded cases are theirs — the clerk is told of their warnings
 * and sees them after signing in. Asked of the realm itself, as any client signs in.
 */
export async function demoSeedSetting(repoRoot: string, issuer: string): Promise<string> {
  const { devPassword } = JSON.parse(
    readFileSync(join(repoRoot, 'deploy/seed/users.json'), 'utf8'),
  ) as { devPassword: string };
  const subjects = await Promise.all(
    DEMO_STAFF.map(async (username) => {
      const response = await fetch(`${issuer}/protocol/openid-connect/token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'password',
          client_id: 'gov-cli',
          username,
          password: devPassword,
        }),
      });
      const body = (await response.json()) as { access_token?: string };
      if (!body.access_token) throw new Error(`The realm gave no token for ${username}`);
      return decodeJwt(body.access_token).sub;
    }),
  );
  return subjects.join(',');
}

import { testInfrastructure } from '@gov/testing';
import { generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { readFileSync } from 'node:fs';
import { userToken } from '@gov/testing';
import { Suite } from './support/suite';

/**
 * Tokens signed with the embedded realm's own key but wrong in exactly one way, so each row of the
 * table is refused for its own reason and not merely for a bad signature.
 */
async function forged(change: {
  claims?: Record<string, unknown>;
  issuer?: string;
  audience?: string;
  expiresIn?: string | null;
}) {
  const { oidcIssuer, realmKeyFile } = testInfrastructure();
  const jwk = JSON.parse(readFileSync(realmKeyFile, 'utf8')) as JWK & { kid: string };
  const key = await importJWK(jwk, 'RS256');
  const token = new SignJWT({
    typ: 'Bearer',
    azp: 'gov-cli',
    preferred_username: 'sc-clerk',
    realm_access: { roles: ['clerk'] },
    division: '330102000000',
    ...change.claims,
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: jwk.kid })
    .setSubject('469aa2ef-e545-481f-a997-1c6e8ceb4e16')
    .setIssuer(change.issuer ?? oidcIssuer)
    .setAudience(change.audience ?? 'gateway')
    .setIssuedAt();
  if (change.expiresIn !== null) token.setExpirationTime(change.expiresIn ?? '5m');
  return token.sign(key);
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('tokens at the gateway', () => {
  let suite: Suite;

  beforeAll(async () => {
    suite = await Suite.start([]);
  });
  afterAll(() => suite.stop());

  const me = (authorization?: string) =>
    suite.get('/api/v1/me', authorization === undefined ? {} : { authorization });

  it("answers /api/v1/me with the caller's principal from a realm token", async () => {
    const response = await me(`Bearer ${await userToken('sc-approver')}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      username: 'sc-approver',
      clientId: 'gov-cli',
      roles: ['approver'],
      division: '330102000000',
      department: '11330102002528004D',
    });
  });

  it('answers 401 with a Bearer challenge when there is no token', async () => {
    const response = await fetch(`${suite.baseUrl}/api/v1/me`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="gov"');
    expect(await response.json()).toMatchObject({ code: 'AUTH.TOKEN_MISSING' });
  });

  const invalid: [string, () => Promise<string>][] = [
    ['a malformed header', () => Promise.resolve('Bearer not-a-jwt')],
    ['another scheme', async () => `Basic ${await userToken('sc-clerk')}`],
    [
      'a bad signature',
      async () => {
        const [header, payload] = (await userToken('sc-clerk')).split('.');
        return `Bearer ${header}.${payload}.${Buffer.from('forged').toString('base64url')}`;
      },
    ],
    [
      'alg none',
      async () => {
        const payload = (await userToken('sc-clerk')).split('.')[1];
        return `Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${payload}.`;
      },
    ],
    [
      'HS256 signed with the public key',
      async () => {
        const { oidcIssuer } = testInfrastructure();
        const certs = (await (
          await fetch(`${oidcIssuer}/protocol/openid-connect/certs`)
        ).json()) as {
          keys: JWK[];
        };
        const secret = new TextEncoder().encode(JSON.stringify(certs.keys[0]));
        const token = await new SignJWT({ realm_access: { roles: ['clerk'] } })
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuer(oidcIssuer)
          .setAudience('gateway')
          .setSubject('x')
          .setExpirationTime('5m')
          .sign(secret);
        return `Bearer ${token}`;
      },
    ],
    [
      'another issuer',
      async () => `Bearer ${await forged({ issuer: 'http://127.0.0.1:1/realms/other' })}`,
    ],
    ['an expired token', async () => `Bearer ${await forged({ expiresIn: '-1m' })}`],
    ['no exp', async () => `Bearer ${await forged({ expiresIn: null })}`],
    [
      'nbf in the future',
      async () =>
        `Bearer ${await forged({ claims: { nbf: Math.floor(Date.now() / 1000) + 3600 } })}`,
    ],
    ['the wrong audience', async () => `Bearer ${await forged({ audience: 'account' })}`],
    [
      'a key the realm never published',
      async () => {
        const { privateKey } = await generateKeyPair('RS256');
        const token = await new SignJWT({ realm_access: { roles: ['clerk'] } })
          .setProtectedHeader({ alg: 'RS256', kid: 'unknown' })
          .setIssuer(testInfrastructure().oidcIssuer)
          .setAudience('gateway')
          .setSubject('x')
          .setExpirationTime('5m')
          .sign(privateKey);
        return `Bearer ${token}`;
      },
    ],
  ];

  it.each(invalid)(
    'answers 401 invalid_token for %s, without saying why',
    async (_name, header) => {
      const response = await fetch(`${suite.baseUrl}/api/v1/me`, {
        headers: { authorization: await header() },
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe(
        'Bearer realm="gov", error="invalid_token"',
      );
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ code: 'AUTH.TOKEN_INVALID', status: 401 });
      expect(body['details']).toBeUndefined();
    },
  );

  it('accepts a token forged only in the test kit when nothing is wrong with it (the kit is sound)', async () => {
    expect((await me(`Bearer ${await forged({})}`)).status).toBe(200);
  });

  it('answers 403 to a valid token whose role is not admitted', async () => {
    const response = await suite.get(
      '/api/v1/ops/catalog/parked-events',
      await suite.as('citizen-zhang'),
    );
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'AUTH.ROLE_NOT_ADMITTED' });
  });

  it('keeps public routes open without a token', async () => {
    expect((await suite.get('/health')).status).toBe(503); // no services: down, but answered
  });
});

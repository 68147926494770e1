import { GovError } from '@gov/contracts';
import { testInfrastructure } from '@gov/testing';
import { importJWK, type JWK, SignJWT } from 'jose';
import { readFileSync } from 'node:fs';
import { TokenVerifier } from '../src';

/** A token of the test run's realm (signed with its key), valid for `seconds` from now. */
async function tokenValidFor(seconds: number): Promise<{ token: string; exp: number }> {
  const { oidcIssuer, realmKeyFile } = testInfrastructure();
  const jwk = JSON.parse(readFileSync(realmKeyFile, 'utf8')) as JWK & { kid: string };
  const exp = Math.floor(Date.now() / 1000) + seconds;
  const token = await new SignJWT({
    typ: 'Bearer',
    azp: 'gov-cli',
    preferred_username: 'sc-clerk',
    realm_access: { roles: ['clerk'] },
    division: '330102000000',
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: jwk.kid })
    .setSubject('469aa2ef-e545-481f-a997-1c6e8ceb4e16')
    .setIssuer(oidcIssuer)
    .setAudience('gateway')
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(await importJWK(jwk, 'RS256'));
  return { token, exp };
}

describe('a token verified once', () => {
  const verifier = () =>
    new TokenVerifier({ issuer: testInfrastructure().oidcIssuer, audience: 'gateway' });

  // Only the clock is faked, so the realm's keys are still fetched over real HTTP.
  beforeEach(() =>
    jest.useFakeTimers({
      doNotFake: [
        'setTimeout',
        'clearTimeout',
        'nextTick',
        'setImmediate',
        'queueMicrotask',
        'setInterval',
        'clearInterval',
        'performance',
        'hrtime',
      ],
      now: Date.now(),
    }),
  );
  afterEach(() => jest.useRealTimers());

  it('is accepted again while it lasts, with the same principal', async () => {
    const tokens = verifier();
    const { token } = await tokenValidFor(60);

    const first = await tokens.verify(token);
    jest.setSystemTime(Date.now() + 30_000);
    const again = await tokens.verify(token);

    expect(again).toEqual(first);
    expect(again.username).toBe('sc-clerk');
  });

  it('is refused once it has expired (past the clock tolerance), though it was accepted before', async () => {
    const tokens = verifier();
    const { token, exp } = await tokenValidFor(60);
    await tokens.verify(token);

    jest.setSystemTime((exp + 6) * 1000);

    await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'AUTH.TOKEN_INVALID' });
    await expect(tokens.verify(token)).rejects.toBeInstanceOf(GovError);
  });

  it('does not make a token with a changed signature acceptable', async () => {
    const tokens = verifier();
    const { token } = await tokenValidFor(60);
    await tokens.verify(token);
    const [header, payload] = token.split('.');

    const tampered = `${header}.${payload}.${Buffer.from('forged').toString('base64url')}`;

    await expect(tokens.verify(tampered)).rejects.toMatchObject({ code: 'AUTH.TOKEN_INVALID' });
  });
});

import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startEmbeddedRealm, type EmbeddedRealm } from '../src';

// keycloak-connect is the reference Keycloak client: unmodified, it must accept these tokens.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Keycloak = require('keycloak-connect') as new (
  stores: object,
  config: object,
) => {
  grantManager: {
    createGrant(token: { access_token: string }): Promise<{
      access_token: { hasRealmRole(role: string): boolean; content: Record<string, unknown> };
    }>;
  };
};

describe('the embedded realm', () => {
  const directory = mkdtempSync(join(tmpdir(), 'gov-realm-'));
  const keyFile = join(directory, 'realm-signing-key.json');
  let realm: EmbeddedRealm;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    realm = await startEmbeddedRealm({ port, keyFile });
  });
  afterAll(async () => {
    await realm.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  const tokenEndpoint = () => `${realm.issuer}/protocol/openid-connect/token`;

  async function passwordToken(username: string, password = 'gov-dev-2026'): Promise<Response> {
    return fetch(tokenEndpoint(), {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: 'gov-cli',
        username,
        password,
      }),
    });
  }

  async function verify(token: string) {
    const jwks = createRemoteJWKSet(new URL(`${realm.issuer}/protocol/openid-connect/certs`));
    return jwtVerify(token, jwks, {
      issuer: realm.issuer,
      audience: 'gateway',
      algorithms: ['RS256'],
    });
  }

  it("answers Keycloak's discovery document at Keycloak's routes", async () => {
    const discovery = (await (
      await fetch(`${realm.issuer}/.well-known/openid-configuration`)
    ).json()) as Record<string, string>;
    expect(discovery).toMatchObject({
      issuer: `http://127.0.0.1:${port}/realms/gov`,
      token_endpoint: `${realm.issuer}/protocol/openid-connect/token`,
      jwks_uri: `${realm.issuer}/protocol/openid-connect/certs`,
      authorization_endpoint: `${realm.issuer}/protocol/openid-connect/auth`,
      end_session_endpoint: `${realm.issuer}/protocol/openid-connect/logout`,
    });
  });

  it("issues a user an RS256 JWT with Keycloak's claims and the division and department mappers", async () => {
    const response = await passwordToken('sc-approver');
    expect(response.status).toBe(200);
    const { access_token: token } = (await response.json()) as { access_token: string };
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    const { payload } = await verify(token);
    expect(payload).toMatchObject({
      typ: 'Bearer',
      azp: 'gov-cli',
      aud: 'gateway',
      preferred_username: 'sc-approver',
      realm_access: { roles: ['approver'] },
      division: '330102000000',
      department: '11330102002528004D',
    });
    expect(payload.exp).toBeGreaterThan(Date.now() / 1000);
  });

  it('refuses a wrong password', async () => {
    const response = await passwordToken('sc-approver', 'guess');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('issues a service account a token by client credentials, with its roles', async () => {
    const response = await fetch(tokenEndpoint(), {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from('dept-market-regulation:dev-secret-dept-market-regulation').toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    const { access_token: token } = (await response.json()) as { access_token: string };
    const { payload } = await verify(token);
    expect(payload).toMatchObject({
      azp: 'dept-market-regulation',
      realm_access: { roles: ['integration'] },
      division: '330000000000',
    });
  });

  it('is accepted by an unmodified keycloak-connect, which reads the realm roles', async () => {
    const { access_token: token } = (await (await passwordToken('hz-supervisor')).json()) as {
      access_token: string;
    };
    const keycloak = new Keycloak(
      {},
      {
        realm: 'gov',
        'auth-server-url': `http://127.0.0.1:${port}/`,
        resource: 'gateway',
        'bearer-only': true,
        'ssl-required': 'none',
        'confidential-port': 0,
      },
    );
    const grant = await keycloak.grantManager.createGrant({ access_token: token });
    expect(grant.access_token.hasRealmRole('supervisor')).toBe(true);
    expect(grant.access_token.hasRealmRole('approver')).toBe(false);
  });

  it('keeps its signing key across restarts, so the kid is stable', async () => {
    const kid = (JSON.parse(readFileSync(keyFile, 'utf8')) as { kid: string }).kid;
    await realm.stop();
    realm = await startEmbeddedRealm({ port, keyFile });
    const { access_token: token } = (await (await passwordToken('sc-clerk')).json()) as {
      access_token: string;
    };
    expect(decodeProtectedHeader(token).kid).toBe(kid);
  });
});

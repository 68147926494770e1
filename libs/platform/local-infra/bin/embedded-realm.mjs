// The embedded identity realm for development and tests: oidc-provider (ESM-only, hence its own
// process) behind Keycloak's routes on http://127.0.0.1:<port>/realms/gov, reading clients, roles,
// users and mappers from Keycloak's realm export. Issues RS256 JWT access tokens with Keycloak's
// claims: the password grant for users (direct access grants), client credentials for service
// accounts. Usage: node embedded-realm.mjs <realm-file> <key-file> <port>
// Prints `{"ready":true,"issuer":...}` when it answers; stops on SIGTERM or when stdin closes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import Provider, { errors } from 'oidc-provider';

const [realmFile, keyFile, portArg] = process.argv.slice(2);
const port = Number(portArg);
const realm = JSON.parse(readFileSync(realmFile, 'utf8'));
const prefix = `/realms/${realm.realm}`;
const issuer = `http://127.0.0.1:${port}${prefix}`;
// Resource indicators must be absolute URIs; the token's audience is Keycloak's client id `gateway`.
const RESOURCE = 'urn:gov:resource:gateway';
const AUDIENCE = 'gateway';

/** Keycloak's `sub` is the user's id, a UUID: derive a stable one from the username. */
const userId = (username) => {
  const hex = createHash('sha256').update(`${realm.realm}/${username}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
const users = realm.users.map((user) => ({ ...user, id: userId(user.username) }));
const usersById = new Map(users.map((user) => [user.id, user]));
const people = new Map(
  users.filter((user) => !user.serviceAccountClientId).map((user) => [user.username, user]),
);
const serviceAccountOf = new Map(
  users
    .filter((user) => user.serviceAccountClientId)
    .map((user) => [user.serviceAccountClientId, user]),
);
const realmClients = new Map(realm.clients.map((client) => [client.clientId, client]));

async function signingKey() {
  if (existsSync(keyFile)) return JSON.parse(readFileSync(keyFile, 'utf8'));
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  const key = { ...jwk, alg: 'RS256', use: 'sig', kid: await calculateJwkThumbprint(jwk) };
  mkdirSync(dirname(keyFile), { recursive: true });
  writeFileSync(keyFile, JSON.stringify(key), { mode: 0o600 });
  return key;
}

function oidcClients() {
  return realm.clients
    .filter((client) => client.enabled !== false && !client.bearerOnly)
    .map((client) => {
      if (client.serviceAccountsEnabled) {
        return {
          client_id: client.clientId,
          client_secret: client.secret,
          grant_types: ['client_credentials'],
          response_types: [],
          redirect_uris: [],
          token_endpoint_auth_method: 'client_secret_basic',
        };
      }
      if (client.directAccessGrantsEnabled) {
        return {
          client_id: client.clientId,
          grant_types: ['password'],
          response_types: [],
          redirect_uris: [],
          token_endpoint_auth_method: 'none',
        };
      }
      return {
        client_id: client.clientId,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        // oidc-provider needs exact redirect URIs where Keycloak allows a trailing wildcard.
        redirect_uris: (client.redirectUris ?? []).map((uri) => uri.replace(/\*$/, '')),
        token_endpoint_auth_method: 'none',
      };
    });
}

/** The claims Keycloak puts into an access token, from the realm's users and mappers. */
function keycloakClaims(user, clientId) {
  const client = realmClients.get(clientId);
  const mapped = new Set(
    (client?.protocolMappers ?? []).map((mapper) => mapper.config?.['claim.name']).filter(Boolean),
  );
  const attribute = (name) => (mapped.has(name) ? user.attributes?.[name]?.[0] : undefined);
  return {
    typ: 'Bearer',
    azp: clientId,
    preferred_username: user.username,
    ...(user.email ? { email: user.email, email_verified: true } : {}),
    ...(user.firstName
      ? {
          name: `${user.lastName ?? ''}${user.firstName}`,
          given_name: user.firstName,
          family_name: user.lastName,
        }
      : {}),
    realm_access: { roles: user.realmRoles ?? [] },
    resource_access: {},
    ...(attribute('division') ? { division: attribute('division') } : {}),
    ...(attribute('department') ? { department: attribute('department') } : {}),
    ...(attribute('resident_id') ? { resident_id: attribute('resident_id') } : {}),
  };
}

const provider = new Provider(issuer, {
  clients: oidcClients(),
  jwks: { keys: [await signingKey()] },
  findAccount: (_ctx, id) => {
    const user = usersById.get(id);
    return (
      user && { accountId: id, claims: () => ({ sub: id, preferred_username: user.username }) }
    );
  },
  routes: {
    authorization: '/protocol/openid-connect/auth',
    token: '/protocol/openid-connect/token',
    jwks: '/protocol/openid-connect/certs',
    end_session: '/protocol/openid-connect/logout',
    userinfo: '/protocol/openid-connect/userinfo',
    revocation: '/protocol/openid-connect/revoke',
    introspection: '/protocol/openid-connect/token/introspect',
  },
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: true },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'openid profile email',
        audience: AUDIENCE,
        accessTokenTTL: realm.accessTokenLifespan ?? 300,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  ttl: {
    AccessToken: () => realm.accessTokenLifespan ?? 300,
    ClientCredentials: () => realm.accessTokenLifespan ?? 300,
  },
  extraTokenClaims: (_ctx, token) => {
    const user = token.accountId
      ? usersById.get(token.accountId)
      : serviceAccountOf.get(token.clientId);
    return user ? keycloakClaims(user, token.clientId) : { typ: 'Bearer', azp: token.clientId };
  },
  formats: {
    customizers: {
      jwt: (_ctx, _token, jwt) => {
        jwt.header = { ...jwt.header, typ: 'JWT' };
        return jwt;
      },
    },
  },
});

/** Keycloak's direct access grant: a user's name and password for a token, at a public client. */
provider.registerGrantType(
  'password',
  async (ctx, next) => {
    const { client, params } = ctx.oidc;
    if (!realmClients.get(client.clientId)?.directAccessGrantsEnabled) {
      throw new errors.UnauthorizedClient('direct access grants are not enabled for this client');
    }
    const user = people.get(params.username);
    const password = user?.credentials?.find((credential) => credential.type === 'password')?.value;
    if (!user || user.enabled === false || password === undefined || password !== params.password) {
      throw new errors.InvalidGrant('Invalid user credentials');
    }
    const { AccessToken, Grant, ResourceServer } = ctx.oidc.provider;
    const grant = new Grant({ accountId: user.id, clientId: client.clientId });
    grant.addOIDCScope('openid profile email');
    grant.addResourceScope(RESOURCE, 'openid profile email');
    const grantId = await grant.save();
    const token = new AccessToken({
      accountId: user.id,
      client,
      grantId,
      scope: 'openid profile email',
      resourceServer: new ResourceServer(RESOURCE, {
        scope: 'openid profile email',
        audience: AUDIENCE,
        accessTokenTTL: realm.accessTokenLifespan ?? 300,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'RS256' } },
      }),
    });
    ctx.body = {
      access_token: await token.save(),
      expires_in: token.expiration,
      token_type: 'Bearer',
      scope: token.scope,
    };
    await next();
  },
  new Set(['username', 'password', 'scope']),
);

const callback = provider.callback();
const server = createServer((request, response) => {
  if (!request.url.startsWith(prefix)) {
    response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
    return;
  }
  request.originalUrl = request.url;
  request.url = request.url.slice(prefix.length) || '/';
  callback(request, response);
});
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ ready: true, issuer })}\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();

import { ROLES } from '@gov/contracts';
import { type Seed, type SeedServiceAccount, type SeedUser } from './seed';

/**
 * The development realm `gov` in Keycloak's realm-export format, built from the seed source so a
 * user's `division` and `department` always exist in the catalogue. `kc.sh import` reads it; the
 * embedded realm reads it too.
 */
export function buildRealm(seed: Seed): Record<string, unknown> {
  return {
    realm: 'gov',
    displayName: '政务服务中心',
    enabled: true,
    sslRequired: 'external',
    accessTokenLifespan: 300,
    roles: {
      realm: Object.entries(ROLES).map(([name, description]) => ({ name, description })),
    },
    clients: [
      {
        clientId: 'gateway',
        name: 'API gateway (resource server)',
        enabled: true,
        bearerOnly: true,
        protocol: 'openid-connect',
      },
      {
        clientId: 'gov-cli',
        name: 'Scripts and tests',
        enabled: true,
        publicClient: true,
        standardFlowEnabled: false,
        directAccessGrantsEnabled: true,
        protocol: 'openid-connect',
        protocolMappers: govMappers(),
      },
      {
        clientId: 'gov-web',
        name: 'Browser front ends',
        enabled: true,
        publicClient: true,
        standardFlowEnabled: true,
        directAccessGrantsEnabled: false,
        redirectUris: ['http://127.0.0.1:5173/*', 'http://localhost:5173/*'],
        webOrigins: ['+'],
        attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': '+' },
        protocol: 'openid-connect',
        protocolMappers: govMappers(),
      },
      ...seed.serviceAccounts.map(serviceAccountClient),
    ],
    users: [
      ...seed.users.map((user) => realmUser(user, seed.devPassword)),
      ...seed.serviceAccounts.map(serviceAccountUser),
    ],
    components: {
      'org.keycloak.userprofile.UserProfileProvider': [
        {
          providerId: 'declarative-user-profile',
          subComponents: {},
          config: { 'kc.user.profile.config': [JSON.stringify(userProfile())] },
        },
      ],
    },
  };
}

/** The dev-only secret of a confidential client. */
export function devClientSecret(clientId: string): string {
  return `dev-secret-${clientId}`;
}

function serviceAccountClient(account: SeedServiceAccount) {
  return {
    clientId: account.clientId,
    name: account.name,
    enabled: true,
    publicClient: false,
    clientAuthenticatorType: 'client-secret',
    secret: devClientSecret(account.clientId),
    serviceAccountsEnabled: true,
    standardFlowEnabled: false,
    directAccessGrantsEnabled: false,
    protocol: 'openid-connect',
    protocolMappers: govMappers(),
  };
}

function realmUser(user: SeedUser, password: string) {
  return {
    username: user.username,
    enabled: true,
    email: user.email,
    emailVerified: true,
    firstName: user.firstName,
    lastName: user.lastName,
    attributes: attributes(user),
    credentials: [{ type: 'password', value: password, temporary: false }],
    realmRoles: [...user.roles],
  };
}

function serviceAccountUser(account: SeedServiceAccount) {
  return {
    username: `service-account-${account.clientId}`,
    enabled: true,
    serviceAccountClientId: account.clientId,
    attributes: attributes(account),
    realmRoles: [...account.roles],
  };
}

function attributes(holder: {
  division: string;
  department?: string;
  residentId?: string;
}): Record<string, string[]> {
  return {
    division: [holder.division],
    ...(holder.department === undefined ? {} : { department: [holder.department] }),
    ...(holder.residentId === undefined ? {} : { resident_id: [holder.residentId] }),
  };
}

/**
 * Mappers putting `division`, `department`, a citizen's verified `resident_id` (it links the cases
 * entered for them at a window) and the audience `gateway` into access tokens.
 */
function govMappers() {
  const attribute = (name: string) => ({
    name,
    protocol: 'openid-connect',
    protocolMapper: 'oidc-usermodel-attribute-mapper',
    consentRequired: false,
    config: {
      'user.attribute': name,
      'claim.name': name,
      'jsonType.label': 'String',
      'access.token.claim': 'true',
      'id.token.claim': 'true',
      'userinfo.token.claim': 'true',
    },
  });
  return [
    attribute('division'),
    attribute('department'),
    attribute('resident_id'),
    {
      name: 'audience-gateway',
      protocol: 'openid-connect',
      protocolMapper: 'oidc-audience-mapper',
      consentRequired: false,
      config: {
        'included.client.audience': 'gateway',
        'access.token.claim': 'true',
        'id.token.claim': 'false',
      },
    },
  ];
}

/** The declarative user profile: the standard attributes plus `division` and `department`, editable by admins only. */
function userProfile() {
  const adminOnly = { view: ['admin', 'user'], edit: ['admin'] };
  const selfEditable = { view: ['admin', 'user'], edit: ['admin', 'user'] };
  return {
    attributes: [
      {
        name: 'username',
        displayName: '${username}',
        permissions: { view: ['admin', 'user'], edit: ['admin'] },
        validations: { length: { min: 3, max: 255 } },
      },
      {
        name: 'email',
        displayName: '${email}',
        permissions: selfEditable,
        validations: { email: {}, length: { max: 255 } },
      },
      {
        name: 'firstName',
        displayName: '${firstName}',
        permissions: selfEditable,
        validations: { length: { max: 255 } },
      },
      {
        name: 'lastName',
        displayName: '${lastName}',
        permissions: selfEditable,
        validations: { length: { max: 255 } },
      },
      {
        name: 'division',
        displayName: '行政区划代码',
        permissions: adminOnly,
        validations: {
          pattern: { pattern: '^[0-9]{12}$', 'error-message': '行政区划代码应为 12 位数字' },
        },
      },
      {
        name: 'resident_id',
        displayName: '居民身份证号码（实名认证）',
        permissions: adminOnly,
        validations: {
          pattern: {
            pattern: '^[0-9]{17}[0-9X]$',
            'error-message': '居民身份证号码应为 18 位',
          },
        },
      },
      {
        name: 'department',
        displayName: '所属部门统一社会信用代码',
        permissions: adminOnly,
        validations: {
          pattern: {
            pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$',
            'error-message': '统一社会信用代码应为 18 位',
          },
        },
      },
    ],
    groups: [],
  };
}

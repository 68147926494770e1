import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface SeedUsers {
  readonly devPassword: string;
  readonly users: readonly { username: string; roles: readonly string[]; division: string }[];
}

/** The development realm's users (from deploy/seed/users.json) and a curl that uses one of them. */
export function testUsersLines(repoRoot: string, issuer: string, gateway: string): string[] {
  const seed = JSON.parse(
    readFileSync(join(repoRoot, 'deploy/seed/users.json'), 'utf8'),
  ) as SeedUsers;
  const users = seed.users.map(
    (user) =>
      `               ${user.username.padEnd(20)} ${user.roles.join(',').padEnd(17)} ${user.division}`,
  );
  return [
    `   Identity    ${issuer}  (embedded realm; deploy/keycloak/realm-gov.json)`,
    `   Test users  password ${seed.devPassword} (development realm only):`,
    ...users,
    '   Token       TOKEN=$(curl -s -d grant_type=password -d client_id=gov-cli -d username=sc-clerk \\',
    `                 -d password=${seed.devPassword} ${issuer}/protocol/openid-connect/token \\`,
    `                 | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')`,
    `               curl -H "Authorization: Bearer $TOKEN" ${gateway}/api/v1/me`,
  ];
}

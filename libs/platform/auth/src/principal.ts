import { type Role, ROLE_NAMES } from '@gov/contracts';

/** Who is calling, as the suite sees it after verifying the token. */
export interface Principal {
  /** The token's `sub`: the user's id, or the service account's. */
  readonly subject: string;
  readonly username: string;
  /** The client that obtained the token (`azp`). */
  readonly clientId: string;
  /** The suite's realm roles the token carries; unknown roles are ignored. */
  readonly roles: readonly Role[];
  /** The 12-digit division the caller acts in. */
  readonly division: string | null;
  /** The unified social credit code of the caller's department. */
  readonly department: string | null;
  /**
   * A citizen's resident ID as the identity provider verified it (实名认证, claim `resident_id`),
   * so the cases a clerk entered for them are theirs too. Personal data: never logged or shown.
   */
  readonly residentId: string | null;
}

/** The principal carried by verified token claims (Keycloak's claim names). */
export function principalFromClaims(claims: Record<string, unknown>): Principal {
  const realmAccess = claims['realm_access'] as { roles?: unknown } | undefined;
  const roles = Array.isArray(realmAccess?.roles) ? realmAccess.roles : [];
  const text = (name: string) => (typeof claims[name] === 'string' ? claims[name] : null);
  return {
    subject: text('sub') ?? '',
    username: text('preferred_username') ?? text('sub') ?? '',
    clientId: text('azp') ?? text('client_id') ?? '',
    roles: ROLE_NAMES.filter((role) => roles.includes(role)),
    division: text('division'),
    department: text('department'),
    residentId: text('resident_id'),
  };
}

import { type Role } from '../platform/roles';

/**
 * Who may send a request: anyone (public reference data, health), or a verified token carrying one
 * of the listed realm roles. The gateway and the owning service both enforce it.
 */
export type Access =
  { readonly kind: 'public' } | { readonly kind: 'roles'; readonly roles: readonly Role[] };

/** Anyone, without a token. */
export const publicAccess: Access = Object.freeze({ kind: 'public' });

/** A verified token carrying at least one of these roles. */
export function rolesAccess(...roles: Role[]): Access {
  return Object.freeze({ kind: 'roles', roles: Object.freeze(roles) });
}

import { type Role, ROLE_NAMES } from '@gov/contracts';
import { SetMetadata } from '@nestjs/common';

/** Who may call a route: anyone, or holders of one of the listed roles. Every route says which. */
export type Access =
  { readonly kind: 'public' } | { readonly kind: 'roles'; readonly roles: readonly Role[] };

export const ACCESS = Symbol('ACCESS');

/** Anyone, without a token (public reference data, health). */
export const Public = () => SetMetadata(ACCESS, { kind: 'public' } satisfies Access);

/** A verified token carrying at least one of these roles. */
export const Roles = (...roles: Role[]) =>
  SetMetadata(ACCESS, { kind: 'roles', roles } satisfies Access);

/** Any signed-in caller, whatever their role. */
export const Authenticated = () => Roles(...ROLE_NAMES);

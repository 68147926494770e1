import {
  type Access,
  publicAccess,
  type RequestContract,
  type Role,
  ROLE_NAMES,
  rolesAccess,
} from '@gov/contracts';
import { applyDecorators, SetMetadata } from '@nestjs/common';

export const ACCESS = Symbol('ACCESS');
export const OPERATION = Symbol('OPERATION');

/** Anyone, without a token (health, routes of the gateway's own). */
export const Public = () => SetMetadata(ACCESS, publicAccess);

/** A verified token carrying at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS, rolesAccess(...roles));

/** Any signed-in caller, whatever their role. */
export const Authenticated = () => Roles(...ROLE_NAMES);

/**
 * The route forwards this request contract: it admits whom the contract admits (the service
 * checks the same again), and the API document takes its schemas, roles and errors from it.
 */
export const Operation = (contract: RequestContract) =>
  applyDecorators(SetMetadata(ACCESS, contract.access), SetMetadata(OPERATION, contract));

export type { Access };

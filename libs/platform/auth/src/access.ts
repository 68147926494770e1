import { type Access, GovError } from '@gov/contracts';
import { type Principal } from './principal';
import { type TokenVerifier } from './token-verifier';

/**
 * The caller admitted by `access`: none for a public request, otherwise the principal of a verified
 * token carrying an admitted role (401 AUTH.TOKEN_* or 403 AUTH.ROLE_NOT_ADMITTED when not). The
 * gateway and every service decide with this one function.
 */
export async function authorize(
  access: Access,
  authorization: string | undefined,
  verifier: TokenVerifier,
): Promise<Principal | undefined> {
  if (access.kind === 'public') return undefined;
  const principal = await verifier.verifyAuthorization(authorization);
  if (!principal.roles.some((role) => access.roles.includes(role))) {
    throw new GovError('AUTH.ROLE_NOT_ADMITTED', undefined, { admitted: [...access.roles] });
  }
  return principal;
}

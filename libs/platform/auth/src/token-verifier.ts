import { GovError } from '@gov/contracts';
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { type Principal, principalFromClaims } from './principal';

export interface TokenVerifierOptions {
  /** Keycloak's issuer URL, e.g. http://127.0.0.1:8080/realms/gov. */
  readonly issuer: string;
  readonly audience: string;
}

/** Why a token was refused: logged, never told to the caller. */
export type RejectionReason = string;

/**
 * Verifies Keycloak access tokens with `jose` (DESIGN.md §4): signature against the realm's
 * published keys, issuer, audience, an `exp` that is required and not past, `nbf`, and only the
 * algorithms RS256/PS256/ES256 (so `alg: none` and HS256-with-the-public-key fail).
 */
export class TokenVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(
    private readonly options: TokenVerifierOptions,
    private readonly onReject: (reason: RejectionReason) => void = () => {},
  ) {
    this.keys = createRemoteJWKSet(new URL(`${options.issuer}/protocol/openid-connect/certs`), {
      cooldownDuration: 5_000,
    });
  }

  /** The principal of an `Authorization` header value; AUTH.* errors otherwise. */
  async verifyAuthorization(header: string | undefined): Promise<Principal> {
    if (header === undefined || header === '') throw new GovError('AUTH.TOKEN_MISSING');
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/.exec(header);
    if (!match?.[1]) return this.reject('the Authorization header is not "Bearer <JWT>"');
    return this.verify(match[1]);
  }

  async verify(token: string): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ['RS256', 'PS256', 'ES256'],
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 5,
      });
      if (payload['typ'] !== undefined && payload['typ'] !== 'Bearer') {
        return this.reject(`token type ${JSON.stringify(payload['typ'])} is not Bearer`);
      }
      return principalFromClaims(payload);
    } catch (error) {
      if (error instanceof GovError) throw error;
      const reason =
        error instanceof errors.JOSEError ? `${error.code}: ${error.message}` : String(error);
      return this.reject(reason);
    }
  }

  private reject(reason: RejectionReason): never {
    this.onReject(reason);
    throw new GovError('AUTH.TOKEN_INVALID');
  }
}

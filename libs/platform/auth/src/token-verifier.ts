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

/** Seconds of clock skew allowed between Keycloak and this process, for `exp` and `nbf`. */
const CLOCK_TOLERANCE_S = 5;
/** Tokens remembered as verified: a few per active user; the oldest go first. */
const MAX_REMEMBERED = 10_000;

/**
 * Verifies Keycloak access tokens with `jose` (DESIGN.md §4): signature against the realm's
 * published keys, issuer, audience, an `exp` that is required and not past, `nbf`, and only the
 * algorithms RS256/PS256/ES256 (so `alg: none` and HS256-with-the-public-key fail).
 *
 * A token that passed is remembered until its `exp`: its bytes cannot change, so its signature,
 * issuer and audience need no second check, and a user's next requests with the same token cost
 * a map lookup instead of an RSA verification (the largest CPU cost of a request at the gateway).
 * Only the expiry is checked again, on every use.
 */
export class TokenVerifier {
  private readonly keys: JWTVerifyGetKey;
  private readonly verified = new Map<string, { principal: Principal; expiresAtMs: number }>();

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
    const remembered = this.verified.get(token);
    if (remembered && Date.now() < remembered.expiresAtMs) return remembered.principal;
    if (remembered) this.verified.delete(token);
    return this.verifySignedToken(token);
  }

  private async verifySignedToken(token: string): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ['RS256', 'PS256', 'ES256'],
        requiredClaims: ['exp', 'sub'],
        clockTolerance: CLOCK_TOLERANCE_S,
      });
      if (payload['typ'] !== undefined && payload['typ'] !== 'Bearer') {
        return this.reject(`token type ${JSON.stringify(payload['typ'])} is not Bearer`);
      }
      const principal = principalFromClaims(payload);
      // `exp` is a required claim, so jose has checked it is a number.
      this.remember(token, principal, ((payload.exp ?? 0) + CLOCK_TOLERANCE_S) * 1000);
      return principal;
    } catch (error) {
      if (error instanceof GovError) throw error;
      const reason =
        error instanceof errors.JOSEError ? `${error.code}: ${error.message}` : String(error);
      return this.reject(reason);
    }
  }

  private remember(token: string, principal: Principal, expiresAtMs: number): void {
    this.verified.set(token, { principal, expiresAtMs });
    if (this.verified.size > MAX_REMEMBERED) {
      const oldest = this.verified.keys().next().value;
      if (oldest !== undefined) this.verified.delete(oldest);
    }
  }

  private reject(reason: RejectionReason): never {
    this.onReject(reason);
    throw new GovError('AUTH.TOKEN_INVALID');
  }
}

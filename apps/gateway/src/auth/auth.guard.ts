import { type Access } from '@gov/contracts';
import { authorize, type Principal, TokenVerifier } from '@gov/auth';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { limitPrincipal } from '../http/rate-limit';
import { ACCESS } from './access.decorators';

/** The request as the guard leaves it: with the verified principal on non-public routes. */
export type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

/**
 * Checks every request against its route's declared access: a public route passes; otherwise the
 * bearer token must verify (401 AUTH.TOKEN_*) and carry an admitted role (403). A route that
 * declares nothing is refused, so a forgotten declaration never opens a route. A verified caller
 * then spends from their per-principal rate limit (429 PLATFORM.RATE_LIMITED), keyed on the token's
 * verified subject so a forged token cannot spend anybody else's budget.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access === undefined) {
      throw new Error(`${context.getClass().name}.${context.getHandler().name} declares no access`);
    }
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const principal = await authorize(access, request.headers.authorization, this.verifier);
    if (principal) {
      limitPrincipal(request, http.getResponse<FastifyReply>(), principal.subject);
      request.principal = principal;
    }
    return true;
  }
}

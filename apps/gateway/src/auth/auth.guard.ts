import { GovError } from '@gov/contracts';
import { type Principal, TokenVerifier } from '@gov/auth';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type FastifyRequest } from 'fastify';
import { ACCESS, type Access } from './access.decorators';

/** The request as the guard leaves it: with the verified principal on non-public routes. */
export type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

/**
 * Checks every request against its route's declared access: a public route passes; otherwise the
 * bearer token must verify (401 AUTH.TOKEN_*) and carry an admitted role (403). A route that
 * declares nothing is refused, so a forgotten declaration never opens a route.
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
    if (access.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.verifier.verifyAuthorization(request.headers.authorization);
    if (!principal.roles.some((role) => access.roles.includes(role))) {
      throw new GovError('AUTH.ROLE_NOT_ADMITTED', undefined, { admitted: [...access.roles] });
    }
    request.principal = principal;
    return true;
  }
}

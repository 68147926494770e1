import { type Principal } from '@gov/auth';
import { Controller, Get, Req } from '@nestjs/common';
import { Authenticated } from './access.decorators';
import { type AuthenticatedRequest } from './auth.guard';

@Controller('api/v1/me')
export class MeController {
  /** The caller's principal as the suite sees it: roles, division, department. */
  @Get()
  @Authenticated()
  me(@Req() request: AuthenticatedRequest): Principal | undefined {
    return request.principal;
  }
}

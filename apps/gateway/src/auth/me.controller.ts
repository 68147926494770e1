import { type Principal } from '@gov/auth';
import { maskPersonalData } from '@gov/personal-data';
import { Controller, Get, Req } from '@nestjs/common';
import { ApiReply } from '../api-docs/api-reply.decorator';
import { ME_REPLY } from '../api-docs/own-routes';
import { Authenticated } from './access.decorators';
import { type AuthenticatedRequest } from './auth.guard';

@Controller('api/v1/me')
export class MeController {
  /** The caller's principal as the suite sees it: roles, division, department. */
  @Get()
  @Authenticated()
  @ApiReply(ME_REPLY)
  me(@Req() request: AuthenticatedRequest): Principal | undefined {
    const principal = request.principal;
    // Personal data is answered masked, even to its owner: a screen or a log may show it.
    return (
      principal && {
        ...principal,
        residentId:
          principal.residentId === null
            ? null
            : maskPersonalData('resident-id', principal.residentId),
      }
    );
  }
}

import {
  centreWindowContracts,
  type CentreWindow as CentreWindowReply,
  type GetCentreWindowRequest,
  GovError,
} from '@gov/contracts';
import { MikroORM } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CentreWindow } from '../centre-window.entity';

@Controller()
export class GetWindowHandler {
  constructor(private readonly orm: MikroORM) {}

  /** One window; public reference data. */
  @MessagePattern(centreWindowContracts.getWindow.subject)
  async handle(@Payload() request: GetCentreWindowRequest): Promise<CentreWindowReply> {
    const window = await this.orm.em.findOne(CentreWindow, { id: request.id });
    if (!window) throw new GovError('CATALOG.WINDOW_NOT_FOUND', undefined, { id: request.id });
    return window.toReply();
  }
}

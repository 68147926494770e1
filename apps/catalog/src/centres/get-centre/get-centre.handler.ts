import {
  centreContracts,
  type Centre as CentreReply,
  type GetCentreRequest,
  GovError,
} from '@gov/contracts';
import { MikroORM } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Centre } from '../centre.entity';
import { centreReply } from '../centre-records';

@Controller()
export class GetCentreHandler {
  constructor(private readonly orm: MikroORM) {}

  /** One centre with its resident departments; public reference data. */
  @MessagePattern(centreContracts.getCentre.subject)
  async handle(@Payload() request: GetCentreRequest): Promise<CentreReply> {
    const centre = await this.orm.em.findOne(Centre, { id: request.id });
    if (!centre) throw new GovError('CATALOG.CENTRE_NOT_FOUND', undefined, { id: request.id });
    return centreReply(this.orm.em, centre);
  }
}

import { type Principal, Scope } from '@gov/auth';
import {
  type DivisionImport as DivisionImportReply,
  divisionContracts,
  type GetDivisionImportRequest,
  GovError,
} from '@gov/contracts';
import { Caller } from '@gov/nats';
import { MikroORM } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DivisionImport } from '../division-import.entity';

@Controller()
export class GetDivisionImportHandler {
  constructor(private readonly orm: MikroORM) {}

  /** A job's state, progress and report; outside the caller's subtree it is answered as unknown. */
  @MessagePattern(divisionContracts.getDivisionImport.subject)
  async handle(
    @Payload() request: GetDivisionImportRequest,
    @Caller() caller: Principal,
  ): Promise<DivisionImportReply> {
    const job = await this.orm.em.findOne(DivisionImport, { id: request.id });
    if (!job || !Scope.of(caller).includes(job.division)) {
      throw new GovError('CATALOG.DIVISION_IMPORT_NOT_FOUND', undefined, { id: request.id });
    }
    return job.toReply();
  }
}

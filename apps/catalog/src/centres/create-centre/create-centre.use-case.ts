import {
  type Centre as CentreReply,
  centreEvents,
  type CreateCentreRequest,
  GovError,
} from '@gov/contracts';
import { type Principal, Scope } from '@gov/auth';
import { OutboxWriter } from '@gov/persistence';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Division } from '../../divisions/division.entity';
import { assertMayReside, centreReply } from '../centre-records';
import { Centre } from '../centre.entity';

/**
 * Opens the centre of a division in the caller's subtree (one per division), with its first
 * resident departments, and announces it (`centre.created`) in the same transaction.
 */
@Injectable()
export class CreateCentreUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(request: CreateCentreRequest, caller: Principal): Promise<CentreReply> {
    Scope.of(caller).assertIncludes(request.division);
    const division = await this.orm.em.findOne(Division, { code: request.division });
    if (!division) {
      throw new GovError('CATALOG.CENTRE_DIVISION_UNKNOWN', undefined, {
        division: request.division,
      });
    }
    const residents = [...new Set(request.residentDepartments ?? [])];
    await assertMayReside(this.orm.em, division.code, residents);
    return this.orm.em.transactional(async (em) => {
      const exists = () =>
        new GovError('CATALOG.CENTRE_EXISTS', undefined, { division: division.code });
      if (await em.findOne(Centre, { division: division.code })) throw exists();
      const centre = Centre.open(division, request, residents);
      em.persist(centre);
      await em.flush().catch((error: unknown) => {
        // Another request opened this division's centre between our check and our insert.
        throw error instanceof UniqueConstraintViolationException ? exists() : error;
      });
      await this.outbox.record(em, centreEvents.centreCreated, {
        aggregateId: centre.id,
        division: centre.division,
        sequence: centre.version,
        data: centre.toEventData([]),
      });
      return centreReply(em, centre);
    });
  }
}

import { centreContracts, type CentrePage, type ListCentresRequest } from '@gov/contracts';
import { readPage } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { divisionFilter } from '../../departments/list-departments/division-filter';
import { Centre } from '../centre.entity';
import { residentNames } from '../centre-records';

@Controller()
export class ListCentresHandler {
  constructor(private readonly orm: MikroORM) {}

  /** Centres of a division (or its subtree), province first, a page at a time; public. */
  @MessagePattern(centreContracts.listCentres.subject)
  async handle(@Payload() request: ListCentresRequest): Promise<CentrePage> {
    const division = divisionFilter(request);
    const page = await readPage(
      request,
      1,
      (after, rows) =>
        this.orm.em.find(
          Centre,
          {
            $and: [
              division === undefined ? {} : { division },
              after === undefined ? {} : { division: { $gt: String(after[0]) } },
            ],
          },
          { orderBy: { division: 'asc' }, limit: rows },
        ),
      (centre) => [centre.division],
      (centre) => centre,
    );
    const names = await residentNames(this.orm.em, page.items);
    return { ...page, items: page.items.map((centre) => centre.toReply(names)) };
  }
}

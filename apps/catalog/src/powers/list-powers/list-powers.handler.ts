import { GovError, type ListPowersRequest, type PowerPage, powerContracts } from '@gov/contracts';
import { tryParseDivisionCode } from '@gov/division';
import { readPage } from '@gov/persistence';
import { type FilterQuery } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { PowerVersion } from '../power-version.entity';
import { powerSummaries } from '../power-views';

@Controller()
export class ListPowersHandler {
  constructor(private readonly orm: MikroORM) {}

  /**
   * Published powers, by code, a page at a time. With a division: the powers that apply there,
   * i.e. those of the division itself and of every level above it (a county lists the province's
   * and its city's powers too), never those of the levels below.
   */
  @MessagePattern(powerContracts.listPowers.subject)
  async handle(@Payload() request: ListPowersRequest): Promise<PowerPage> {
    const where: FilterQuery<PowerVersion> = {
      status: 'published',
      ...(request.division === undefined
        ? {}
        : { division: { $in: applyingIn(request.division) } }),
      ...(request.category === undefined ? {} : { category: request.category }),
    };
    const em = this.orm.em;
    const page = await readPage(
      request,
      2,
      (after, rows) =>
        em.find(
          PowerVersion,
          after === undefined
            ? where
            : {
                $and: [
                  where,
                  {
                    $or: [
                      { code: { $gt: String(after[0]) } },
                      { code: String(after[0]), province: { $gt: String(after[1]) } },
                    ],
                  },
                ],
              },
          { orderBy: { code: 'asc', province: 'asc' }, limit: rows },
        ),
      (version) => [version.code, version.province],
      (version) => version,
    );
    return { items: await powerSummaries(em, page.items), nextCursor: page.nextCursor };
  }
}

/** The division and every division above it, whose powers apply in it. */
function applyingIn(division: string): string[] {
  const parsed = tryParseDivisionCode(division);
  if (!parsed.ok) {
    throw new GovError('CATALOG.DIVISION_CODE_INVALID', parsed.message, { division });
  }
  return [parsed.code, ...parsed.code.ancestors()].map((code) => code.value);
}

import {
  type ListPowerCategoriesRequest,
  type PowerCategoryPage,
  powerContracts,
} from '@gov/contracts';
import { readPage } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { PowerCategory } from '../power-category.entity';
import { provinceOf } from '../rules/power-rules';

@Controller()
export class ListPowerCategoriesHandler {
  constructor(private readonly orm: MikroORM) {}

  /** The categories a province configured, in their order: public reference data. */
  @MessagePattern(powerContracts.listPowerCategories.subject)
  handle(@Payload() request: ListPowerCategoriesRequest): Promise<PowerCategoryPage> {
    const province = provinceOf(request.province);
    return readPage(
      request,
      2,
      (after, rows) =>
        this.orm.em.find(
          PowerCategory,
          after === undefined
            ? { province }
            : {
                province,
                $or: [
                  { position: { $gt: Number(after[0]) } },
                  { position: Number(after[0]), code: { $gt: String(after[1]) } },
                ],
              },
          { orderBy: { position: 'asc', code: 'asc' }, limit: rows },
        ),
      (category) => [category.position, category.code],
      (category) => category.toReply(),
    );
  }
}

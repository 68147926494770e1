import { type Principal, Scope } from '@gov/auth';
import {
  GovError,
  type PowerCategory as PowerCategoryReply,
  type SavePowerCategoryRequest,
} from '@gov/contracts';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Division } from '../../divisions/division.entity';
import { PowerCategory } from '../power-category.entity';
import { provinceOf } from '../rules/power-rules';

/**
 * Adds a category to a province's list or changes one (its name, order, and whether it requires a
 * legal basis or takes discretion benchmarks). Only an administrator whose subtree holds the whole
 * province may: the list is the province's. A change applies to what is saved or published next;
 * published versions stay as they were.
 */
@Injectable()
export class SavePowerCategoryUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(request: SavePowerCategoryRequest, caller: Principal): Promise<PowerCategoryReply> {
    const province = provinceOf(request.province);
    Scope.of(caller).assertIncludes(province);
    const em = this.orm.em;
    if (!(await em.findOne(Division, { code: province }))) {
      throw new GovError('CATALOG.DIVISION_NOT_FOUND', undefined, { province });
    }
    const category = await em.upsert(PowerCategory, {
      province,
      code: request.code,
      name: request.name.trim(),
      requiresLegalBasis: request.requiresLegalBasis,
      usesDiscretionBenchmarks: request.usesDiscretionBenchmarks,
      position: request.position,
    });
    return category.toReply();
  }
}

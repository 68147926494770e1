import { type PowerCategory as PowerCategoryReply } from '@gov/contracts';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { type CategoryRules } from './rules/power-rules';

/**
 * A category of the power catalogue (行政许可, 行政处罚, …) as one province configures it: data,
 * not code, so a province can add 非行政许可审批 or change which categories need a legal basis.
 */
@Entity({ tableName: 'power_category' })
export class PowerCategory implements CategoryRules {
  @PrimaryKey({ type: 'string', length: 12 })
  province!: string;

  @PrimaryKey({ type: 'string', length: 2 })
  code!: string;

  @Property({ type: 'string', length: 50 })
  name!: string;

  @Property({ type: 'boolean' })
  requiresLegalBasis!: boolean;

  @Property({ type: 'boolean' })
  usesDiscretionBenchmarks!: boolean;

  @Property({ type: 'integer' })
  position!: number;

  toReply(): PowerCategoryReply {
    return {
      province: this.province,
      code: this.code,
      name: this.name,
      requiresLegalBasis: this.requiresLegalBasis,
      usesDiscretionBenchmarks: this.usesDiscretionBenchmarks,
      position: this.position,
    };
  }
}

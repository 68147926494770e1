import { type Division as DivisionReply, type DivisionLevel } from '@gov/contracts';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A node of the five-level administrative division tree (行政区划), keyed by its 12-digit code. */
@Entity({ tableName: 'division' })
export class Division {
  @PrimaryKey({ type: 'string', length: 12 })
  code!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 10 })
  level!: DivisionLevel;

  @Property({ type: 'string', length: 12, nullable: true })
  parentCode!: string | null;

  toReply(): DivisionReply {
    return { code: this.code, name: this.name, level: this.level, parentCode: this.parentCode };
  }
}

import { type Division as DivisionReply, type DivisionLevel } from '@gov/contracts';
import { ArrayType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A node of the five-level administrative division tree (行政区划), keyed by its 12-digit code.
 * Divisions change (区划调整): a code is valid from one date to another, and an abolished code
 * names the codes that succeed it. Records keep the code they were made under.
 */
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

  /** The first day it is valid; null when it existed before the catalogue recorded it. */
  @Property({ type: 'date', nullable: true })
  validFrom!: string | null;

  /** The first day it is no longer valid (abolished); null while it is valid. */
  @Property({ type: 'date', nullable: true })
  validTo!: string | null;

  @Property({ type: ArrayType, columnType: 'varchar(12)[]' })
  successorCodes: string[] = [];

  toReply(): DivisionReply {
    return {
      code: this.code,
      name: this.name,
      level: this.level,
      parentCode: this.parentCode,
      validFrom: this.validFrom,
      validTo: this.validTo,
      successorCodes: [...this.successorCodes],
    };
  }
}

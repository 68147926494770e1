import { type Department as DepartmentReply } from '@gov/contracts';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/** A government department (部门) of a division, identified by its unified social credit code. */
@Entity({ tableName: 'department' })
export class Department {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string = uuidv7();

  @Property({ type: 'string', length: 18, unique: true })
  readonly creditCode: string;

  @Property({ type: 'string', length: 100 })
  name: string;

  @Property({ type: 'string', length: 12 })
  readonly division: string;

  /** Optimistic lock and the `sequence` of this aggregate's events. */
  @Property({ type: 'integer', version: true })
  version!: number;

  private constructor(creditCode: string, name: string, division: string) {
    this.creditCode = creditCode;
    this.name = name;
    this.division = division;
  }

  static register(details: { creditCode: string; name: string; division: string }): Department {
    return new Department(details.creditCode, details.name.trim(), details.division);
  }

  /** Renames the department; returns the previous name, or null when nothing changes. */
  rename(name: string): string | null {
    const next = name.trim();
    if (next === this.name) return null;
    const previous = this.name;
    this.name = next;
    return previous;
  }

  toReply(): DepartmentReply {
    return {
      id: this.id,
      creditCode: this.creditCode,
      name: this.name,
      division: this.division,
      version: this.version,
    };
  }
}

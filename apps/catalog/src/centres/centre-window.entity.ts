import {
  type CentreWindow as CentreWindowReply,
  type CentreWindowChanged,
  type WindowKind,
} from '@gov/contracts';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/** What a window is: its number in the centre, name, kind and the departments whose items it accepts. */
export interface WindowDetails {
  readonly number: string;
  readonly name: string;
  readonly kind: WindowKind;
  readonly departments: readonly string[];
}

/** A window (窗口) of a centre, accepting the items of some of the centre's resident departments. */
@Entity({ tableName: 'centre_window' })
@Unique({ properties: ['centreId', 'number'] })
export class CentreWindow {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string = uuidv7();

  @Property({ type: 'uuid' })
  readonly centreId: string;

  /** The centre's division, kept here for scope checks and event subjects. */
  @Property({ type: 'string', length: 12 })
  readonly division: string;

  @Property({ type: 'string', length: 10 })
  number: string;

  @Property({ type: 'string', length: 100 })
  name: string;

  @Property({ type: 'string', length: 20 })
  kind: WindowKind;

  @Property({ type: 'json' })
  departments: string[];

  /** Optimistic lock and the `sequence` of this aggregate's events. */
  @Property({ type: 'integer', version: true })
  version!: number;

  private constructor(centre: { id: string; division: string }, details: WindowDetails) {
    this.centreId = centre.id;
    this.division = centre.division;
    this.number = details.number;
    this.name = details.name.trim();
    this.kind = details.kind;
    this.departments = [...details.departments];
  }

  static open(centre: { id: string; division: string }, details: WindowDetails): CentreWindow {
    return new CentreWindow(centre, details);
  }

  accepts(creditCode: string): boolean {
    return this.departments.includes(creditCode);
  }

  /** Applies the fields given; returns the names of those that changed. */
  update(changes: Partial<WindowDetails>): string[] {
    const changed: string[] = [];
    if (changes.number !== undefined && changes.number !== this.number) {
      this.number = changes.number;
      changed.push('number');
    }
    const name = changes.name?.trim();
    if (name !== undefined && name !== this.name) {
      this.name = name;
      changed.push('name');
    }
    if (changes.kind !== undefined && changes.kind !== this.kind) {
      this.kind = changes.kind;
      changed.push('kind');
    }
    if (changes.departments !== undefined && !sameMembers(changes.departments, this.departments)) {
      this.departments = [...changes.departments];
      changed.push('departments');
    }
    return changed;
  }

  toReply(): CentreWindowReply {
    return {
      id: this.id,
      centreId: this.centreId,
      division: this.division,
      number: this.number,
      name: this.name,
      kind: this.kind,
      departments: [...this.departments],
      version: this.version,
    };
  }

  toEventData(changed: readonly string[]): CentreWindowChanged {
    return {
      id: this.id,
      centreId: this.centreId,
      division: this.division,
      number: this.number,
      name: this.name,
      kind: this.kind,
      departments: [...this.departments],
      changed: [...changed],
    };
  }
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

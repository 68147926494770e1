import {
  type Centre as CentreReply,
  type CentreChanged,
  type CentreKind,
  type DivisionLevel,
} from '@gov/contracts';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/** What a centre administrator may change on a centre (its division and kind are fixed). */
export interface CentreDetails {
  readonly name: string;
  readonly address: string;
  readonly phone: string;
  readonly openingHours: string;
}

/** The kind of centre a division of this level has (DOMAIN.md §1–2). */
export function centreKindOf(level: DivisionLevel): CentreKind {
  switch (level) {
    case 'province':
    case 'city':
    case 'county':
      return 'service-centre';
    case 'township':
      return 'convenience-centre';
    case 'village':
      return 'agent-point';
  }
}

const DETAIL_FIELDS = ['name', 'address', 'phone', 'openingHours'] as const;

/**
 * A service centre of one division (政务服务中心, 便民服务中心 or 便民服务站) and the departments
 * resident in it (进驻部门), named by their unified social credit codes.
 */
@Entity({ tableName: 'centre' })
export class Centre {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string = uuidv7();

  @Property({ type: 'string', length: 12, unique: true })
  readonly division: string;

  @Property({ type: 'string', length: 20 })
  readonly kind: CentreKind;

  @Property({ type: 'string', length: 100 })
  name: string;

  @Property({ type: 'string', length: 200 })
  address: string;

  @Property({ type: 'string', length: 30 })
  phone: string;

  @Property({ type: 'string', length: 200 })
  openingHours: string;

  @Property({ type: 'json' })
  residentDepartments: string[];

  /** Optimistic lock and the `sequence` of this aggregate's events. */
  @Property({ type: 'integer', version: true })
  version!: number;

  private constructor(division: string, kind: CentreKind, details: CentreDetails) {
    this.division = division;
    this.kind = kind;
    this.name = details.name.trim();
    this.address = details.address.trim();
    this.phone = details.phone.trim();
    this.openingHours = details.openingHours.trim();
    this.residentDepartments = [];
  }

  static open(
    division: { code: string; level: DivisionLevel },
    details: CentreDetails,
    residentDepartments: readonly string[],
  ): Centre {
    const centre = new Centre(division.code, centreKindOf(division.level), details);
    centre.residentDepartments = [...new Set(residentDepartments)];
    return centre;
  }

  /** Applies the fields given; returns the names of those that changed. */
  update(changes: Partial<CentreDetails>): string[] {
    const changed: string[] = [];
    for (const field of DETAIL_FIELDS) {
      const value = changes[field]?.trim();
      if (value !== undefined && value !== this[field]) {
        this[field] = value;
        changed.push(field);
      }
    }
    return changed;
  }

  hasResident(creditCode: string): boolean {
    return this.residentDepartments.includes(creditCode);
  }

  /** Makes the department resident; false when it already was. */
  admit(creditCode: string): boolean {
    if (this.hasResident(creditCode)) return false;
    this.residentDepartments = [...this.residentDepartments, creditCode];
    return true;
  }

  /** Withdraws a resident department (the caller checked no window still accepts it). */
  withdraw(creditCode: string): void {
    this.residentDepartments = this.residentDepartments.filter((code) => code !== creditCode);
  }

  /** The reply, with the resident departments' current names (`names` by credit code). */
  toReply(names: ReadonlyMap<string, string>): CentreReply {
    return {
      id: this.id,
      division: this.division,
      kind: this.kind,
      name: this.name,
      address: this.address,
      phone: this.phone,
      openingHours: this.openingHours,
      residentDepartments: this.residentDepartments.map((creditCode) => ({
        creditCode,
        name: names.get(creditCode) ?? '',
      })),
      version: this.version,
    };
  }

  toEventData(changed: readonly string[]): CentreChanged {
    return {
      id: this.id,
      division: this.division,
      kind: this.kind,
      name: this.name,
      address: this.address,
      phone: this.phone,
      openingHours: this.openingHours,
      residentDepartments: [...this.residentDepartments],
      changed: [...changed],
    };
  }
}

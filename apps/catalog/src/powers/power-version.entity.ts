import {
  type DiscretionBenchmark,
  type FlowStep,
  GovError,
  type LegalBasis,
  type PowerContent,
  type PowerStatus,
  type Supervision,
} from '@gov/contracts';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/** What identifies a power across its versions; copied into each version for public queries. */
export interface PowerIdentity {
  readonly province: string;
  readonly code: string;
  readonly division: string;
  readonly category: string;
}

/**
 * One version of a power (行政职权). A draft is edited freely; once published its content never
 * changes: it is superseded by the next published version, or ends when the power is abolished.
 * Its state changes only through the power (`Power`), whose optimistic lock serialises them.
 */
@Entity({ tableName: 'power_version' })
export class PowerVersion implements PowerIdentity {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string = uuidv7();

  @Property({ type: 'uuid' })
  readonly powerId: string;

  @Property({ type: 'integer' })
  readonly number: number;

  @Property({ type: 'string', length: 12 })
  readonly province: string;

  @Property({ type: 'string', length: 10 })
  readonly code: string;

  @Property({ type: 'string', length: 12 })
  readonly division: string;

  @Property({ type: 'string', length: 2 })
  readonly category: string;

  @Property({ type: 'string', length: 12 })
  status: PowerStatus = 'draft';

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 18 })
  implementingOrgan!: string;

  @Property({ type: 'json' })
  legalBases!: LegalBasis[];

  @Property({ type: 'json' })
  flow!: FlowStep[];

  @Property({ type: 'json' })
  supervision!: Supervision;

  @Property({ type: 'json' })
  discretionBenchmarks!: DiscretionBenchmark[];

  @Property({ type: 'datetime' })
  readonly createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  abolishReason: string | null = null;

  constructor(powerId: string, number: number, identity: PowerIdentity, content: PowerContent) {
    this.powerId = powerId;
    this.number = number;
    this.province = identity.province;
    this.code = identity.code;
    this.division = identity.division;
    this.category = identity.category;
    this.write(content);
  }

  /** The content of this version as an administrator writes it. */
  get content(): PowerContent {
    return {
      name: this.name,
      implementingOrgan: this.implementingOrgan,
      legalBases: this.legalBases,
      flow: this.flow,
      supervision: this.supervision,
      discretionBenchmarks: this.discretionBenchmarks,
    };
  }

  /** Replaces the content of a draft; a published version is never changed. */
  edit(content: PowerContent): void {
    this.assertDraft();
    this.write(content);
  }

  publish(at: Date): void {
    this.assertDraft();
    this.status = 'published';
    this.publishedAt = at;
  }

  supersede(at: Date): void {
    this.status = 'superseded';
    this.endedAt = at;
  }

  abolish(at: Date, reason: string): void {
    this.status = 'abolished';
    this.endedAt = at;
    this.abolishReason = reason;
  }

  private assertDraft(): void {
    if (this.status !== 'draft') {
      throw new GovError('CATALOG.POWER_VERSION_IMMUTABLE', undefined, {
        code: this.code,
        version: this.number,
        status: this.status,
      });
    }
  }

  private write(content: PowerContent): void {
    this.name = content.name.trim();
    this.implementingOrgan = content.implementingOrgan;
    this.legalBases = content.legalBases;
    this.flow = content.flow;
    this.supervision = content.supervision;
    this.discretionBenchmarks = content.discretionBenchmarks;
  }
}

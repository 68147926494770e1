import { GovError, type PowerContent } from '@gov/contracts';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { type PowerIdentity, PowerVersion } from './power-version.entity';
import { type CategoryRules, legalBasisProblem } from './rules/power-rules';

/**
 * A power of the catalogue (行政职权), identified by its code within a province, with its versions:
 * at most one draft and at most one published version at a time. Every change of a version goes
 * through here, so the optimistic lock on this row serialises them and its counter is the
 * `sequence` of the power's events.
 */
@Entity({ tableName: 'power' })
export class Power implements PowerIdentity {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string = uuidv7();

  @Property({ type: 'string', length: 12 })
  readonly province: string;

  @Property({ type: 'string', length: 10 })
  readonly code: string;

  @Property({ type: 'string', length: 12 })
  readonly division: string;

  @Property({ type: 'string', length: 2 })
  readonly category: string;

  @Property({ type: 'string', length: 10 })
  status: 'active' | 'abolished' = 'active';

  @Property({ type: 'integer', nullable: true })
  publishedVersion: number | null = null;

  @Property({ type: 'integer', nullable: true })
  draftVersion: number | null = 1;

  @Property({ type: 'integer' })
  latestVersion = 1;

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  /** Optimistic lock and the `sequence` of this aggregate's events. */
  @Property({ type: 'integer', version: true })
  version!: number;

  private constructor(identity: PowerIdentity) {
    this.province = identity.province;
    this.code = identity.code;
    this.division = identity.division;
    this.category = identity.category;
  }

  /** A new power with its first version, a draft. */
  static register(identity: PowerIdentity, content: PowerContent): [Power, PowerVersion] {
    const power = new Power(identity);
    return [power, new PowerVersion(power.id, 1, identity, content)];
  }

  /** A new draft copying the published version, which stays in force until the draft is published. */
  startVersion(published: PowerVersion | null): PowerVersion {
    this.assertActive();
    if (this.draftVersion !== null || published === null) {
      throw new GovError('CATALOG.POWER_DRAFT_EXISTS', undefined, {
        code: this.code,
        draftVersion: this.draftVersion,
      });
    }
    this.latestVersion += 1;
    this.draftVersion = this.latestVersion;
    this.touch();
    return new PowerVersion(this.id, this.latestVersion, this, published.content);
  }

  /** Refuses a change of version `number` unless it is this power's draft. */
  assertDraft(number: number): void {
    this.assertActive();
    if (number > this.latestVersion) {
      throw new GovError('CATALOG.POWER_VERSION_NOT_FOUND', undefined, {
        code: this.code,
        version: number,
      });
    }
    if (number !== this.draftVersion) {
      throw new GovError('CATALOG.POWER_VERSION_IMMUTABLE', undefined, {
        code: this.code,
        version: number,
        publishedVersion: this.publishedVersion,
      });
    }
  }

  editDraft(draft: PowerVersion, content: PowerContent): void {
    this.assertDraft(draft.number);
    draft.edit(content);
    this.touch();
  }

  /**
   * Publishes the draft in place of the published version (which is superseded); refused when
   * the category requires a legal basis and the draft has none. Returns the superseded number.
   */
  publish(
    draft: PowerVersion,
    published: PowerVersion | null,
    category: CategoryRules,
  ): number | null {
    this.assertDraft(draft.number);
    const problem = legalBasisProblem(category, draft.legalBases);
    if (problem !== null) {
      throw new GovError('CATALOG.POWER_LEGAL_BASIS_REQUIRED', problem, {
        code: this.code,
        version: draft.number,
        category: category.code,
      });
    }
    const now = new Date();
    const previous = this.publishedVersion;
    published?.supersede(now);
    draft.publish(now);
    this.publishedVersion = draft.number;
    this.draftVersion = null;
    this.touch();
    return previous;
  }

  /** Abolishes the power: its published version (returned) ends; nothing is published again. */
  abolish(published: PowerVersion | null, reason: string): PowerVersion {
    this.assertActive();
    if (published === null) {
      throw new GovError('CATALOG.POWER_NOT_PUBLISHED', undefined, { code: this.code });
    }
    published.abolish(new Date(), reason.trim());
    this.status = 'abolished';
    this.touch();
    return published;
  }

  private assertActive(): void {
    if (this.status === 'abolished') {
      throw new GovError('CATALOG.POWER_ABOLISHED', undefined, { code: this.code });
    }
  }

  private touch(): void {
    this.updatedAt = new Date();
  }
}

import { type ItemVersion as ItemVersionReply, type ServiceGuide } from '@gov/contracts';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

export type ItemVersionState = 'draft' | 'published' | 'superseded';

/**
 * One version of an item's guide: a draft that may change, then published and immutable, then
 * superseded by the next one. `validFrom`/`validTo` answer which version applied on a given day.
 */
@Entity({ tableName: 'item_version' })
export class ItemVersion {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string = uuidv7();

  @Property({ type: 'uuid' })
  readonly itemId: string;

  @Property({ type: 'integer' })
  readonly number: number;

  @Property({ type: 'string', length: 20 })
  state: ItemVersionState = 'draft';

  @Property({ type: 'json' })
  guide: ServiceGuide;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  validFrom: string | null = null;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  validTo: string | null = null;

  @Property({ type: 'text', nullable: true })
  changeNote: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  publishedBy: string | null = null;

  constructor(itemId: string, number: number, guide: ServiceGuide) {
    this.itemId = itemId;
    this.number = number;
    this.guide = guide;
  }

  toReply(code: string): ItemVersionReply {
    return {
      code,
      version: this.number,
      state: this.state,
      validFrom: this.validFrom,
      validTo: this.validTo,
      changeNote: this.changeNote,
      publishedAt: this.publishedAt?.toISOString() ?? null,
      publishedBy: this.publishedBy,
      guide: this.guide,
    };
  }
}

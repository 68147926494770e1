import { type ServiceItem as ServiceItemReply } from '@gov/contracts';
import { ArrayType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/**
 * A service item (政务服务事项): a base item of the catalogue (基本目录) or a lower level's
 * implementation of one (实施清单). Its content lives in its versions.
 */
@Entity({ tableName: 'service_item' })
export class ServiceItem {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string = uuidv7();

  @Property({ type: 'string', length: 120, unique: true })
  readonly code: string;

  @Property({ type: 'string', length: 20 })
  readonly kind: 'base' | 'implementation';

  @Property({ type: 'string', length: 120, nullable: true })
  readonly baseCode: string | null;

  @Property({ type: 'string', length: 12 })
  readonly division: string;

  @Property({ type: 'string', length: 18 })
  readonly handlingOrgan: string;

  @Property({ type: 'string', length: 20 })
  status: 'active' | 'abolished' = 'active';

  @Property({ type: 'integer', nullable: true })
  publishedVersion: number | null = null;

  @Property({ type: 'integer' })
  latestVersion = 1;

  /** The implementations this item was delegated down to (下放), oldest first. */
  @Property({ type: ArrayType, columnType: 'varchar(120)[]' })
  delegatedTo: string[] = [];

  /** Optimistic lock and the `sequence` of this aggregate's events. */
  @Property({ type: 'integer', version: true })
  version!: number;

  constructor(details: {
    code: string;
    kind: 'base' | 'implementation';
    baseCode: string | null;
    division: string;
    handlingOrgan: string;
  }) {
    this.code = details.code;
    this.kind = details.kind;
    this.baseCode = details.baseCode;
    this.division = details.division;
    this.handlingOrgan = details.handlingOrgan;
  }

  toReply(): ServiceItemReply {
    return {
      code: this.code,
      kind: this.kind,
      baseCode: this.baseCode,
      division: this.division,
      status: this.status,
      publishedVersion: this.publishedVersion,
      latestVersion: this.latestVersion,
      delegatedTo: this.delegatedTo,
    };
  }
}

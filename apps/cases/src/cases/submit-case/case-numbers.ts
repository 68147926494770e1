import { sqlRunner } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

/** Values of the case number sequence taken in one round trip. */
export const CASE_NUMBER_BLOCK = 20;

/**
 * Values of a database sequence handed out one at a time from blocks taken in one round trip;
 * callers arriving while a block is fetched wait for that same fetch.
 */
export class SequenceBlocks {
  private values: number[] = [];
  private fetching: Promise<void> | null = null;

  constructor(private readonly fetchBlock: () => Promise<number[]>) {}

  async take(): Promise<number> {
    for (;;) {
      const value = this.values.shift();
      if (value !== undefined) return value;
      this.fetching ??= this.fetchBlock()
        .then((block) => {
          if (block.length === 0) throw new Error('The sequence gave no values');
          this.values.push(...block);
        })
        .finally(() => (this.fetching = null));
      await this.fetching;
    }
  }
}

/**
 * The sequence part of case numbers, a block at a time: a submission then needs no round trip of
 * its own for its number (ADR 0021). A case number is unique, not gapless: the values an instance
 * took and had not used when it stops are never given, as a rolled-back submission's is not.
 */
@Injectable()
export class CaseNumbers extends SequenceBlocks {
  constructor(orm: MikroORM) {
    super(async () => {
      const rows = await sqlRunner(orm.em.fork()).rows<{ value: string }>(
        `select nextval('cases.case_number_seq') as value from generate_series(1, $1)`,
        [CASE_NUMBER_BLOCK],
      );
      return rows.map((row) => Number(row.value));
    });
  }
}

import {
  type CalendarChanged,
  type CalendarLayerReply,
  calendarEvents,
  GovError,
} from '@gov/contracts';
import { type Principal, Scope } from '@gov/auth';
import { validateCalendarLayers } from '@gov/calendar';
import { OutboxWriter } from '@gov/persistence';
import { LockMode, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { CalendarLayerRecord } from './calendar-layer-record.entity';
import {
  type CalendarIssue,
  officialAnnouncements,
  toCalendarLayer,
  toLayerReply,
} from './calendar-layer-view';
import { divisionChain, layerViews, parseDivisionInput } from './calendar-layers';

/** What a change did, for `calendar.changed`; null when it changed nothing. */
export type LayerChange = Pick<CalendarChanged, 'change' | 'years' | 'dates'> | null;

/** 422 CATALOG.CALENDAR_INVALID listing every problem with its Chinese message. */
export function calendarInvalid(problems: readonly CalendarIssue[]): GovError {
  return new GovError(
    'CATALOG.CALENDAR_INVALID',
    `工作日历设置有 ${problems.length} 处错误：${problems.map((problem) => problem.message).join('；')}`,
    { problems },
  );
}

/**
 * The one way a division's calendar layer changes: inside the caller's subtree, on the layer
 * locked for the transaction (created on first change), optionally only if it is still at the
 * version the caller read; the stack from the province down must still build a calendar; the
 * change and its `calendar.changed` event commit together.
 */
@Injectable()
export class CalendarLayerWriter {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
  ) {}

  change(
    division: string,
    expectedVersion: number | undefined,
    caller: Principal,
    apply: (layer: CalendarLayerRecord, layerName: string) => LayerChange,
  ): Promise<CalendarLayerReply> {
    const code = parseDivisionInput(division);
    Scope.of(caller).assertIncludes(code.value);
    return this.orm.em.transactional(async (em) => {
      const chain = await divisionChain(em, code);
      const name = chain.at(-1)?.name ?? code.value;
      const stored = await em.findOne(
        CalendarLayerRecord,
        { division: code.value },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const current = stored?.version ?? 0;
      const changedConcurrently = () =>
        new GovError('CATALOG.CALENDAR_CHANGED_CONCURRENTLY', undefined, {
          division: code.value,
          expectedVersion,
          version: current,
        });
      if (expectedVersion !== undefined && expectedVersion !== current) throw changedConcurrently();
      const layer =
        stored ??
        CalendarLayerRecord.start(
          code.value,
          code.level === 'province' ? officialAnnouncements() : [],
        );
      const change = apply(layer, name);
      if (change === null) return toLayerReply(layer.view(name, current));

      const above = await layerViews(em, chain.slice(0, -1));
      const stack = [...above, layer.view(name, current)].map(toCalendarLayer);
      const problems = validateCalendarLayers(stack);
      if (problems.length > 0) throw calendarInvalid(problems);

      if (!stored) em.persist(layer);
      await em.flush().catch((error: unknown) => {
        const raced =
          error instanceof OptimisticLockError ||
          error instanceof UniqueConstraintViolationException;
        throw raced ? changedConcurrently() : error;
      });
      await this.outbox.record(em, calendarEvents.calendarChanged, {
        aggregateId: code.value,
        division: code.value,
        sequence: layer.version,
        data: { division: code.value, version: layer.version, ...change },
      });
      return toLayerReply(layer.view(name, layer.version));
    });
  }
}

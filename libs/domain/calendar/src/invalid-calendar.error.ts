/** Why a calendar layer was refused. */
export type CalendarProblemCode =
  | 'missing-layer-name'
  | 'invalid-weekend'
  | 'invalid-year'
  | 'malformed-date'
  | 'missing-name'
  | 'invalid-override'
  | 'duplicate-date'
  | 'conflicting-date'
  | 'adjusted-workday-not-weekend';

/** One thing wrong in the layers: the code for programs, the message (Simplified Chinese) for people. */
export interface CalendarProblem {
  readonly code: CalendarProblemCode;
  /** The layer's name (or `#index` when it has none). */
  readonly layer: string;
  /** Where in the layer, e.g. `holidays[3].date`. */
  readonly path: string;
  readonly message: string;
}

/** Thrown by `WorkingCalendar.fromLayers` with every problem found, not just the first. */
export class InvalidCalendarError extends Error {
  override readonly name = 'InvalidCalendarError';

  constructor(readonly problems: readonly CalendarProblem[]) {
    super(
      `工作日历配置有 ${problems.length} 处错误：${problems.map((problem) => problem.message).join('；')}`,
    );
  }
}

import { Type, type Static } from '@sinclair/typebox';
import { DivisionCode12, DivisionCodeInput } from '../schema/formats';

/** A calendar day in Asia/Shanghai; the service checks that it is a real date (1900–9999). */
export const LocalDateText = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: '北京时间的日期 YYYY-MM-DD',
  examples: ['2025-09-26'],
});

const Year = Type.Integer({ minimum: 1900, maximum: 9999, examples: [2027] });
const DivisionInput = Type.String({
  pattern: DivisionCodeInput.pattern,
  description: '行政区划：6 位或 12 位代码',
  examples: ['330102'],
});
const ExpectedVersion = Type.Integer({
  minimum: 0,
  description: '可选：读取时本级日历的 version（尚无本级日历时为 0）；若其间已被他人修改则拒绝',
});

export const NamedDateSchema = Type.Object(
  { date: LocalDateText, name: Type.String({ maxLength: 50 }) },
  { $id: 'CalendarNamedDate', additionalProperties: false },
);

export const CalendarOverrideSchema = Type.Object(
  {
    date: LocalDateText,
    working: Type.Boolean({ description: 'true：当天上班；false：当天不上班' }),
    reason: Type.String({ maxLength: 200 }),
  },
  { $id: 'CalendarOverride', additionalProperties: false },
);

/**
 * One level's layer of the working calendar, as `WorkingCalendar.fromLayers` of `@gov/calendar`
 * takes it (province first); `division` and `version` are the catalogue's own.
 */
export const CalendarLayerSchema = Type.Object(
  {
    division: DivisionCode12,
    name: Type.String({ description: '设置本层的行政区划名称，出现在日期说明中' }),
    version: Type.Integer({
      minimum: 0,
      description: '每次变更加一；0 表示尚未保存过（省级取国务院公告的内置数据）',
    }),
    announcedYears: Type.Array(Year, { description: '已录入国务院节假日安排的年度' }),
    holidays: Type.Array(NamedDateSchema, { description: '法定节假日（放假）' }),
    adjustedWorkdays: Type.Array(NamedDateSchema, { description: '调休上班的周末' }),
    overrides: Type.Array(CalendarOverrideSchema, { description: '本级的单日调整' }),
  },
  { $id: 'CalendarLayer', additionalProperties: false },
);
export type CalendarLayerReply = Static<typeof CalendarLayerSchema>;

export const CalendarSchema = Type.Object(
  {
    division: DivisionCode12,
    layers: Type.Array(CalendarLayerSchema, {
      description:
        '自省级（国务院节假日安排）而下至本区划的各层，依次叠加；没有本级设置的层级不列出',
    }),
    announcedYears: Type.Array(Year, {
      description: '已公布节假日安排的年度；其他年度只按周末计算，结果为暂定 (provisional)',
    }),
  },
  { $id: 'Calendar', additionalProperties: false },
);
export type Calendar = Static<typeof CalendarSchema>;

export const GetCalendarRequestSchema = Type.Object(
  { division: DivisionInput },
  { $id: 'GetCalendarRequest', additionalProperties: false },
);
export type GetCalendarRequest = Static<typeof GetCalendarRequestSchema>;

export const CalculateWorkingDaysRequestSchema = Type.Object(
  {
    division: DivisionInput,
    date: Type.String({
      pattern: LocalDateText.pattern,
      description: '起算日（受理或收件当日，不计入）；也回答这一天是否为工作日',
    }),
    add: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 3650, description: '加上的工作日数：回答到期日' }),
    ),
    until: Type.Optional(
      Type.String({
        pattern: LocalDateText.pattern,
        description: '截止日：回答 (date, until] 之间的工作日数',
      }),
    ),
  },
  { $id: 'CalculateWorkingDaysRequest', additionalProperties: false },
);
export type CalculateWorkingDaysRequest = Static<typeof CalculateWorkingDaysRequestSchema>;

const Provisional = Type.Boolean({
  description: '涉及尚未公布节假日安排的年度（只按周末计算），结果可能改变',
});

export const WorkingDaysAnswerSchema = Type.Object(
  {
    division: DivisionCode12,
    date: LocalDateText,
    working: Type.Boolean({ description: 'date 是否为工作日' }),
    kind: Type.Union(
      [
        Type.Literal('workday'),
        Type.Literal('weekend'),
        Type.Literal('holiday'),
        Type.Literal('adjusted-workday'),
        Type.Literal('override'),
      ],
      { description: '工作日 / 周末 / 节假日 / 调休上班 / 单日调整' },
    ),
    name: Type.Optional(Type.String({ description: '节假日、调休的名称或单日调整的原因' })),
    layer: Type.Optional(Type.String({ description: '决定这一天的日历层级' })),
    provisional: Provisional,
    deadline: Type.Optional(
      Type.Object(
        { date: LocalDateText, provisional: Provisional },
        { additionalProperties: false, description: 'date 之后第 add 个工作日（当日 24:00 届满）' },
      ),
    ),
    count: Type.Optional(
      Type.Object(
        { days: Type.Integer(), provisional: Provisional },
        { additionalProperties: false, description: '(date, until] 之间的工作日数' },
      ),
    ),
  },
  { $id: 'WorkingDaysAnswer', additionalProperties: false },
);
export type WorkingDaysAnswer = Static<typeof WorkingDaysAnswerSchema>;

export const SetCalendarOverrideRequestSchema = Type.Object(
  {
    division: DivisionInput,
    date: LocalDateText,
    working: Type.Boolean({ description: 'true：当天上班；false：当天不上班' }),
    reason: Type.String({ maxLength: 200, description: '原因，如“区政务服务中心系统升级闭厅”' }),
    version: Type.Optional(ExpectedVersion),
  },
  { $id: 'SetCalendarOverrideRequest', additionalProperties: false },
);
export type SetCalendarOverrideRequest = Static<typeof SetCalendarOverrideRequestSchema>;

export const RemoveCalendarOverrideRequestSchema = Type.Object(
  { division: DivisionInput, date: LocalDateText, version: Type.Optional(ExpectedVersion) },
  { $id: 'RemoveCalendarOverrideRequest', additionalProperties: false },
);
export type RemoveCalendarOverrideRequest = Static<typeof RemoveCalendarOverrideRequestSchema>;

export const AddCalendarAnnouncementRequestSchema = Type.Object(
  {
    division: DivisionInput,
    year: Year,
    holidays: Type.Array(NamedDateSchema, {
      minItems: 1,
      maxItems: 100,
      description: '放假日期（含落在周末的放假日）；可含上一年 12 月的元旦假期',
    }),
    adjustedWorkdays: Type.Array(NamedDateSchema, {
      maxItems: 50,
      description: '调休上班的周末',
    }),
    version: Type.Optional(ExpectedVersion),
  },
  { $id: 'AddCalendarAnnouncementRequest', additionalProperties: false },
);
export type AddCalendarAnnouncementRequest = Static<typeof AddCalendarAnnouncementRequestSchema>;

export const WithdrawCalendarAnnouncementRequestSchema = Type.Object(
  { division: DivisionInput, year: Year, version: Type.Optional(ExpectedVersion) },
  { $id: 'WithdrawCalendarAnnouncementRequest', additionalProperties: false },
);
export type WithdrawCalendarAnnouncementRequest = Static<
  typeof WithdrawCalendarAnnouncementRequestSchema
>;

/** The data of `calendar.changed`: whose layer changed and which dates and years it touches. */
export const CalendarChangedSchema = Type.Object(
  {
    division: DivisionCode12,
    version: Type.Integer({ minimum: 1 }),
    change: Type.Union([
      Type.Literal('override-set'),
      Type.Literal('override-removed'),
      Type.Literal('announcement-added'),
      Type.Literal('announcement-withdrawn'),
    ]),
    years: Type.Array(Year, { description: '受影响的年度' }),
    dates: Type.Array(LocalDateText, { description: '受影响的日期' }),
  },
  { $id: 'CalendarChanged', additionalProperties: false },
);
export type CalendarChanged = Static<typeof CalendarChangedSchema>;

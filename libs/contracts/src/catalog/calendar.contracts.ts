import { publicAccess, rolesAccess } from '../schema/access';
import { defineCommand, defineQuery } from '../schema/contract';
import {
  AddCalendarAnnouncementRequestSchema,
  CalculateWorkingDaysRequestSchema,
  type CalendarLayerReply,
  CalendarLayerSchema,
  CalendarSchema,
  GetCalendarRequestSchema,
  RemoveCalendarOverrideRequestSchema,
  SetCalendarOverrideRequestSchema,
  WithdrawCalendarAnnouncementRequestSchema,
  WorkingDaysAnswerSchema,
} from './calendar.schemas';

const province: CalendarLayerReply = {
  division: '330000000000',
  name: '浙江省',
  version: 1,
  announcedYears: [2025],
  holidays: [{ date: '2025-10-01', name: '国庆中秋' }],
  adjustedWorkdays: [{ date: '2025-09-28', name: '国庆中秋' }],
  overrides: [],
};
const county: CalendarLayerReply = {
  division: '330102000000',
  name: '上城区',
  version: 1,
  announcedYears: [],
  holidays: [],
  adjustedWorkdays: [],
  overrides: [{ date: '2025-10-10', working: false, reason: '中心系统升级闭厅' }],
};

const idempotencyErrors = [
  'PLATFORM.IDEMPOTENCY_KEY_INVALID',
  'PLATFORM.IDEMPOTENCY_KEY_REUSED',
] as const;

/** Errors every calendar change can meet besides its own. */
const changeErrors = [
  'CATALOG.DIVISION_CODE_INVALID',
  'CATALOG.DIVISION_NOT_FOUND',
  'CATALOG.CALENDAR_INVALID',
  'CATALOG.CALENDAR_CHANGED_CONCURRENTLY',
  'AUTH.DIVISION_OUT_OF_SCOPE',
  ...idempotencyErrors,
] as const;

/**
 * The stored working calendar (工作日历): a province layer from the State Council's announcements,
 * and single-date overrides of lower levels.
 * WARNING: released subjects and payloads never change. A breaking change is a new version,
 * served beside the old one while callers migrate.
 */
export const calendarContracts = {
  getCalendar: defineQuery({
    context: 'catalog',
    aggregate: 'calendar',
    verb: 'get',
    version: 1,
    summary: '某行政区划的工作日历：自省级而下的各层与已公布的年度',
    access: publicAccess,
    errors: ['CATALOG.DIVISION_CODE_INVALID', 'CATALOG.DIVISION_NOT_FOUND'],
    request: GetCalendarRequestSchema,
    reply: CalendarSchema,
    samples: {
      request: { division: '330102' },
      reply: { division: '330102000000', layers: [province, county], announcedYears: [2025] },
    },
  }),
  calculateWorkingDays: defineQuery({
    context: 'catalog',
    aggregate: 'calendar',
    verb: 'calculate-working-days',
    version: 1,
    summary: '按某行政区划的工作日历：某日是否工作日、加 N 个工作日的到期日、两日之间的工作日数',
    access: publicAccess,
    errors: [
      'CATALOG.DIVISION_CODE_INVALID',
      'CATALOG.DIVISION_NOT_FOUND',
      'CATALOG.CALENDAR_DATE_INVALID',
    ],
    request: CalculateWorkingDaysRequestSchema,
    reply: WorkingDaysAnswerSchema,
    samples: {
      request: { division: '330102', date: '2025-09-26', add: 5, until: '2025-10-10' },
      reply: {
        division: '330102000000',
        date: '2025-09-26',
        working: true,
        kind: 'workday',
        provisional: false,
        deadline: { date: '2025-10-10', provisional: false },
        count: { days: 5, provisional: false },
      },
    },
  }),
  setOverride: defineCommand({
    context: 'catalog',
    aggregate: 'calendar',
    verb: 'set-override',
    version: 1,
    summary: '本级工作日历的单日调整：将某日设为上班或不上班，并说明原因',
    access: rolesAccess('center_admin'),
    errors: [...changeErrors, 'CATALOG.CALENDAR_DATE_INVALID'],
    request: SetCalendarOverrideRequestSchema,
    reply: CalendarLayerSchema,
    samples: {
      request: {
        division: '330102',
        date: '2025-10-10',
        working: false,
        reason: '中心系统升级闭厅',
        version: 0,
      },
      reply: county,
    },
  }),
  removeOverride: defineCommand({
    context: 'catalog',
    aggregate: 'calendar',
    verb: 'remove-override',
    version: 1,
    summary: '撤销本级工作日历某日的单日调整',
    access: rolesAccess('center_admin'),
    errors: [
      ...changeErrors,
      'CATALOG.CALENDAR_DATE_INVALID',
      'CATALOG.CALENDAR_OVERRIDE_NOT_FOUND',
    ],
    request: RemoveCalendarOverrideRequestSchema,
    reply: CalendarLayerSchema,
    samples: {
      request: { division: '330102', date: '2025-10-10', version: 1 },
      reply: { ...county, overrides: [], version: 2 },
    },
  }),
  addAnnouncement: defineCommand({
    context: 'catalog',
    aggregate: 'calendar',
    verb: 'add-announcement',
    version: 1,
    summary: '录入国务院某年度的节假日安排（省级），该年度的期限计算不再是暂定',
    access: rolesAccess('center_admin', 'catalog_admin'),
    errors: [
      ...changeErrors,
      'CATALOG.CALENDAR_ANNOUNCEMENT_NOT_PROVINCE',
      'CATALOG.CALENDAR_YEAR_ALREADY_ANNOUNCED',
    ],
    request: AddCalendarAnnouncementRequestSchema,
    reply: CalendarLayerSchema,
    samples: {
      request: {
        division: '330000',
        year: 2027,
        holidays: [{ date: '2027-01-01', name: '元旦' }],
        adjustedWorkdays: [],
        version: 1,
      },
      reply: {
        ...province,
        announcedYears: [2025, 2027],
        holidays: [...province.holidays, { date: '2027-01-01', name: '元旦' }],
        version: 2,
      },
    },
  }),
  withdrawAnnouncement: defineCommand({
    context: 'catalog',
    aggregate: 'calendar',
    verb: 'withdraw-announcement',
    version: 1,
    summary: '撤回省级工作日历中某年度的节假日安排（如录入有误），该年度恢复为暂定',
    access: rolesAccess('center_admin', 'catalog_admin'),
    errors: [
      ...changeErrors,
      'CATALOG.CALENDAR_ANNOUNCEMENT_NOT_PROVINCE',
      'CATALOG.CALENDAR_YEAR_NOT_ANNOUNCED',
    ],
    request: WithdrawCalendarAnnouncementRequestSchema,
    reply: CalendarLayerSchema,
    samples: {
      request: { division: '330000', year: 2027, version: 2 },
      reply: { ...province, version: 3 },
    },
  }),
} as const;

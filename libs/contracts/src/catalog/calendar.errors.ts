import { type ErrorDefinition } from '../errors/error-kind';

/** Errors of the stored working calendar. Codes never change. */
export const calendarErrors = {
  'CATALOG.CALENDAR_DATE_INVALID': {
    kind: 'validation',
    message: '日期无效：应为 YYYY-MM-DD 格式的真实公历日期（1900–9999 年）',
  },
  'CATALOG.CALENDAR_INVALID': {
    kind: 'unprocessable',
    message: '工作日历设置有误：请按 details.problems 所列问题逐条修改后重新提交',
  },
  'CATALOG.CALENDAR_CHANGED_CONCURRENTLY': {
    kind: 'conflict',
    message: '该工作日历刚被他人修改，请刷新后按最新内容重新提交',
  },
  'CATALOG.CALENDAR_OVERRIDE_NOT_FOUND': {
    kind: 'not_found',
    message: '本级工作日历在该日期没有单日调整',
  },
  'CATALOG.CALENDAR_ANNOUNCEMENT_NOT_PROVINCE': {
    kind: 'unprocessable',
    message: '国务院节假日安排只能录入省级工作日历；市、县、中心请使用单日调整',
  },
  'CATALOG.CALENDAR_YEAR_ALREADY_ANNOUNCED': {
    kind: 'conflict',
    message: '该年度的节假日安排已录入；如需更正，请先撤回该年度的安排再重新录入',
  },
  'CATALOG.CALENDAR_YEAR_NOT_ANNOUNCED': {
    kind: 'not_found',
    message: '省级工作日历中没有该年度的节假日安排',
  },
} as const satisfies Record<`CATALOG.${string}`, ErrorDefinition>;

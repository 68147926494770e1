import { addCalendarDays, type LocalDate } from '@gov/calendar';
import { type SuspensionKind } from '@gov/case';

/** What happened to a demonstration case after its acceptance. */
export type DemoCaseCourse =
  | { readonly kind: 'running' }
  | {
      readonly kind: 'suspended';
      readonly suspendedDaysAgo: number;
      readonly reason: SuspensionKind;
    }
  | { readonly kind: 'concluded'; readonly concludedDaysAgo: number };

/** A case of the demonstration: its item, its applicant, when it was accepted, what followed. */
export interface DemoCase {
  readonly itemCode: string;
  readonly applicant: string;
  /** Working days between the acceptance (on the day of receipt) and today. */
  readonly acceptedDaysAgo: number;
  readonly course: DemoCaseCourse;
}

/** The centre the demonstration takes place in: 上城区 (its seed clerk and approver act there). */
export const DEMO_DIVISION = '330102000000';

/**
 * Cases of 上城区 at every stage of their clock, so that `npm start` shows the deadline watch at
 * work: promised limits of 5, 10, 15 and 20 working days (yellow at 2, 2, 3 and 4 days left), some
 * at risk, some overdue on the promised or both deadlines, one suspended (never warned), two
 * concluded — one early, one late — for the statistics.
 */
export const DEMO_CASES: readonly DemoCase[] = [
  { itemCode: 'XK00001001', applicant: '王小明', acceptedDaysAgo: 4, course: { kind: 'running' } },
  { itemCode: 'XK00001001', applicant: '陈丽', acceptedDaysAgo: 7, course: { kind: 'running' } },
  { itemCode: 'JF00003001', applicant: '赵强', acceptedDaysAgo: 9, course: { kind: 'running' } },
  { itemCode: 'JF00002001', applicant: '刘芳', acceptedDaysAgo: 18, course: { kind: 'running' } },
  { itemCode: 'JF00001001', applicant: '孙伟', acceptedDaysAgo: 3, course: { kind: 'running' } },
  { itemCode: 'QR00003001', applicant: '周杰', acceptedDaysAgo: 12, course: { kind: 'running' } },
  {
    itemCode: 'JF00001001',
    applicant: '吴敏',
    acceptedDaysAgo: 19,
    course: { kind: 'suspended', suspendedDaysAgo: 2, reason: 'expert-review' },
  },
  {
    itemCode: 'XK00001001',
    applicant: '郑磊',
    acceptedDaysAgo: 10,
    course: { kind: 'concluded', concludedDaysAgo: 3 },
  },
  {
    itemCode: 'JF00003001',
    applicant: '冯静',
    acceptedDaysAgo: 8,
    course: { kind: 'concluded', concludedDaysAgo: 5 },
  },
];

/** The working day `days` working days before `today` on `isWorkingDay`'s calendar. */
export function workingDaysBefore(
  today: LocalDate,
  days: number,
  isWorkingDay: (date: LocalDate) => boolean,
): LocalDate {
  let date = today;
  for (let counted = 0; counted < days;) {
    date = addCalendarDays(date, -1);
    if (isWorkingDay(date)) counted += 1;
  }
  return date;
}

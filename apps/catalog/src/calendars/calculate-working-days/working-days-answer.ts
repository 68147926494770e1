import { type WorkingDaysAnswer } from '@gov/contracts';
import { type LocalDate, type WorkingCalendar } from '@gov/calendar';

/**
 * Answers about `date` on a division's calendar: what kind of day it is, and if asked, the
 * deadline `add` working days after it and the working days in (date, until].
 */
export function workingDaysAnswer(
  calendar: WorkingCalendar,
  division: string,
  question: { readonly date: LocalDate; readonly add?: number; readonly until?: LocalDate },
): WorkingDaysAnswer {
  const day = calendar.describeDay(question.date);
  const deadline =
    question.add === undefined ? undefined : calendar.addWorkingDays(question.date, question.add);
  const count =
    question.until === undefined
      ? undefined
      : calendar.countWorkingDays(question.date, question.until);
  return {
    division,
    date: day.date,
    working: day.working,
    kind: day.kind,
    ...(day.name === undefined ? {} : { name: day.name }),
    ...(day.layer === undefined ? {} : { layer: day.layer }),
    provisional: day.provisional,
    ...(deadline === undefined
      ? {}
      : { deadline: { date: deadline.date, provisional: deadline.provisional } }),
    ...(count === undefined ? {} : { count: { days: count.days, provisional: count.provisional } }),
  };
}

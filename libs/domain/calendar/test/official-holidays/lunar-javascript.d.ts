// lunar-javascript 1.7.7 ships no type definitions. These describe the part the official-holidays
// generator and its drift test read (HolidayUtil in the package's lunar.js), nothing more.
declare module 'lunar-javascript' {
  /** One day of a State Council holiday announcement. */
  export interface Holiday {
    /** `YYYY-MM-DD`. */
    getDay(): string;
    /** The festival, e.g. `国庆中秋`. */
    getName(): string;
    /** `YYYY-MM-DD` of the festival the day belongs to. */
    getTarget(): string;
    /** True for an adjusted working day (调休), false for a day off. */
    isWork(): boolean;
  }

  export const HolidayUtil: {
    /** Every announced day in `year` (empty when the year is not announced in this version). */
    getHolidays(year: number): Holiday[];
    /** The announced day `YYYY-MM-DD`, or null. */
    getHoliday(ymd: string): Holiday | null;
  };
}

import { createRuleBasedHolidayGenerator, PUBLISHED_BANK_HOLIDAYS, RULES_VERSION, type BankHoliday, type PublishedBankHolidays } from './bankHolidays.ts';
import { addCalendarDays, addCalendarMonths, dayOfWeek, isWeekend, type IsoDate } from './isoDate.ts';
import { londonDate } from './london.ts';

/**
 * England & Wales working days: Monday to Friday except bank holidays, substitute days included.
 * The published dates are the authority inside their coverage (one-off holidays exist only there);
 * outside it, date-holidays' rules fill in, one year at a time, each year generated once.
 */
export class WorkingCalendar {
  /** W8: stored with every deadline, so a change of holiday data can be found and recomputed. */
  readonly holidayDataVersion: string;
  readonly publishedCoverage: { from: IsoDate; to: IsoDate };
  private readonly holidaysByDate = new Map<IsoDate, BankHoliday>();
  private readonly generatedYears = new Set<number>();
  private readonly generateYear: (year: number) => BankHoliday[];

  constructor(published: PublishedBankHolidays = PUBLISHED_BANK_HOLIDAYS, generateYear: (year: number) => BankHoliday[] = createRuleBasedHolidayGenerator()) {
    this.holidayDataVersion = `${published.version}+${RULES_VERSION}`;
    this.publishedCoverage = published.coverage;
    this.generateYear = generateYear;
    for (const holiday of published.holidays) this.holidaysByDate.set(holiday.date, holiday);
  }

  bankHoliday(date: IsoDate): BankHoliday | undefined {
    this.ensureYearGenerated(Number(date.slice(0, 4)));
    return this.holidaysByDate.get(date);
  }

  isWorkingDay(date: IsoDate): boolean {
    return !isWeekend(date) && this.bankHoliday(date) === undefined;
  }

  /**
   * The Nth working day after `date` (the date itself is day 0 and never counts, so a weekend or
   * holiday start makes the next working day day 1: W1, W3). Negative N counts back.
   */
  addWorkingDays(date: IsoDate, workingDays: number): IsoDate {
    if (!Number.isInteger(workingDays)) throw new RangeError(`working days must be a whole number, got ${workingDays}`);
    const step = workingDays < 0 ? -1 : 1;
    let remaining = Math.abs(workingDays);
    let current = date;
    let weekday = dayOfWeek(date);
    while (remaining > 0) {
      current = addCalendarDays(current, step);
      weekday = (weekday + step + 7) % 7;
      if (this.isWorkingWeekday(current, weekday)) remaining -= 1;
    }
    return current;
  }

  /** Working days after `from` up to and including `to`; negative when `to` is earlier. */
  countWorkingDaysBetween(from: IsoDate, to: IsoDate): number {
    if (to < from) return -this.countWorkingDaysBetween(to, from);
    let count = 0;
    let weekday = dayOfWeek(from);
    for (let current = addCalendarDays(from, 1); current <= to; current = addCalendarDays(current, 1)) {
      weekday = (weekday + 1) % 7;
      if (this.isWorkingWeekday(current, weekday)) count += 1;
    }
    return count;
  }

  /** Day loops track the weekday themselves rather than recomputing it for every date. */
  private isWorkingWeekday(date: IsoDate, weekday: number): boolean {
    return weekday !== 0 && weekday !== 6 && this.bankHoliday(date) === undefined;
  }

  /** W6: a deadline landing on a weekend or holiday is shown with the last working day on or before it. */
  lastWorkingDayOnOrBefore(date: IsoDate): IsoDate {
    let current = date;
    while (!this.isWorkingDay(current)) current = addCalendarDays(current, -1);
    return current;
  }

  nextWorkingDayAfter(date: IsoDate): IsoDate {
    return this.addWorkingDays(date, 1);
  }

  /** Bank holidays falling on weekdays from `from` to `to`, both included. */
  bankHolidaysBetween(from: IsoDate, to: IsoDate): BankHoliday[] {
    const found: BankHoliday[] = [];
    for (let current = from; current <= to; current = addCalendarDays(current, 1)) {
      const holiday = isWeekend(current) ? undefined : this.bankHoliday(current);
      if (holiday) found.push(holiday);
    }
    return found;
  }

  private ensureYearGenerated(year: number): void {
    if (this.generatedYears.has(year)) return;
    this.generatedYears.add(year);
    const { from, to } = this.publishedCoverage;
    if (`${year}-01-01` >= from && `${year}-12-31` <= to) return;
    for (const holiday of this.generateYear(year)) {
      const publishedCoversDate = holiday.date >= from && holiday.date <= to;
      if (!publishedCoversDate) this.holidaysByDate.set(holiday.date, holiday);
    }
  }
}

let sharedCalendar: WorkingCalendar | undefined;

/** The one calendar the product uses: built on first use, then reused by every call. */
export function getWorkingCalendar(): WorkingCalendar {
  sharedCalendar ??= new WorkingCalendar();
  return sharedCalendar;
}

/** A date, or an instant read as its Europe/London date. */
export type DateOrInstant = IsoDate | Date;

function toIsoDate(value: DateOrInstant): IsoDate {
  return typeof value === 'string' ? value : londonDate(value);
}

export function isWorkingDay(date: DateOrInstant): boolean {
  return getWorkingCalendar().isWorkingDay(toIsoDate(date));
}

export function addWorkingDays(date: DateOrInstant, workingDays: number): IsoDate {
  return getWorkingCalendar().addWorkingDays(toIsoDate(date), workingDays);
}

export function countWorkingDaysBetween(from: DateOrInstant, to: DateOrInstant): number {
  return getWorkingCalendar().countWorkingDaysBetween(toIsoDate(from), toIsoDate(to));
}

export function holidayDataVersion(): string {
  return getWorkingCalendar().holidayDataVersion;
}

/**
 * Whether the published bank holidays reach 12 months past `now`. When they do not, operators should
 * add the new GOV.UK dates: one-off holidays (a state funeral, a coronation) exist only there.
 */
export function publishedHolidaysCoverNextYear(now: Date): boolean {
  return getWorkingCalendar().publishedCoverage.to >= addCalendarMonths(londonDate(now), 12);
}

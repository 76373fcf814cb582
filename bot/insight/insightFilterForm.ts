import { z } from 'zod';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { addCalendarDays, addCalendarMonths, calendarDaysBetween, isIsoDate } from '../../knowledge/calendar/isoDate.ts';
import { londonDate } from '../../knowledge/calendar/london.ts';
import type { InsightFilter } from '../../knowledge/insight/boardInsight.ts';
import { AGENCY_TYPES } from '../../knowledge/records/fields.ts';

/** The filter form's fields as the browser sends them (a plain GET form), each optional. */
export interface FilterFormValues {
  board: string;
  from: string;
  to: string;
  agency: string;
}

export type FilterOutcome = { values: FilterFormValues } & ({ filter: InsightFilter; problems?: never } | { filter?: never; problems: string[] });

/** Longest period the page shows at once: five years of figures is already a long report. */
const LONGEST_PERIOD_DAYS = 5 * 366;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const formText = z.preprocess(firstValue, z.string().trim().max(100).optional().catch(undefined));

const querySchema = z.object({ board: formText, from: formText, to: formText, agency: formText });

/** The default period: the last twelve months up to today (Europe/London). */
export function defaultPeriod(now: Date): { from: string; to: string } {
  const today = londonDate(now);
  return { from: addCalendarDays(addCalendarMonths(today, -12), 1), to: today };
}

function filterSchema(boards: readonly Board[]) {
  const boardIds = boards.map((board) => board.id);
  return z
    .object({
      board: z.string().refine((id) => boardIds.includes(id), { error: `Board: choose one of the boards you can see (${boardIds.join(', ')}).` }),
      from: z.string().refine(isIsoDate, { error: 'From: enter a real date like 2026-04-01.' }),
      to: z.string().refine(isIsoDate, { error: 'To: enter a real date like 2027-03-31.' }),
      agency: z.union([z.literal(''), z.enum(AGENCY_TYPES, { error: 'Agency type: choose one from the list.' })]),
    })
    .superRefine(({ from, to }, context) => {
      if (!isIsoDate(from) || !isIsoDate(to)) return;
      const days = calendarDaysBetween(from, to);
      if (days < 0) context.addIssue({ code: 'custom', message: 'The period ends before it starts: the "to" date must be on or after the "from" date.' });
      else if (days > LONGEST_PERIOD_DAYS) context.addIssue({ code: 'custom', message: 'The period is longer than five years: choose a shorter one.' });
    });
}

/** Reads the filter form; missing fields take their defaults (the first visible board, the last twelve months, every agency). */
export function readFilterForm(query: unknown, boards: readonly Board[], now: Date): FilterOutcome {
  const given = querySchema.parse(query ?? {});
  const period = defaultPeriod(now);
  const values: FilterFormValues = { board: given.board ?? boards[0]?.id ?? '', from: given.from ?? period.from, to: given.to ?? period.to, agency: given.agency ?? '' };
  const parsed = filterSchema(boards).safeParse(values);
  if (!parsed.success) return { values, problems: parsed.error.issues.map((issue) => issue.message) };
  const { board, from, to, agency } = parsed.data;
  return { values, filter: { boardId: board, period: { from, to }, ...(agency ? { agencyType: agency } : {}) } };
}

import { londonDate } from '../../knowledge/calendar/london.ts';
import type { FieldSpec, SectionSpec, SectionValues } from './formSpec.ts';

/** What a section's answers are checked against beyond their schema: the time now (from the dialogs' clock) and the board. */
export type SubmissionChecks = {
  now?: Date;
  /** The board's accepted domains for secure work email; unset when the board keeps no list. */
  secureEmailDomains?: readonly string[];
};

/** Devices' clocks drift: a time a few minutes ahead of ours is taken as now. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** What to fix about each answer that fails a check, by field id. */
export function failedChecks(section: SectionSpec, values: SectionValues, checks: SubmissionChecks): Array<{ field: FieldSpec; whatToFix: string }> {
  return section.fields.flatMap((field) => {
    const whatToFix = failedCheck(field, values[field.id], checks);
    return whatToFix === undefined ? [] : [{ field, whatToFix }];
  });
}

function failedCheck(field: FieldSpec, value: unknown, checks: SubmissionChecks): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (field.pastOnly && checks.now !== undefined && isAfterNow(field, value, checks.now)) {
    return field.kind === 'date' ? 'this date is after today: give a date on or before today' : 'this is in the future: give when it happened (London time)';
  }
  if (field.secureWorkEmail && checks.secureEmailDomains !== undefined && !onDomains(value, checks.secureEmailDomains)) {
    return `use a secure work email address; the board accepts addresses ending in ${checks.secureEmailDomains.map((domain) => `@${domain}`).join(', ')}`;
  }
  return undefined;
}

function isAfterNow(field: FieldSpec, value: string, now: Date): boolean {
  if (field.kind === 'date') return value > londonDate(now);
  if (field.kind === 'datetime') return new Date(value).getTime() > now.getTime() + CLOCK_SKEW_MS;
  return false;
}

/** The address's domain is one of the board's, or a part of one (e.g. school.sample.gov.uk under sample.gov.uk). */
function onDomains(email: string, domains: readonly string[]): boolean {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return domains.some((accepted) => domain === accepted || domain.endsWith(`.${accepted}`));
}

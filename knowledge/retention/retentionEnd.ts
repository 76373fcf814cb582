import type { Citation } from '../citation.ts';
import type { RetentionPeriod, RetentionRule } from '../boards/boardRetention.ts';
import type { IsoDate } from '../calendar/isoDate.ts';
import { addCalendarMonths } from '../calendar/isoDate.ts';
import { londonDate, startOfLondonDay } from '../calendar/london.ts';
import type { LadoOutcomeValue } from '../lado/index.ts';

/**
 * What a record's retention period is counted from, as far as the store knows it. Each start in RETENTION_STARTS
 * maps to one fact: `submission` the record's creation; `lastContact` the latest entry in the record's audit trail
 * by a person acting on the case (not reads, legal holds or the bot's own entries), else its submission; `closure`
 * the closure date of the LADO outcome for it; `subjectDateOfBirth` the date of birth of the adult a LADO referral
 * is about. A LADO referral's period depends on its outcome.
 */
export interface RetentionFacts {
  submittedAt: Date;
  lastContactAt: Date;
  outcome?: LadoOutcomeValue | undefined;
  closedOn?: IsoDate | undefined;
  subjectDateOfBirth?: IsoDate | undefined;
}

/** Why a record is kept with no end in sight: told to operators as it is. */
export type RetentionKept = { status: 'kept'; reason: string };
/** The period's last day (London); the record may go from the day after. */
export type RetentionEnding = { status: 'ends'; lastDay: IsoDate; years: number; from: RetentionPeriod['from']; citation: Citation | undefined };
export type RetentionDecision = RetentionKept | RetentionEnding;

const START_IN_WORDS: Record<RetentionPeriod['from'], string> = {
  submission: 'submission',
  lastContact: 'last contact',
  closure: 'closure',
  subjectDateOfBirth: "the subject's date of birth",
};

export function describeRetentionStart(from: RetentionPeriod['from']): string {
  return START_IN_WORDS[from];
}

function startDate(from: RetentionPeriod['from'], facts: RetentionFacts): IsoDate | RetentionKept {
  switch (from) {
    case 'submission':
      return londonDate(facts.submittedAt);
    case 'lastContact':
      return londonDate(facts.lastContactAt);
    case 'closure':
      return facts.closedOn ?? { status: 'kept', reason: 'no closure date recorded yet' };
    case 'subjectDateOfBirth':
      return facts.subjectDateOfBirth ?? { status: 'kept', reason: "the subject's date of birth is not recorded (age only)" };
  }
}

function periodEnd(period: RetentionPeriod, facts: RetentionFacts): RetentionDecision {
  const start = startDate(period.from, facts);
  if (typeof start !== 'string') return start;
  return { status: 'ends', lastDay: addCalendarMonths(start, period.years * 12), years: period.years, from: period.from, citation: period.citation };
}

/**
 * When a record's retention period ends under its board's rule (domain brief §8): calendar years from the start
 * the rule names, clamped at month ends (29 February + 1 year = 28 February). No rule, or a start not known yet,
 * keeps the record: nothing is purged on a guess. `keptWith` rules are resolved by the caller, which knows the
 * record the file is kept with.
 */
export function retentionDecision(rule: RetentionRule | undefined, facts: RetentionFacts): RetentionDecision {
  if (rule === undefined) return { status: 'kept', reason: 'the board has no retention period for this record type' };
  if ('keptWith' in rule) return { status: 'kept', reason: `kept with its ${rule.keptWith.replaceAll('_', ' ')}` };
  if ('byOutcome' in rule) {
    return facts.outcome ? periodEnd(rule.byOutcome[facts.outcome], facts) : { status: 'kept', reason: 'no outcome recorded yet' };
  }
  return periodEnd(rule, facts);
}

/** True once the period's last day is over in London. */
export function retentionHasEnded(ending: RetentionEnding, now: Date): boolean {
  return londonDate(now) > ending.lastDay;
}

/** The start of the London day `years` calendar years before now: audit entries of records purged before it may go. */
export function auditTrailCutoff(now: Date, years: number): Date {
  return startOfLondonDay(addCalendarMonths(londonDate(now), -12 * years));
}

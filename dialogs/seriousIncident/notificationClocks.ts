import type { SeriousIncidentFacts } from '../../cards/records/seriousIncidentRecord.ts';
import type { GuidanceStatement } from '../../knowledge/guidanceStatement.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import type { EffectiveClock } from '../../knowledge/clocks/clock.ts';
import { describeClockLength } from '../../knowledge/clocks/clockLength.ts';
import { computeDeadline } from '../../knowledge/clocks/computeDeadline.ts';
import { describeDeadline } from '../../knowledge/clocks/describeDeadline.ts';
import { resolveClock } from '../../knowledge/clocks/resolveClock.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { getEdition } from '../../knowledge/editions/editions.ts';
import { notificationClocks } from '../../knowledge/editions/reviewClocks.ts';
import type { ClockStart } from '../ports.ts';

/** The clocks of a notification as the board's edition and settings run them (domain brief §3, §7.2). */
export function effectiveClocks(board: Board, edition: EditionId, clockIds: readonly string[]): EffectiveClock[] {
  return clockIds.map((clockId) => resolveClock(edition, clockId, board.clockSettings));
}

/** Every clock the criteria start, in order: those from when the local authority became aware, then the board's own. */
export function allNotificationClockIds(edition: EditionId, assessedClockIds: readonly string[]): string[] {
  const clocks = notificationClocks(edition, assessedClockIds);
  return [...clocks.fromAwareness, ...clocks.fromNotification];
}

/** The clocks the submission starts: the notification's from when the local authority became aware, the decision's from now. */
export function notificationClockStarts(facts: SeriousIncidentFacts, awareAt: Date, now: Date): ClockStart[] {
  const clocks = notificationClocks(facts.edition, facts.assessedClockIds);
  return [...clocks.fromAwareness.map((clockId) => ({ clockId, startsAt: awareAt })), ...clocks.fromNotification.map((clockId) => ({ clockId, startsAt: now }))];
}

/**
 * The line on every card of the notification: the edition, and the deadline and time left of each clock that runs
 * from awareness, once the card saying when the local authority became aware is answered.
 */
export function notificationBanner(board: Board, facts: SeriousIncidentFacts, awareAt: Date | undefined, now: Date): string {
  const { fromAwareness } = notificationClocks(facts.edition, facts.assessedClockIds);
  const deadlines = effectiveClocks(board, facts.edition, fromAwareness).map((clock) =>
    awareAt === undefined
      ? `${clock.endEvent}: ${describeClockLength(clock)} from when the local authority became aware.`
      : `${clock.endEvent}: ${describeDeadline(computeDeadline(clock, awareAt, board.calendar), now)}`,
  );
  return [`${getEdition(facts.edition).title}.`, ...deadlines].join(' ');
}

/** "why?" about the clocks: each one's length, start and sources under the board's edition. */
export function clocksStatement(board: Board, edition: EditionId, clockIds: readonly string[]): GuidanceStatement {
  const clocks = effectiveClocks(board, edition, clockIds);
  const pack = getEdition(edition);
  return {
    title: 'Why these clocks',
    paragraphs: [
      ...clocks.map((clock) => `${clock.endEvent}: ${describeClockLength(clock)}, counted from: ${clock.startEvent}.${clock.setByBoard ? ' Set by your board.' : ''}`),
      'Working days are Monday to Friday except bank holidays in England and Wales. Clocks are prompts, not scores: a missed deadline asks for a reason.',
      ...(pack.supersededBanner === undefined ? [] : [pack.supersededBanner]),
    ],
    citations: clocks.flatMap((clock) => clock.citations),
  };
}

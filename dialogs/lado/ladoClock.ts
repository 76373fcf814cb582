import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { describeClockLength } from '../../knowledge/clocks/clockLength.ts';
import { computeDeadline, type Deadline } from '../../knowledge/clocks/computeDeadline.ts';
import { describeDeadline } from '../../knowledge/clocks/describeDeadline.ts';
import { resolveClock } from '../../knowledge/clocks/resolveClock.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { getEdition } from '../../knowledge/editions/editions.ts';
import type { GuidanceStatement } from '../../knowledge/guidanceStatement.ts';

/** The clock for telling the LADO (domain brief §3 LADO_REPORT), as the board's edition and calendar run it. */
export const LADO_CLOCK_ID = 'LADO_REPORT';

export function ladoDeadline(board: Board, edition: EditionId, allegationKnownAt: Date): Deadline {
  return computeDeadline(resolveClock(edition, LADO_CLOCK_ID, board.clockSettings), allegationKnownAt, board.calendar);
}

/** The line on every card of the referral: the edition, the deadline and the time left. */
export function clockBanner(board: Board, edition: EditionId, allegationKnownAt: Date, now: Date): string {
  return `${getEdition(edition).title}. Tell the LADO: ${describeDeadline(ladoDeadline(board, edition, allegationKnownAt), now)}`;
}

/** "why?" about the deadline: the rule and its sources. */
export function clockStatement(board: Board, edition: EditionId): GuidanceStatement {
  const clock = resolveClock(edition, LADO_CLOCK_ID, board.clockSettings);
  const pack = getEdition(edition);
  return {
    title: 'Why this deadline',
    paragraphs: [
      `${pack.title}: the LADO is told within ${describeClockLength(clock)} of the allegation coming to the employer’s attention.`,
      'Working days are Monday to Friday except bank holidays in England and Wales. The day you heard of it is day 0.',
      ...(clock.setByBoard ? ['Set by your board.'] : []),
      ...(pack.supersededBanner === undefined ? [] : [pack.supersededBanner]),
    ],
    citations: [...clock.citations],
  };
}

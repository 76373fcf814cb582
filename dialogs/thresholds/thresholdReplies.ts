import type { Activity } from 'botbuilder';
import { levelContactFacts, renderAnswerCard, renderUrgentCard } from '../../cards/thresholds/thresholdGuidanceCards.ts';
import { renderReceiptCard } from '../../cards/templates/receiptCard.ts';
import { renderMessageCard } from '../../cards/templates/messageCard.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { isWithinWorkingHours } from '../../knowledge/calendar/boardWorkingTime.ts';
import { CONSENT_PRINCIPLES, INFORMATION_SHARING_ADVICE } from '../../knowledge/thresholds/informationSharingAdvice.ts';
import { referralDecisionClock } from '../../knowledge/thresholds/referralExpectation.ts';
import { cardMessage } from '../forms/cardMessage.ts';
import { chosenLevelId, consentRuleFor, recommendationFor, type ThresholdAnswers, type ThresholdFacts } from '../../cards/thresholds/thresholdAnswers.ts';
import { expectationText } from './thresholdMessages.ts';
import { deliveryLine } from '../../cards/templates/receiptStatus.ts';
import type { SubmissionReceipt } from '../ports.ts';

/** The cards of the threshold check that say what to do, each with the sources it rests on. */

/** Red flags: 999, then the front door in the board's working hours or the emergency duty team outside them. */
export function urgentReply(board: Board, flagIds: readonly string[], now: Date): Partial<Activity> {
  return cardMessage(
    renderUrgentCard({
      document: board.thresholds,
      contacts: board.contacts,
      flags: board.thresholds.redFlags.filter((flag) => flagIds.includes(flag.id)),
      inWorkingHours: isWithinWorkingHours(now, board.calendar),
    }),
  );
}

/** The suggested level (or none), with who takes a child protection call now, by the same working-hours rule as red flags. */
export function answerReply(board: Board, answers: ThresholdAnswers, now: Date): Partial<Activity> {
  const clock = referralDecisionClock(board.edition);
  const expectation = expectationText(clock);
  return cardMessage(
    renderAnswerCard({
      document: board.thresholds,
      contacts: board.contacts,
      recommendation: recommendationFor(board.thresholds, answers),
      inWorkingHours: isWithinWorkingHours(now, board.calendar),
      ...(expectation !== undefined && { referralExpectation: { text: expectation, citations: [...clock.citations] } }),
    }),
  );
}

/** "why?": the board's document (and, after red flags, what the flags cite), the information-sharing advice, the edition and the referral clock. */
export function whyReply(board: Board, afterRedFlags: boolean): Partial<Activity> {
  const document = board.thresholds;
  const clock = referralDecisionClock(board.edition);
  const flagCitations = afterRedFlags ? document.redFlags.flatMap((flag) => (flag.citation ? [flag.citation] : [])) : [];
  return cardMessage(
    renderMessageCard(
      'Where this comes from',
      [
        `The questions, levels, consent rules and contacts are ${board.name}'s own threshold document, "${document.title}" (version ${document.version}).`,
        ...(document.notice ? [document.notice] : []),
        `On consent: ${CONSENT_PRINCIPLES.join(' ')}`,
        `The guidance edition is ${board.edition.toUpperCase()}. ${expectationText(clock) ?? ''}`,
      ],
      [],
      [document.citation, ...flagCitations, INFORMATION_SHARING_ADVICE, ...clock.citations],
    ),
  );
}

/** The receipt: what the level chosen means, what refused consent means, and whom to call now for that level. */
export function savedReply(board: Board, facts: ThresholdFacts, { reference, deliveredThrough }: Pick<SubmissionReceipt, 'reference' | 'deliveredThrough'>, now: Date): Partial<Activity> {
  const document = board.thresholds;
  const chosen = document.levels.find((level) => level.id === chosenLevelId(document, facts));
  const refusedConsent = facts.consent?.consent === 'refused' ? consentRuleFor(document, facts) : undefined;
  const levelStep = chosen ? `${chosen.name}: ${chosen.response}` : 'Talk to your safeguarding lead now about what worries you.';
  const afterFullCheck = !facts.shortRecord && !facts.handOffToLado;
  return cardMessage(
    renderReceiptCard({
      reference,
      title: 'Threshold check saved',
      nextSteps: [
        ...(afterFullCheck ? [levelStep] : []),
        ...(refusedConsent ? [`Consent was refused. ${refusedConsent.text} You do not need consent to refer where you judge the child is at risk.`] : []),
        'No child name is kept in this record.',
        ...deliveryLine(deliveredThrough),
      ],
      ...(afterFullCheck && chosen && { contacts: levelContactFacts(board.contacts, chosen, isWithinWorkingHours(now, board.calendar)) }),
    }),
  );
}

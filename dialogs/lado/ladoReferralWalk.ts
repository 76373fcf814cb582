import { childNotSafeCard, referralReceiptCard } from '../../cards/lado/ladoCards.ts';
import { ladoReferralForm, LADO_REFERRAL_SECTIONS as SECTION } from '../../cards/lado/ladoReferralForm.ts';
import { buildLadoReferral, type LadoReferralFacts } from '../../cards/records/ladoReferralRecord.ts';
import { cardMessage } from '../forms/cardMessage.ts';
import type { SectionValues } from '../../cards/forms/formSpec.ts';
import type { FormDraft } from '../forms/formDraft.ts';
import { FormWalkDialog, type SectionCheck } from '../forms/formWalkDialog.ts';
import { clockBanner, LADO_CLOCK_ID } from './ladoClock.ts';
import { explainReferralSection } from './ladoExplanations.ts';
import * as say from './ladoMessages.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { boardOrThrow } from '../boards.ts';
import type { LadoFlowPorts } from './ladoPorts.ts';

export const LADO_REFERRAL_WALK = 'lado.referralWalk';
const RESUME_REFERRAL_COMMAND = 'resume my LADO referral';
export const RESUME_REFERRAL_HINT = `type **${RESUME_REFERRAL_COMMAND}** in any chat with me.`;

type ReferralDraft = FormDraft<LadoReferralFacts>;

/**
 * "Is the child safe now?" answered No or Not sure stops the form with what to do first, once: the time it was
 * shown is kept with the draft and goes into the record.
 */
function childSafetyCheck(draft: ReferralDraft, values: SectionValues, now: Date, contacts: Board['contacts']): SectionCheck<LadoReferralFacts> | undefined {
  if (draft.sectionId !== SECTION.actionsTaken || values.childSafeNow === 'yes') return undefined;
  if (draft.facts.immediateActionsShownAt !== undefined) return undefined;
  return {
    kind: 'stop',
    facts: { immediateActionsShownAt: now.toISOString() },
    messages: [
      cardMessage(childNotSafeCard(contacts), 'Make the child safe first. Call 999 if a child is in immediate danger.'),
      { type: 'message', text: say.childNotSafeStoppedText(RESUME_REFERRAL_HINT) },
    ],
  };
}

function bannerOf(board: Board, facts: LadoReferralFacts, now: Date): string {
  const clock = clockBanner(board, facts.edition, new Date(facts.allegationKnownAt), now);
  return facts.immediateActionsShownAt === undefined ? clock : `${clock}\n\n${say.immediateActionsShownLine(new Date(facts.immediateActionsShownAt))}`;
}

/** The referral form, section by section, with the LADO clock on every card. */
export function createLadoReferralWalk(ports: LadoFlowPorts): FormWalkDialog<LadoReferralFacts> {
  const boardOf = (draft: FormDraft) => boardOrThrow(ports.boards, draft.boardId);
  return new FormWalkDialog<LadoReferralFacts>({
    dialogId: LADO_REFERRAL_WALK,
    form: ladoReferralForm,
    drafts: ports.drafts,
    time: ports.time,
    submissions: ports.submissions,
    reportAlert: true,
    repeatable: {
      [SECTION.child]: {
        itemTitle: (position) => `Child ${position}`,
        countOf: (count) => (count === 1 ? '1 child' : `${count} children`),
        addAnotherLabel: 'Add another child',
      },
    },
    secureEmailDomains: (draft) => boardOf(draft).secureEmailDomains,
    stepBanner: (draft, now) => bannerOf(boardOf(draft), draft.facts, now),
    checkSection: (draft, values, now) => childSafetyCheck(draft, values, now, boardOf(draft).contacts),
    explain: (draft) => explainReferralSection(draft.sectionId, boardOf(draft), draft.facts.edition),
    buildRecord: (draft, now) => {
      const built = buildLadoReferral(draft.facts, draft.values, now.toISOString());
      if (!built.ok) return built;
      const clocks = [{ clockId: LADO_CLOCK_ID, startsAt: new Date(built.record.allegationKnownAt) }];
      return { ok: true, recordType: ladoReferralForm.recordType, record: built.record, clocks };
    },
    receipt: (receipt, draft) => {
      const clock = receipt.clocks.find((candidate) => candidate.clockId === LADO_CLOCK_ID);
      const deadlineText = clock?.notSetMessage ?? clock?.description;
      const card = referralReceiptCard({ ...receipt, ...(deadlineText !== undefined && { deadlineText }) }, boardOf(draft).contacts);
      return [cardMessage(card, `LADO referral recorded. Your reference is ${receipt.reference}.`)];
    },
    reminders: {
      port: ports.draftReminders,
      clockOf: (draft) => {
        const facts = draft.facts;
        return {
          clock: { clockId: LADO_CLOCK_ID, startsAt: new Date(facts.allegationKnownAt) },
          edition: facts.edition,
          draftTitle: 'LADO referral',
          deadlineLabel: 'Tell the LADO',
          resumeCommand: RESUME_REFERRAL_COMMAND,
        };
      },
    },
    resumeHint: RESUME_REFERRAL_HINT,
  });
}

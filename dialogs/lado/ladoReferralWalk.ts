import { referralReceiptCard } from '../../cards/forms/ladoCards.ts';
import { ladoReferralForm, LADO_REFERRAL_SECTIONS as SECTION } from '../../cards/forms/ladoReferralForm.ts';
import { buildLadoReferral, type LadoReferralFacts } from '../../cards/forms/ladoReferralRecord.ts';
import { cardMessage } from '../forms/cardMessage.ts';
import type { FormDraft } from '../forms/formDraft.ts';
import { FormWalkDialog } from '../forms/formWalkDialog.ts';
import { clockBanner, LADO_CLOCK_ID } from './ladoClock.ts';
import { explainReferralSection } from './ladoExplanations.ts';
import { boardOrThrow, type LadoFlowPorts } from './ladoPorts.ts';

export const LADO_REFERRAL_WALK = 'lado.referralWalk';
const RESUME_REFERRAL_COMMAND = 'resume my LADO referral';
export const RESUME_REFERRAL_HINT = `type **${RESUME_REFERRAL_COMMAND}** in any chat with me.`;

export function referralFactsOf(draft: FormDraft): LadoReferralFacts {
  return draft.facts as LadoReferralFacts;
}

/** The referral form, section by section, with the LADO clock on every card. */
export function createLadoReferralWalk(ports: LadoFlowPorts): FormWalkDialog {
  const boardOf = (draft: FormDraft) => boardOrThrow(ports.boards, draft.boardId);
  return new FormWalkDialog({
    dialogId: LADO_REFERRAL_WALK,
    form: ladoReferralForm,
    drafts: ports.drafts,
    time: ports.time,
    submissions: ports.submissions,
    repeatable: {
      [SECTION.child]: {
        itemTitle: (position) => `Child ${position}`,
        countOf: (count) => (count === 1 ? '1 child' : `${count} children`),
        addAnotherLabel: 'Add another child',
      },
    },
    secureEmailDomains: (draft) => boardOf(draft).secureEmailDomains,
    stepBanner: (draft, now) => {
      const facts = referralFactsOf(draft);
      return clockBanner(boardOf(draft), facts.edition, new Date(facts.allegationKnownAt), now);
    },
    explain: (draft) => explainReferralSection(draft.sectionId, boardOf(draft), referralFactsOf(draft).edition),
    buildRecord: (draft, now) => {
      const built = buildLadoReferral(referralFactsOf(draft), draft.values, now.toISOString());
      if (!built.ok) return built;
      const clocks = [{ clockId: LADO_CLOCK_ID, startsAt: new Date(built.record.allegationKnownAt) }];
      return { ok: true, recordType: ladoReferralForm.recordType, record: built.record, clocks };
    },
    receipt: (receipt, draft) => {
      const clock = receipt.clocks.find((candidate) => candidate.clockId === LADO_CLOCK_ID);
      const deadlineText = clock?.notSetMessage ?? clock?.description;
      const card = referralReceiptCard(
        { reference: receipt.reference, duplicate: receipt.duplicate, ...(deadlineText !== undefined && { deadlineText }) },
        boardOf(draft).contacts,
      );
      return [cardMessage(card, `LADO referral sent. Your reference is ${receipt.reference}.`)];
    },
    reminders: {
      port: ports.draftReminders,
      clockOf: (draft) => {
        const facts = referralFactsOf(draft);
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

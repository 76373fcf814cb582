import { ladoConsultationForm } from '../../cards/lado/ladoConsultationForm.ts';
import { buildLadoConsultation } from '../../cards/records/ladoConsultationRecord.ts';
import { consultationReceiptCard } from '../../cards/lado/ladoCards.ts';
import { CONSULTATION } from '../../knowledge/lado/ladoGuidance.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { getEdition } from '../../knowledge/editions/editions.ts';
import { cardMessage } from '../forms/cardMessage.ts';
import type { FormDraft } from '../forms/formDraft.ts';
import { FormWalkDialog } from '../forms/formWalkDialog.ts';
import { statementMessage } from '../forms/guidance.ts';
import { boardOrThrow } from '../boards.ts';
import type { LadoFlowPorts } from './ladoPorts.ts';

export const LADO_CONSULTATION_WALK = 'lado.consultationWalk';

type ConsultationFacts = { edition: EditionId };

/** The short consultation request (contact details and the question), routed to the LADO duty channel. */
export function createLadoConsultationWalk(ports: LadoFlowPorts): FormWalkDialog<ConsultationFacts> {
  const boardOf = (draft: FormDraft) => boardOrThrow(ports.boards, draft.boardId);
  return new FormWalkDialog<ConsultationFacts>({
    dialogId: LADO_CONSULTATION_WALK,
    form: ladoConsultationForm,
    drafts: ports.drafts,
    time: ports.time,
    submissions: ports.submissions,
    reportAlert: true,
    secureEmailDomains: (draft) => boardOf(draft).secureEmailDomains,
    stepBanner: (draft) => `${getEdition(draft.facts.edition).title}. A consultation asks the LADO for advice; it is not a referral.`,
    explain: (draft) => statementMessage(CONSULTATION, draft.facts.edition),
    buildRecord: (draft, now) => {
      const built = buildLadoConsultation({ boardId: draft.boardId, edition: draft.facts.edition }, draft.values, now.toISOString());
      return built.ok ? { ok: true, recordType: ladoConsultationForm.recordType, record: built.record, clocks: [] } : built;
    },
    receipt: (receipt, draft) => [cardMessage(consultationReceiptCard(receipt, boardOf(draft).contacts), `Consultation request recorded. Your reference is ${receipt.reference}.`)],
    resumeHint: 'type **resume my LADO consultation** in any chat with me.',
  });
}

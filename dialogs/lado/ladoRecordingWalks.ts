import { renderReceiptCard } from '../../cards/templates/receiptCard.ts';
import { deliveryLine } from '../../cards/templates/receiptStatus.ts';
import { ladoDecisionForm } from '../../cards/lado/ladoDecisionForm.ts';
import { buildLadoDecision } from '../../cards/records/ladoDecisionRecord.ts';
import { OUTCOME_DEFINITIONS } from '../../knowledge/lado/ladoGuidance.ts';
import { ladoOutcomeForm } from '../../cards/lado/ladoOutcomeForm.ts';
import { buildLadoOutcome } from '../../cards/records/ladoOutcomeRecord.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { getEdition } from '../../knowledge/editions/editions.ts';
import { cardMessage } from '../forms/cardMessage.ts';
import type { FormDraft } from '../forms/formDraft.ts';
import { FormWalkDialog, type RecordBuild } from '../forms/formWalkDialog.ts';
import type { RecordResult } from '../../cards/records/recordResult.ts';
import { clockStatement } from './ladoClock.ts';
import { statementMessage } from '../forms/guidance.ts';
import type { SubmissionReceipt } from '../ports.ts';
import { boardOrThrow } from '../boards.ts';
import type { LadoFlowPorts } from './ladoPorts.ts';

export const LADO_DECISION_WALK = 'lado.decisionWalk';
export const LADO_OUTCOME_WALK = 'lado.outcomeWalk';

/** What a LADO-side draft knows before the form: the record it is about. */
export type RecordingFacts = { referralReference: string; edition: EditionId; decidedBy: string };

function asRecordBuild(recordType: string, built: RecordResult<unknown>): RecordBuild {
  return built.ok ? { ok: true, recordType, record: built.record, clocks: [] } : built;
}

function receiptMessage(title: string, receipt: SubmissionReceipt, referralReference: string) {
  const card = renderReceiptCard({
    reference: receipt.reference,
    title,
    nextSteps: [`Linked to ${referralReference} and kept with the referral.`, ...deliveryLine(receipt.deliveredThrough)],
  });
  return [cardMessage(card, `${title}: ${receipt.reference}.`)];
}

/** The LADO's decision (threshold met / not met / consultation only) and the later outcome, as form walks. */
export function createLadoRecordingWalks(ports: LadoFlowPorts): Array<FormWalkDialog<RecordingFacts>> {
  const common = { drafts: ports.drafts, time: ports.time, submissions: ports.submissions, resumeHint: 'type **record LADO decision** (or **outcome**) and the reference again.' };
  const banner = (draft: FormDraft<RecordingFacts>) => `${getEdition(draft.facts.edition).title}. About ${draft.facts.referralReference}.`;
  return [
    new FormWalkDialog<RecordingFacts>({
      ...common,
      dialogId: LADO_DECISION_WALK,
      form: ladoDecisionForm,
      stepBanner: banner,
      explain: (draft) => statementMessage(clockStatement(boardOrThrow(ports.boards, draft.boardId), draft.facts.edition), draft.facts.edition),
      buildRecord: (draft, now) => {
        const { referralReference, edition, decidedBy } = draft.facts;
        return asRecordBuild(ladoDecisionForm.recordType, buildLadoDecision({ boardId: draft.boardId, edition, referralReference, decidedBy }, draft.values, now.toISOString()));
      },
      receipt: (receipt, draft) => receiptMessage('LADO decision recorded', receipt, draft.facts.referralReference),
    }),
    new FormWalkDialog<RecordingFacts>({
      ...common,
      dialogId: LADO_OUTCOME_WALK,
      form: ladoOutcomeForm,
      stepBanner: banner,
      explain: (draft) => statementMessage(OUTCOME_DEFINITIONS, draft.facts.edition),
      buildRecord: (draft) => {
        const { referralReference, edition } = draft.facts;
        return asRecordBuild(ladoOutcomeForm.recordType, buildLadoOutcome({ boardId: draft.boardId, edition, referralReference }, draft.values));
      },
      receipt: (receipt, draft) => receiptMessage('LADO outcome recorded', receipt, draft.facts.referralReference),
    }),
  ];
}

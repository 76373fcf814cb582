import { randomUUID } from 'node:crypto';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { ladoDecisionForm } from '../../cards/lado/ladoDecisionForm.ts';
import { ladoOutcomeForm } from '../../cards/lado/ladoOutcomeForm.ts';
import { startDraft } from '../forms/formDraft.ts';
import { getTurnUser, refusalFor } from '../turnUser.ts';
import { boardOrThrow } from '../boards.ts';
import type { LadoFlowPorts } from './ladoPorts.ts';
import { createLadoRecordingWalks, LADO_DECISION_WALK, LADO_OUTCOME_WALK, type RecordingFacts } from './ladoRecordingWalks.ts';

export const LADO_RECORDING_DIALOG = 'lado.recording';
const STEPS = 'lado.recording.steps';

export type RecordingCommand = { kind: 'decision' | 'outcome'; reference: string };

const COMMAND = /^record (?:the |a )?(?:lado )?(decision|outcome)(?: (?:for|on|about))? ([a-z][a-z0-9]*(?:-[a-z0-9]+)+)[.!]?$/i;

/** "record LADO decision LADO-2026-000123" or "record outcome for LADO-2026-000123". */
export function recognisedRecordingCommand(text: string): RecordingCommand | undefined {
  const match = COMMAND.exec(text.trim());
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return { kind: match[1].toLowerCase() === 'outcome' ? 'outcome' : 'decision', reference: match[2].toUpperCase() };
}

const LADO_RECORD_LABELS = ['LADO referral', 'LADO consultation'];
const onlyLadosText = 'Only your board’s LADOs can record LADO decisions and outcomes. Nothing was changed.';

/**
 * The LADO's side, in a one-to-one chat: the decision on a referral or consultation, and later its outcome.
 * The reference is checked against the board's records (the opening is audited) before the form is shown.
 */
export class LadoRecordingDialog extends ComponentDialog {
  readonly #ports: LadoFlowPorts;

  constructor(ports: LadoFlowPorts) {
    super(LADO_RECORDING_DIALOG);
    this.#ports = ports;
    for (const walk of createLadoRecordingWalks(ports)) this.addDialog(walk);
    this.addDialog(new WaterfallDialog(STEPS, [this.#checkAndStart.bind(this), this.#finish.bind(this)]));
    this.initialDialogId = STEPS;
  }

  async #checkAndStart(step: WaterfallStepContext<RecordingCommand>): Promise<DialogTurnResult> {
    const { kind, reference } = step.options;
    const user = getTurnUser(step.context);
    if (!user.roles.includes('lado')) return this.#stop(step, refusalFor(user, onlyLadosText));
    const opening = await this.#ports.records.openRecord(user, reference);
    if (opening.kind === 'notFound') return this.#stop(step, `I cannot find ${reference} among your board’s records. Check the reference on the alert card.`);
    if (opening.kind === 'notAllowed') return this.#stop(step, onlyLadosText);
    if (!LADO_RECORD_LABELS.includes(opening.details.typeLabel)) return this.#stop(step, `${reference} is not a LADO referral or consultation.`);

    const form = kind === 'decision' ? ladoDecisionForm : ladoOutcomeForm;
    const board = boardOrThrow(this.#ports.boards, user.boardId);
    const now = this.#ports.time.now();
    const existing = await this.#ports.drafts.load<RecordingFacts>(step.context, form.id, now);
    const facts: RecordingFacts = { referralReference: reference, edition: board.edition, decidedBy: user.displayName ?? user.identity };
    const draft =
      existing !== undefined && existing.facts.referralReference === reference
        ? existing
        : startDraft({ formId: form.id, instanceId: randomUUID(), boardId: user.boardId, ownerIdentity: user.identity, firstSectionId: form.sections[0]?.id ?? '', facts, now });
    return step.beginDialog(kind === 'decision' ? LADO_DECISION_WALK : LADO_OUTCOME_WALK, { draft });
  }

  async #finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog(step.result);
  }

  async #stop(step: WaterfallStepContext, text: string): Promise<DialogTurnResult> {
    await step.context.sendActivity(text);
    return step.endDialog();
  }
}

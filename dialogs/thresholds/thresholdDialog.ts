import { randomUUID } from 'node:crypto';
import { TurnContext, type Activity } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { FormSpec } from '../../cards/forms/formSpec.ts';
import { renderReferralSummaryCard } from '../../cards/thresholds/referralSummary.ts';
import { consentForm } from '../../cards/thresholds/thresholdConsentForm.ts';
import { aboutForm, childVoiceForm, domainForm, overrideForm, redFlagsForm } from '../../cards/thresholds/thresholdForms.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import type { ThresholdConsultation } from '../../knowledge/records/thresholdConsultation.ts';
import { goesToSocialCare } from '../../knowledge/thresholds/referralKind.ts';
import { ChoiceStepDialog, type ChoiceStepOptions } from '../forms/choiceStep.ts';
import { cardMessage } from '../forms/cardMessage.ts';
import { startDraft, type FormDraft } from '../forms/formDraft.ts';
import type { KeepsDraft } from '../forms/keptDraft.ts';
import { cancelledText } from '../forms/walkMessages.ts';
import { SectionPromptDialog, type SectionPromptOptions, type SectionPromptResult } from '../forms/sectionPrompt.ts';
import { speakersBoard } from '../boards.ts';
import { getTurnUser } from '../turnUser.ts';
import { chosenLevelId, consentRuleOfLevel, noFacts, recommendationFor, type ThresholdFacts } from '../../cards/thresholds/thresholdAnswers.ts';
import { afterUrgentQuestion, answerQuestion, expiredText, ladoHandOffText, noLevelQuestion, resumeHint, resumeQuestion } from './thresholdMessages.ts';
import type { ThresholdFlowPorts } from './thresholdPorts.ts';
import { buildThresholdRecord } from '../../cards/records/thresholdRecord.ts';
import { answerReply, savedReply, urgentReply, whyReply } from './thresholdReplies.ts';
import { FIRST_STAGE, recordStageAnswer, type Stage } from './thresholdStages.ts';

export const THRESHOLD_DIALOG = 'threshold';
const START = 'threshold.start';
const STEP = 'threshold.step';
const CARD = 'threshold.card';
const CHOICE = 'threshold.choice';
const DRAFT_FORM_ID = 'threshold-check';

/**
 * Does this concern meet the board's threshold? Red flags first, then the board's document domain by domain,
 * the child's voice, a suggested level with its reasoning, and the practitioner's decision. Progress is a draft
 * in the user's own state, so "cancel" pauses and the check can be resumed later.
 */
export class ThresholdDialog extends ComponentDialog implements KeepsDraft {
  readonly #ports: ThresholdFlowPorts;

  constructor(ports: ThresholdFlowPorts) {
    super(THRESHOLD_DIALOG);
    this.#ports = ports;
    this.addDialog(
      new SectionPromptDialog({
        dialogId: CARD,
        form: (context, options) => this.#formFor(context, options),
        explain: (context) => whyReply(this.#board(context), false),
      }),
    );
    this.addDialog(new ChoiceStepDialog({ dialogId: CHOICE, explain: (context, topic) => whyReply(this.#board(context), topic === 'afterUrgent') }));
    this.addDialog(new WaterfallDialog(START, [this.#offerResume.bind(this), this.#begin.bind(this)]));
    this.addDialog(new WaterfallDialog(STEP, [this.#ask.bind(this), this.#handle.bind(this)]));
    this.initialDialogId = START;
  }

  async resumeHintIfKept(context: TurnContext): Promise<string | undefined> {
    return (await this.#draft(context)) === undefined ? undefined : resumeHint;
  }

  async #offerResume(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await this.#draft(step.context);
    if (draft === undefined) return step.next('newCheck');
    return step.beginDialog(CHOICE, { ...resumeQuestion, topic: 'resume' } satisfies ChoiceStepOptions);
  }

  async #begin(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== 'resume') {
      const user = getTurnUser(step.context);
      const draft = startDraft({
        formId: DRAFT_FORM_ID,
        instanceId: randomUUID(),
        boardId: user.boardId,
        ownerIdentity: user.identity,
        firstSectionId: FIRST_STAGE,
        facts: { ...noFacts() },
        now: this.#ports.time.now(),
      });
      await this.#ports.drafts.save(step.context, draft);
    }
    return step.replaceDialog(STEP);
  }

  async #ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await this.#draft(step.context);
    if (draft === undefined) return this.#expired(step);
    const stage = draft.sectionId as Stage;
    if (stage === 'afterUrgent') return step.beginDialog(CHOICE, { ...afterUrgentQuestion, topic: stage } satisfies ChoiceStepOptions);
    if (stage === 'answer') {
      const board = this.#board(step.context);
      const { answers } = draft.facts;
      await step.context.sendActivity(answerReply(board, answers, this.#ports.time.now()));
      const question = recommendationFor(board.thresholds, answers).level ? answerQuestion : noLevelQuestion;
      return step.beginDialog(CHOICE, { ...question, topic: stage } satisfies ChoiceStepOptions);
    }
    return step.beginDialog(CARD, { instanceId: draft.instanceId, formKey: this.#formKey(step.context, stage, draft.facts) } satisfies SectionPromptOptions);
  }

  async #handle(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await this.#draft(step.context);
    if (draft === undefined) return this.#expired(step);
    const result = step.result as SectionPromptResult | string | undefined;
    if (result === undefined || (typeof result === 'object' && !result.answered)) {
      await step.context.sendActivity(cancelledText(resumeHint));
      return step.endDialog();
    }
    const board = this.#board(step.context);
    const facts = draft.facts;
    const stage = draft.sectionId as Stage;
    const next = recordStageAnswer(board.thresholds, stage, facts, typeof result === 'string' ? result : result.values);
    if (stage === 'redFlags' && facts.answers.redFlags.length > 0) {
      await step.context.sendActivity(urgentReply(board, facts.answers.redFlags, this.#ports.time.now()));
    }
    if (next === 'save') return this.#save(step, draft, board, facts);
    await this.#ports.drafts.save(step.context, { ...draft, sectionId: next, facts: { ...facts }, updatedAt: this.#ports.time.now().toISOString() });
    return step.replaceDialog(STEP);
  }

  async #save(step: WaterfallStepContext, draft: FormDraft, board: Board, facts: ThresholdFacts): Promise<DialogTurnResult> {
    const user = getTurnUser(step.context);
    const record = buildThresholdRecord(board, facts, this.#ports.time.now());
    const receipt = await this.#ports.submissions.submit({
      recordType: 'threshold_consultation',
      record,
      formInstanceId: draft.instanceId,
      boardId: board.id,
      submitter: { identity: user.identity, ...(user.displayName ? { displayName: user.displayName } : {}) },
      conversation: TurnContext.getConversationReference(step.context.activity as Activity),
      clocks: [],
    });
    await this.#ports.drafts.discard(step.context, DRAFT_FORM_ID);
    await step.context.sendActivity(savedReply(board, facts, receipt, this.#ports.time.now()));

    if (facts.handOffToLado && this.#ports.ladoDialogId && step.parent) {
      await step.context.sendActivity(ladoHandOffText);
      // The LADO flow takes the threshold check's place in the main dialog, so help and cancel name it.
      return step.parent.replaceDialog(this.#ports.ladoDialogId);
    }
    const chosen = board.thresholds.levels.find((level) => level.id === record.level.practitionerLevel);
    if (!facts.shortRecord && chosen && goesToSocialCare(chosen.referralKind)) {
      await step.context.sendActivity(cardMessage(this.#referralSummary(board, facts, record, receipt.reference)));
    }
    return step.endDialog();
  }

  async #expired(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(expiredText);
    return step.endDialog();
  }

  #referralSummary(board: Board, facts: ThresholdFacts, record: ThresholdConsultation, reference: string) {
    const childVoice = facts.answers.voice?.childVoice;
    return renderReferralSummaryCard({ document: board.thresholds, reference, record, ...(childVoice ? { childVoice } : {}) });
  }

  /** Which card a stage shows; the override and consent cards depend on the levels in play. */
  #formKey(context: TurnContext, stage: Stage, facts: ThresholdFacts): string {
    const document = this.#board(context).thresholds;
    if (stage === 'override') return `override:${recommendationFor(document, facts.answers).level?.id ?? ''}`;
    if (stage === 'consent') return `consent:${chosenLevelId(document, facts) ?? ''}`;
    return stage;
  }

  #formFor(context: TurnContext, options: SectionPromptOptions): FormSpec {
    const document = this.#board(context).thresholds;
    const [stage = '', key = ''] = (options.formKey ?? '').split(':', 2);
    switch (stage) {
      case 'redFlags':
        return redFlagsForm(document);
      case 'about':
        return aboutForm();
      case 'voice':
        return childVoiceForm();
      case 'override':
        return overrideForm(document, key);
      case 'consent': {
        const level = document.levels.find((candidate) => candidate.id === key);
        const rule = consentRuleOfLevel(document, key);
        if (level && rule) return consentForm(level, rule);
        break;
      }
      case 'domain': {
        const index = document.domains.findIndex((domain) => domain.id === key);
        const domain = document.domains[index];
        if (domain) return domainForm(document, domain, { index: index + 1, count: document.domains.length });
        break;
      }
    }
    throw new Error(`no threshold step "${options.formKey ?? ''}"`);
  }

  /** The walk's draft; undefined once it has expired (7 idle days), which ends the walk. */
  async #draft(context: TurnContext): Promise<FormDraft<ThresholdFacts> | undefined> {
    return this.#ports.drafts.load<ThresholdFacts>(context, DRAFT_FORM_ID, this.#ports.time.now());
  }

  #board(context: TurnContext): Board {
    return speakersBoard(this.#ports.boards, context);
  }
}

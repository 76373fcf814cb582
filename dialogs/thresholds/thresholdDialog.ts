import { randomUUID } from 'node:crypto';
import { TurnContext, type Activity } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { aboutForm, childVoiceForm, domainForm, overrideForm, redFlagsForm } from '../../cards/thresholds/thresholdForms.ts';
import { renderAnswerCard, renderUrgentCard } from '../../cards/thresholds/thresholdGuidanceCards.ts';
import { referralSummaryText } from '../../cards/thresholds/referralSummary.ts';
import { renderMessageCard } from '../../cards/templates/messageCard.ts';
import { renderReceiptCard } from '../../cards/templates/receiptCard.ts';
import type { FormSpec } from '../../cards/forms/formSpec.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { isWithinWorkingHours } from '../../knowledge/calendar/boardWorkingTime.ts';
import { recommendLevel, type LevelRecommendation } from '../../knowledge/thresholds/recommendLevel.ts';
import { referralDecisionClock } from '../../knowledge/thresholds/referralExpectation.ts';
import { ChoiceStepDialog, type ChoiceStepOptions } from '../forms/choiceStep.ts';
import { cardMessage } from '../forms/cardMessage.ts';
import { startDraft, type FormDraft } from '../forms/formDraft.ts';
import { SectionPromptDialog, type SectionPromptOptions, type SectionPromptResult } from '../forms/sectionPrompt.ts';
import { boardOrThrow } from '../lado/ladoPorts.ts';
import { getTurnUser } from '../turnUser.ts';
import { noAnswers, notSureCount, selectedIndicators, type ThresholdAnswers } from './thresholdAnswers.ts';
import {
  afterUrgentQuestion,
  answerQuestion,
  expectationText,
  ladoHandOffText,
  expiredText,
  pausedText,
  referralSummaryIntro,
  resumeQuestion,
} from './thresholdMessages.ts';
import type { ThresholdFlowPorts } from './thresholdPorts.ts';
import { buildThresholdRecord, nextStepForLevel, type ThresholdConclusion } from './thresholdRecord.ts';

export const THRESHOLD_DIALOG = 'threshold';
const START = 'threshold.start';
const STEP = 'threshold.step';
const CARD = 'threshold.card';
const CHOICE = 'threshold.choice';
const DRAFT_FORM_ID = 'threshold-check';

/** Where the walk is: a card of questions, or a choice. The order comes from the board's document. */
type Stage = 'redFlags' | 'afterUrgent' | 'about' | 'voice' | 'answer' | 'override' | `domain:${string}`;

interface ThresholdFacts {
  answers: ThresholdAnswers;
  /** Set after red flags when the practitioner chose a short record: only "about" is asked before saving. */
  shortRecord?: boolean;
}

/**
 * Does this concern meet the board's threshold? Red flags first, then the board's document domain by domain,
 * the child's voice, a suggested level with its reasoning, and the practitioner's decision. Progress is a draft
 * in the user's own state, so "cancel" pauses and the check can be resumed later.
 */
export class ThresholdDialog extends ComponentDialog {
  readonly #ports: ThresholdFlowPorts;

  constructor(ports: ThresholdFlowPorts) {
    super(THRESHOLD_DIALOG);
    this.#ports = ports;
    this.addDialog(new SectionPromptDialog({ dialogId: CARD, form: (context, options) => this.#formFor(context, options) }));
    this.addDialog(new ChoiceStepDialog({ dialogId: CHOICE, explain: (context) => this.#why(context) }));
    this.addDialog(new WaterfallDialog(START, [this.#offerResume.bind(this), this.#begin.bind(this)]));
    this.addDialog(new WaterfallDialog(STEP, [this.#ask.bind(this), this.#handle.bind(this)]));
    this.initialDialogId = START;
  }

  async #offerResume(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await this.#ports.drafts.load(step.context, DRAFT_FORM_ID, this.#ports.time.now());
    if (draft === undefined) return step.next('restart');
    return step.beginDialog(CHOICE, { ...resumeQuestion, topic: 'resume' } satisfies ChoiceStepOptions);
  }

  async #begin(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== 'resume') {
      const user = getTurnUser(step.context);
      const facts: ThresholdFacts = { answers: noAnswers() };
      await this.#ports.drafts.save(
        step.context,
        startDraft({ formId: DRAFT_FORM_ID, instanceId: randomUUID(), boardId: user.boardId, ownerIdentity: user.identity, firstSectionId: 'redFlags', facts: { ...facts }, now: this.#ports.time.now() }),
      );
    }
    return step.replaceDialog(STEP);
  }

  async #ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await this.#draft(step.context);
    if (draft === undefined) return this.#expired(step);
    const stage = draft.sectionId as Stage;
    if (stage === 'afterUrgent') return step.beginDialog(CHOICE, { ...afterUrgentQuestion, topic: stage } satisfies ChoiceStepOptions);
    if (stage === 'answer') {
      await step.context.sendActivity(cardMessage(this.#answerCard(step.context, draft)));
      return step.beginDialog(CHOICE, { ...answerQuestion, topic: stage } satisfies ChoiceStepOptions);
    }
    const formKey = stage === 'override' ? `override:${this.#recommend(this.#board(step.context), (draft.facts as unknown as ThresholdFacts).answers).levelId}` : stage;
    return step.beginDialog(CARD, { instanceId: draft.instanceId, formKey } satisfies SectionPromptOptions);
  }

  async #handle(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await this.#draft(step.context);
    if (draft === undefined) return this.#expired(step);
    const stage = draft.sectionId as Stage;
    const facts = draft.facts as unknown as ThresholdFacts;
    const result = step.result as SectionPromptResult | string | undefined;
    if (result === undefined || (typeof result === 'object' && !result.answered)) {
      await step.context.sendActivity(pausedText);
      return step.endDialog();
    }
    const board = this.#board(step.context);
    const values = typeof result === 'object' && result.answered ? result.values : {};
    const answers = facts.answers;
    let next: Stage | 'save' | 'lado';

    if (stage === 'redFlags') {
      answers.redFlags = (values.redFlags as string[] | undefined) ?? [];
      if (answers.redFlags.length > 0) await step.context.sendActivity(cardMessage(this.#urgentCard(board, answers.redFlags)));
      next = answers.redFlags.length > 0 ? 'afterUrgent' : 'about';
    } else if (stage === 'afterUrgent') {
      facts.shortRecord = result === 'finish';
      next = 'about';
    } else if (stage === 'about') {
      answers.about = values as ThresholdAnswers['about'];
      next = facts.shortRecord ? 'save' : this.#domainStage(board, 0);
    } else if (stage.startsWith('domain:')) {
      const domainId = stage.slice('domain:'.length);
      answers.domains[domainId] = { indicators: (values.indicators as string[] | undefined) ?? [], notSure: values.notSure === true };
      const index = board.thresholds.domains.findIndex((domain) => domain.id === domainId);
      next = index + 1 < board.thresholds.domains.length ? this.#domainStage(board, index + 1) : 'voice';
    } else if (stage === 'voice') {
      answers.voice = values as ThresholdAnswers['voice'];
      next = 'answer';
    } else if (stage === 'answer') {
      next = result === 'override' ? 'override' : result === 'lado' ? 'lado' : 'save';
    } else {
      next = 'save';
    }

    if (next === 'save' || next === 'lado') return this.#finish(step, draft, board, facts, next === 'lado' ? 'ladoReferral' : undefined, stage === 'override' ? values : undefined);
    await this.#ports.drafts.save(step.context, { ...draft, sectionId: next, facts: { ...facts }, updatedAt: this.#ports.time.now().toISOString() });
    return step.replaceDialog(STEP);
  }

  async #finish(
    step: WaterfallStepContext,
    draft: FormDraft,
    board: Board,
    facts: ThresholdFacts,
    handOff: 'ladoReferral' | undefined,
    override: Record<string, unknown> | undefined,
  ): Promise<DialogTurnResult> {
    const { answers } = facts;
    const now = this.#ports.time.now();
    const recommendation = facts.shortRecord ? undefined : this.#recommend(board, answers);
    const suggested = recommendation?.levelId ?? highestLevelId(board);
    const chosen = typeof override?.practitionerLevel === 'string' ? override.practitionerLevel : suggested;
    const conclusion: ThresholdConclusion = {
      recommendedLevelId: suggested,
      practitionerLevelId: chosen,
      ...(typeof override?.overrideReason === 'string' ? { overrideReason: override.overrideReason } : {}),
      nextStep: facts.shortRecord ? 'emergencyCall' : (handOff ?? nextStepForLevel(board, chosen, chosen === suggested && recommendation?.confidence === 'noIndicators')),
    };
    const user = getTurnUser(step.context);
    const receipt = await this.#ports.submissions.submit({
      recordType: 'threshold_consultation',
      record: buildThresholdRecord(board, answers, conclusion, now),
      formInstanceId: draft.instanceId,
      boardId: board.id,
      submitter: { identity: user.identity, ...(user.displayName ? { displayName: user.displayName } : {}) },
      conversation: TurnContext.getConversationReference(step.context.activity as Activity),
      clocks: [],
    });
    await this.#ports.drafts.discard(step.context, DRAFT_FORM_ID);
    const chosenLevel = board.thresholds.levels.find((level) => level.id === chosen);
    await step.context.sendActivity(
      cardMessage(
        renderReceiptCard({
          reference: receipt.reference,
          title: 'Threshold check saved',
          nextSteps: [
            ...(chosenLevel && !facts.shortRecord ? [`${chosenLevel.name}: ${chosenLevel.response}`] : []),
            'No child name is kept in this record.',
          ],
        }),
      ),
    );
    if (handOff && this.#ports.ladoDialogId) {
      await step.context.sendActivity(ladoHandOffText);
      return step.replaceDialog(this.#ports.ladoDialogId);
    }
    if (chosenLevel && (chosenLevel.referralKind === 'childInNeed' || chosenLevel.referralKind === 'childProtection')) {
      await step.context.sendActivity(`${referralSummaryIntro}\n\n${this.#referralSummary(board, answers, conclusion, receipt.reference)}`);
    }
    return step.endDialog();
  }

  async #expired(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(expiredText);
    return step.endDialog();
  }

  #referralSummary(board: Board, answers: ThresholdAnswers, conclusion: ThresholdConclusion, reference: string): string {
    return referralSummaryText({
      document: board.thresholds,
      reference,
      ageBand: answers.about?.ageBand ?? '',
      indicatorIds: selectedIndicators(answers),
      riskFactors: answers.voice?.riskFactors ?? [],
      ...(answers.voice?.childVoice ? { childVoice: answers.voice.childVoice } : {}),
      suggestedLevelId: conclusion.recommendedLevelId,
      chosenLevelId: conclusion.practitionerLevelId,
      ...(conclusion.overrideReason ? { overrideReason: conclusion.overrideReason } : {}),
    });
  }

  #formFor(context: TurnContext, options: SectionPromptOptions): FormSpec {
    const board = this.#board(context);
    const document = board.thresholds;
    const stage = options.formKey ?? '';
    if (stage === 'redFlags') return redFlagsForm(document);
    if (stage === 'about') return aboutForm();
    if (stage === 'voice') return childVoiceForm();
    if (stage.startsWith('override:')) return overrideForm(document, stage.slice('override:'.length));
    const index = document.domains.findIndex((domain) => `domain:${domain.id}` === stage);
    const domain = document.domains[index];
    if (domain === undefined) throw new Error(`no threshold step "${stage}"`);
    return domainForm(document, domain, { index: index + 1, count: document.domains.length });
  }

  #domainStage(board: Board, index: number): Stage {
    const domain = board.thresholds.domains[index];
    if (domain === undefined) throw new Error(`threshold document of board ${board.id} has no domain ${index}`);
    return `domain:${domain.id}`;
  }

  #recommend(board: Board, answers: ThresholdAnswers): LevelRecommendation {
    return recommendLevel(board.thresholds, selectedIndicators(answers), { notSureCount: notSureCount(answers) });
  }

  /** The walk's draft; undefined once it has expired (7 idle days), which ends the walk. */
  async #draft(context: TurnContext): Promise<FormDraft | undefined> {
    return this.#ports.drafts.load(context, DRAFT_FORM_ID, this.#ports.time.now());
  }

  #board(context: TurnContext): Board {
    return boardOrThrow(this.#ports.boards, getTurnUser(context).boardId);
  }

  #urgentCard(board: Board, flagIds: string[]) {
    return renderUrgentCard({
      document: board.thresholds,
      contacts: board.contacts,
      flags: board.thresholds.redFlags.filter((flag) => flagIds.includes(flag.id)),
      inWorkingHours: isWithinWorkingHours(this.#ports.time.now(), board.calendar),
    });
  }

  #answerCard(context: TurnContext, draft: FormDraft) {
    const board = this.#board(context);
    const clock = referralDecisionClock(board.edition);
    const expectation = expectationText(clock);
    return renderAnswerCard({
      document: board.thresholds,
      contacts: board.contacts,
      recommendation: this.#recommend(board, (draft.facts as unknown as ThresholdFacts).answers),
      ...(expectation ? { expectation } : {}),
      expectationCitations: [...clock.citations],
    });
  }

  #why(context: TurnContext): Partial<Activity> {
    const board = this.#board(context);
    const clock = referralDecisionClock(board.edition);
    return cardMessage(
      renderMessageCard(
        'Where this comes from',
        [
          `The questions and levels are ${board.name}'s own threshold document, "${board.thresholds.title}" (version ${board.thresholds.version}).`,
          `The guidance edition is ${board.edition.toUpperCase()}. ${expectationText(clock) ?? ''}`,
        ],
        [],
        [board.thresholds.citation, ...clock.citations],
      ),
    );
  }
}

/** A short record after red flags names the top of the continuum: immediate danger is child protection. */
function highestLevelId(board: Board): string {
  return [...board.thresholds.levels].sort((a, b) => b.order - a.order)[0]!.id;
}

import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { emergencyCard, childReferralCard } from '../../cards/lado/ladoCards.ts';
import { ladoConsultationForm } from '../../cards/lado/ladoConsultationForm.ts';
import { ladoGateForm, ladoKnownAtForm } from '../../cards/lado/ladoGateForm.ts';
import type { LadoHarmTestLimb } from '../../knowledge/lado/harmTestLimbs.ts';
import { gateDecisionOf } from '../../knowledge/lado/harmTestRouting.ts';
import { LOW_LEVEL_CONCERN, REFERRAL_WARNINGS } from '../../knowledge/lado/ladoGuidance.ts';
import { ladoReferralForm, LADO_REFERRAL_SECTIONS as SECTION } from '../../cards/lado/ladoReferralForm.ts';
import { carriedForward, type LadoReferralFacts } from '../../cards/records/ladoReferralRecord.ts';
import { ladoReferralSchema } from '../../knowledge/lado/ladoReferral.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { formatLondonIso, londonDate } from '../../knowledge/calendar/london.ts';
import { describeDeadline } from '../../knowledge/clocks/describeDeadline.ts';
import { harmTestOn } from '../../knowledge/lado/ladoHarmTest.ts';
import { ChoiceStepDialog, type ChoiceStepOptions } from '../forms/choiceStep.ts';
import { boardOrThrow, speakersBoard } from '../boards.ts';
import { cardMessage } from '../forms/cardMessage.ts';
import { draftKeyOf } from '../forms/draftReminders.ts';
import { statementMessage } from '../forms/guidance.ts';
import { startDraft, type FormDraft } from '../forms/formDraft.ts';
import type { FormWalkResult } from '../forms/formWalkDialog.ts';
import { SectionPromptDialog, type SectionPromptResult } from '../forms/sectionPrompt.ts';
import { formClosedText } from '../forms/walkMessages.ts';
import { stepMemory } from '../stepMemory.ts';
import { getTurnUser } from '../turnUser.ts';
import { userText } from '../userInput.ts';
import { clockBanner, ladoDeadline } from './ladoClock.ts';
import { createLadoConsultationWalk, LADO_CONSULTATION_WALK } from './ladoConsultationWalk.ts';
import { explainTopic, type LadoTopic } from './ladoExplanations.ts';
import * as say from './ladoMessages.ts';
import type { LadoFlowPorts } from './ladoPorts.ts';
import { LADO_RECORDING_DIALOG, LadoRecordingDialog, recognisedRecordingCommand } from './ladoRecordingDialog.ts';
import { createLadoReferralWalk, LADO_REFERRAL_WALK } from './ladoReferralWalk.ts';

export const LADO_DIALOG = 'lado';
const START = 'lado.start';
const REFERRAL_START = 'lado.referralStart';
const REFERRAL_LOOP = 'lado.referralLoop';
const LOW_LEVEL = 'lado.lowLevel';
const CHOICE = 'lado.choice';
const GATE = 'lado.gate';
const KNOWN_AT = 'lado.knownAt';

const RESUME = /\b(resume|carry on|continue)\b/i;

type GateOutcome = { immediateDanger: boolean; limbs: LadoHarmTestLimb[]; childReferralAlsoNeeded: boolean };

/** What a waterfall remembers between its steps (conversation state: never case detail). */
type StepValues = { draftFormId?: string; immediateDanger?: boolean; gate?: GateOutcome; previousReference?: string };

const remembered = stepMemory<StepValues>();

/**
 * An allegation against someone who works with children: safety first, the harm test, then a
 * referral (with the one-working-day clock on every card), a consultation request, or low-level
 * concern advice. Drafts are resumed from any conversation of the same user.
 */
export class LadoDialog extends ComponentDialog {
  readonly #ports: LadoFlowPorts;

  constructor(ports: LadoFlowPorts) {
    super(LADO_DIALOG);
    this.#ports = ports;
    this.addDialog(new ChoiceStepDialog({ dialogId: CHOICE, explain: (context, topic) => this.#explain(context, topic as LadoTopic) }));
    this.addDialog(
      new SectionPromptDialog({
        dialogId: GATE,
        form: () => ladoGateForm(harmTestOn(this.#today())),
        explain: (context) => this.#explain(context, 'harmTest'),
      }),
    );
    this.addDialog(
      new SectionPromptDialog({
        dialogId: KNOWN_AT,
        form: () => ladoKnownAtForm(ports.time.now()),
        explain: (context) => this.#explain(context, 'clock'),
      }),
    );
    this.addDialog(createLadoReferralWalk(ports));
    this.addDialog(createLadoConsultationWalk(ports));
    this.addDialog(new LadoRecordingDialog(ports));
    this.addDialog(new WaterfallDialog(START, [this.#offerDraft.bind(this), this.#askSafety.bind(this), this.#askHarmTest.bind(this), this.#route.bind(this)]));
    this.addDialog(new WaterfallDialog(REFERRAL_START, [this.#warnAndAskWhen.bind(this), this.#startReferral.bind(this)]));
    this.addDialog(new WaterfallDialog(REFERRAL_LOOP, [this.#walkReferral.bind(this), this.#offerAnotherAdult.bind(this), this.#askSameDetails.bind(this), this.#startAnotherAdult.bind(this)]));
    this.addDialog(new WaterfallDialog(LOW_LEVEL, [this.#adviseLowLevel.bind(this), this.#afterLowLevel.bind(this)]));
    this.initialDialogId = START;
  }

  async #offerDraft(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const now = this.#ports.time.now();
    const text = userText(context);
    const recording = recognisedRecordingCommand(text);
    if (recording !== undefined) return step.replaceDialog(LADO_RECORDING_DIALOG, recording);
    const referral = await this.#ports.drafts.load<LadoReferralFacts>(context, ladoReferralForm.id, now);
    const consultation = await this.#ports.drafts.load(context, ladoConsultationForm.id, now);
    const draft = /consultation/i.test(text) ? (consultation ?? referral) : (referral ?? consultation);
    if (draft !== undefined && RESUME.test(text)) return this.#resume(step, draft);
    if (draft !== undefined) {
      remembered(step).draftFormId = draft.formId;
      const isReferral = draft.formId === ladoReferralForm.id;
      const clockLine = referral !== undefined && draft === referral ? this.#clockLineOf(referral, now) : undefined;
      return this.#ask(step, 'resume', { title: 'You have a draft', text: say.draftWaitingText(isReferral ? 'referral' : 'consultation', new Date(draft.updatedAt), clockLine) }, say.RESUME_CHOICES);
    }
    if (RESUME.test(text)) await context.sendActivity(say.noDraftText);
    return step.next();
  }

  async #askSafety(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { draftFormId } = remembered(step);
    if (draftFormId !== undefined) {
      const draft = await this.#ports.drafts.load(step.context, draftFormId, this.#ports.time.now());
      if (step.result === 'resume' && draft !== undefined) return this.#resume(step, draft);
      await this.#ports.drafts.discard(step.context, draftFormId);
      await this.#ports.draftReminders.cancel(draftKeyOf({ ownerIdentity: getTurnUser(step.context).identity, formId: draftFormId }));
    }
    return this.#ask(step, 'safety', say.SAFETY_QUESTION, say.YES_NO);
  }

  async #askHarmTest(step: WaterfallStepContext): Promise<DialogTurnResult> {
    remembered(step).immediateDanger = step.result === 'yes';
    if (step.result === 'yes') {
      await step.context.sendActivity(cardMessage(emergencyCard(this.#board(step.context).contacts), 'Call 999 now.'));
      await step.context.sendActivity(say.afterEmergencyText);
    }
    return step.beginDialog(GATE, { instanceId: randomUUID() });
  }

  async #route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as SectionPromptResult;
    if (!answer.answered) {
      await step.context.sendActivity(say.stoppedBeforeFormText);
      return step.endDialog();
    }
    const decision = gateDecisionOf(answer.values);
    if (decision.childReferralAlsoNeeded) await step.context.sendActivity(cardMessage(childReferralCard(this.#board(step.context).contacts)));
    switch (decision.route) {
      case 'referral': {
        const outcome: GateOutcome = { immediateDanger: remembered(step).immediateDanger === true, limbs: decision.limbs, childReferralAlsoNeeded: decision.childReferralAlsoNeeded };
        return step.replaceDialog(REFERRAL_START, outcome);
      }
      case 'consultation':
        return this.#startConsultation(step);
      case 'lowLevel':
        return step.replaceDialog(LOW_LEVEL);
    }
  }

  async #warnAndAskWhen(step: WaterfallStepContext<GateOutcome>): Promise<DialogTurnResult> {
    remembered(step).gate = step.options;
    await step.context.sendActivity(statementMessage(REFERRAL_WARNINGS, this.#board(step.context).edition));
    const now = formatLondonIso(this.#ports.time.now());
    return step.beginDialog(KNOWN_AT, { instanceId: randomUUID(), values: { allegationKnownAt: now } });
  }

  async #startReferral(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as SectionPromptResult;
    if (!answer.answered) {
      await step.context.sendActivity(say.stoppedBeforeFormText);
      return step.endDialog();
    }
    const { context } = step;
    const { gate } = remembered(step);
    if (gate === undefined) throw new Error('the harm test answer was lost');
    const board = this.#board(context);
    const now = this.#ports.time.now();
    const facts: LadoReferralFacts = {
      boardId: board.id,
      edition: board.edition,
      allegationKnownAt: answer.values.allegationKnownAt as string,
      harmTestLimbs: gate.limbs,
      immediateDanger: gate.immediateDanger,
      childReferralAlsoNeeded: gate.childReferralAlsoNeeded,
    };
    const deadline = ladoDeadline(board, facts.edition, new Date(facts.allegationKnownAt));
    await context.sendActivity(say.deadlineText(describeDeadline(deadline, now)));
    if (deadline.kind === 'due' && deadline.overdueFrom <= now) await context.sendActivity(say.overdueText(board.contacts.lado.phone));
    await this.#ports.drafts.save(context, this.#newDraft(context, ladoReferralForm.id, SECTION.referrer, facts));
    return step.replaceDialog(REFERRAL_LOOP);
  }

  /** The draft is read from the user's state, never passed as options: waterfall options live in conversation state. */
  async #walkReferral(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await this.#ports.drafts.load(step.context, ladoReferralForm.id, this.#ports.time.now());
    if (draft === undefined) {
      await step.context.sendActivity(formClosedText);
      return step.endDialog();
    }
    return step.beginDialog(LADO_REFERRAL_WALK, { draft });
  }

  /** After the referral is sent, only its reference stays (in this waterfall's step values): no draft, no case detail. */
  async #offerAnotherAdult(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as FormWalkResult;
    if (result.outcome !== 'submitted') return step.endDialog();
    remembered(step).previousReference = result.receipt.reference;
    return this.#ask(step, 'anotherAdult', say.anotherAdultQuestion, say.ANOTHER_ADULT_CHOICES);
  }

  async #askSameDetails(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { previousReference } = remembered(step);
    if (step.result !== 'another' || previousReference === undefined) {
      await step.context.sendActivity(say.finishedText);
      return step.endDialog();
    }
    return this.#ask(step, 'anotherAdult', say.sameDetailsQuestion(previousReference), say.SAME_DETAILS_CHOICES);
  }

  /** The next referral starts empty, or, when the user says so, from the one just sent, read back from the records. */
  async #startAnotherAdult(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { previousReference } = remembered(step);
    if (step.result !== 'copy' || previousReference === undefined) return step.replaceDialog(START);
    const stored = ladoReferralSchema.safeParse(await this.#ports.ownReferrals.submittedBy(getTurnUser(step.context), previousReference));
    if (!stored.success) {
      await step.context.sendActivity(say.referralNotReadableText);
      return step.replaceDialog(START);
    }
    const { facts, values } = carriedForward(stored.data);
    const next = this.#newDraft(step.context, ladoReferralForm.id, SECTION.subject, facts);
    await this.#ports.drafts.save(step.context, { ...next, values });
    return step.replaceDialog(REFERRAL_LOOP);
  }

  async #adviseLowLevel(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(statementMessage(LOW_LEVEL_CONCERN, this.#board(step.context).edition));
    return this.#ask(step, 'lowLevel', say.lowLevelQuestion, say.LOW_LEVEL_CHOICES);
  }

  async #afterLowLevel(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === 'consult') return this.#startConsultation(step);
    await step.context.sendActivity(say.lowLevelDoneText);
    return step.endDialog();
  }

  async #startConsultation(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.#newDraft(step.context, ladoConsultationForm.id, 'contact', { edition: this.#board(step.context).edition });
    return step.replaceDialog(LADO_CONSULTATION_WALK, { draft });
  }

  async #resume(step: WaterfallStepContext, draft: FormDraft): Promise<DialogTurnResult> {
    await step.context.sendActivity(say.welcomeBackText);
    if (draft.formId === ladoReferralForm.id) return step.replaceDialog(REFERRAL_LOOP);
    return step.replaceDialog(LADO_CONSULTATION_WALK, { draft });
  }

  #ask(step: WaterfallStepContext, topic: LadoTopic, question: { title: string; text: string }, choices: ChoiceStepOptions['choices']): Promise<DialogTurnResult> {
    return step.beginDialog(CHOICE, { ...question, choices, topic } satisfies ChoiceStepOptions);
  }

  #newDraft<Facts extends object>(context: TurnContext, formId: string, firstSectionId: string, facts: Facts): FormDraft<Facts> {
    const user = getTurnUser(context);
    return startDraft({ formId, instanceId: randomUUID(), boardId: user.boardId, ownerIdentity: user.identity, firstSectionId, facts, now: this.#ports.time.now() });
  }

  #clockLineOf(draft: FormDraft<LadoReferralFacts>, now: Date): string {
    const { facts } = draft;
    return clockBanner(boardOrThrow(this.#ports.boards, draft.boardId), facts.edition, new Date(facts.allegationKnownAt), now);
  }

  #explain(context: TurnContext, topic: LadoTopic) {
    return explainTopic(topic, this.#board(context), this.#today());
  }

  #board(context: TurnContext): Board {
    return speakersBoard(this.#ports.boards, context);
  }

  #today(): string {
    return londonDate(this.#ports.time.now());
  }
}

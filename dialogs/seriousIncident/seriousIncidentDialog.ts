import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Choice } from '../../cards/forms/formSpec.ts';
import { assessmentCard, onlyManagersCard } from '../../cards/seriousIncident/seriousIncidentCards.ts';
import { criteriaStatement } from '../../knowledge/seriousIncident/seriousIncidentGuidance.ts';
import { incidentAnswersOf, incidentCriteriaForm } from '../../cards/seriousIncident/seriousIncidentCriteriaForm.ts';
import { incidentNatureOf } from '../../knowledge/seriousIncident/incidentNature.ts';
import { SERIOUS_INCIDENT_FORMS, SERIOUS_INCIDENT_SECTIONS as SECTION, type NotificationFormKind } from '../../cards/seriousIncident/seriousIncidentForm.ts';
import type { SeriousIncidentFacts } from '../../cards/records/seriousIncidentRecord.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { assessIncident } from '../../knowledge/editions/assessIncident.ts';
import { getEdition } from '../../knowledge/editions/editions.ts';
import type { IncidentAnswers } from '../../knowledge/editions/incidentCriteria.ts';
import { DEATHS, type SinIncident } from '../../knowledge/seriousIncident/seriousIncidentNotification.ts';
import { BOARD_DECISIONS_DIALOG, BoardDecisionsDialog } from '../boardDecisions/boardDecisionsDialog.ts';
import { recogniseBoardDecisionCommand } from '../boardDecisions/boardDecisionCommands.ts';
import { cardMessage } from '../forms/cardMessage.ts';
import { ChoiceStepDialog, type ChoiceStepOptions } from '../forms/choiceStep.ts';
import { startDraft, type FormDraft } from '../forms/formDraft.ts';
import { SectionPromptDialog, type SectionPromptResult } from '../forms/sectionPrompt.ts';
import { statementMessage } from '../forms/guidance.ts';
import { speakersBoard } from '../boards.ts';
import { stepMemory } from '../stepMemory.ts';
import { getTurnUser } from '../turnUser.ts';
import { userText } from '../userInput.ts';
import { allNotificationClockIds, effectiveClocks } from './notificationClocks.ts';
import { createNotificationWalk, NOTIFICATION_WALKS, prefilledNotification } from './notificationWalk.ts';
import * as say from './seriousIncidentMessages.ts';
import type { SeriousIncidentFlowPorts } from './seriousIncidentPorts.ts';

export const SERIOUS_INCIDENT_DIALOG = 'seriousIncident';
const START = 'seriousIncident.start';
const CHOICE = 'seriousIncident.choice';
const CRITERIA = 'seriousIncident.criteria';

const MANAGER_ROLE = 'manager';
const RESUME = /\b(resume|carry on|continue)\b/i;

type Topic = 'criteria' | 'resume';

/** What the waterfall remembers between its steps (conversation state: never case detail). */
type StepValues = { draftFormId?: string; facts?: Omit<SeriousIncidentFacts, 'boardId'>; incidentArea?: IncidentArea };

type IncidentArea = SinIncident['area'];

/** Where the criteria placed the incident, in the notification's terms, when they place it in one of them. */
function incidentAreaOf(answers: IncidentAnswers): IncidentArea | undefined {
  if (answers.incidentInArea) return 'inArea';
  return answers.incidentOutsideEngland === true && answers.normallyResidentInArea ? 'outsideEnglandChildResidentHere' : undefined;
}

const remembered = stepMemory<StepValues>();

/**
 * A serious incident, from a manager: the board's edition's criteria as plain questions, the answer with its
 * citations, then (if the manager decides to notify) the notification form and its receipt with the clocks.
 * Board staff commands ("record review decision SIN-…") go to the board-staff side.
 */
export class SeriousIncidentDialog extends ComponentDialog {
  readonly #ports: SeriousIncidentFlowPorts;

  constructor(ports: SeriousIncidentFlowPorts) {
    super(SERIOUS_INCIDENT_DIALOG);
    this.#ports = ports;
    this.addDialog(new ChoiceStepDialog({ dialogId: CHOICE, explain: (context, topic) => this.#explain(context, topic as Topic) }));
    this.addDialog(
      new SectionPromptDialog({
        dialogId: CRITERIA,
        form: (context) => incidentCriteriaForm(this.#board(context).edition),
        explain: (context) => this.#explain(context, 'criteria'),
      }),
    );
    this.addDialog(createNotificationWalk(ports, 'death'));
    this.addDialog(createNotificationWalk(ports, 'harm'));
    this.addDialog(new BoardDecisionsDialog(ports));
    this.addDialog(new WaterfallDialog(START, [this.#checkWhoAndWhere.bind(this), this.#askCriteria.bind(this), this.#advise.bind(this), this.#startNotification.bind(this)]));
    this.initialDialogId = START;
  }

  async #checkWhoAndWhere(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const text = userText(context);
    const command = recogniseBoardDecisionCommand(text);
    if (command !== undefined) return step.replaceDialog(BOARD_DECISIONS_DIALOG, command);
    const user = getTurnUser(context);
    if (!user.roles.includes(MANAGER_ROLE)) {
      await context.sendActivity(cardMessage(onlyManagersCard(user.boardName, this.#board(context).contacts), 'Only managers can notify the board.'));
      if (user.roleNotice) await context.sendActivity(user.roleNotice);
      return step.endDialog();
    }
    const draft = await this.#draft(context);
    if (draft === undefined) return step.next();
    if (RESUME.test(text)) return this.#resume(step, draft);
    remembered(step).draftFormId = draft.formId;
    return this.#ask(step, 'resume', { title: 'You have a draft', text: say.draftWaitingText(new Date(draft.updatedAt)) }, say.RESUME_CHOICES);
  }

  async #askCriteria(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { draftFormId } = remembered(step);
    if (draftFormId !== undefined) {
      const draft = await this.#ports.drafts.load(step.context, draftFormId, this.#ports.time.now());
      if (step.result === 'resume' && draft !== undefined) return this.#resume(step, draft);
      await this.#ports.drafts.discard(step.context, draftFormId);
    }
    return step.beginDialog(CRITERIA, { instanceId: randomUUID() });
  }

  async #advise(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as SectionPromptResult;
    if (!answer.answered) {
      await step.context.sendActivity(say.stoppedBeforeFormText);
      return step.endDialog();
    }
    const { edition } = this.#board(step.context);
    const answers = incidentAnswersOf(answer.values);
    const assessment = assessIncident(edition, answers);
    const clocks = effectiveClocks(this.#board(step.context), edition, allNotificationClockIds(edition, assessment.clockIds));
    await step.context.sendActivity(cardMessage(assessmentCard(assessment, getEdition(edition), clocks)));
    const nature = incidentNatureOf(edition, answers);
    if (nature === undefined) {
      await step.context.sendActivity(say.nothingToNotifyText);
      return step.endDialog();
    }
    remembered(step).facts = {
      edition,
      nature,
      scrCriteriaMet: assessment.scrOrReview === 'scrCriteriaMet',
      assessedClockIds: assessment.clockIds,
      abuseOrNeglect: answers.abuseOrNeglect,
    };
    const incidentArea = incidentAreaOf(answers);
    if (incidentArea !== undefined) remembered(step).incidentArea = incidentArea;
    return this.#ask(step, 'criteria', { ...say.DECISION_QUESTION, text: say.notifyQuestionText }, say.notifyChoices(assessment.notification));
  }

  async #startNotification(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { facts, incidentArea } = remembered(step);
    if (step.result !== 'notify' || facts === undefined) {
      await step.context.sendActivity(say.notNotifyingText);
      return step.endDialog();
    }
    const { context } = step;
    const user = getTurnUser(context);
    const board = this.#board(context);
    const now = this.#ports.time.now();
    const kind: NotificationFormKind = DEATHS.includes(facts.nature) ? 'death' : 'harm';
    const form = SERIOUS_INCIDENT_FORMS[kind];
    const draft = startDraft({
      formId: form.id,
      instanceId: randomUUID(),
      boardId: user.boardId,
      ownerIdentity: user.identity,
      firstSectionId: SECTION.awareness,
      facts: { ...facts, boardId: user.boardId } satisfies SeriousIncidentFacts,
      now,
    });
    const prefilled: FormDraft = { ...draft, values: prefilledNotification(board, now, incidentArea) };
    return step.replaceDialog(NOTIFICATION_WALKS[kind], { draft: prefilled });
  }

  async #resume(step: WaterfallStepContext, draft: FormDraft): Promise<DialogTurnResult> {
    await step.context.sendActivity(say.welcomeBackText);
    const kind: NotificationFormKind = draft.formId === SERIOUS_INCIDENT_FORMS.death.id ? 'death' : 'harm';
    return step.replaceDialog(NOTIFICATION_WALKS[kind], { draft });
  }

  /** The user's notification in progress, if any (a user has at most one of each kind). */
  async #draft(context: TurnContext): Promise<FormDraft | undefined> {
    const now = this.#ports.time.now();
    for (const form of Object.values(SERIOUS_INCIDENT_FORMS)) {
      const draft = await this.#ports.drafts.load(context, form.id, now);
      if (draft !== undefined) return draft;
    }
    return undefined;
  }

  #ask(step: WaterfallStepContext, topic: Topic, question: { title: string; text: string }, choices: Choice[]): Promise<DialogTurnResult> {
    return step.beginDialog(CHOICE, { ...question, choices, topic } satisfies ChoiceStepOptions);
  }

  #explain(context: TurnContext, topic: Topic) {
    const board = this.#board(context);
    if (topic === 'resume') return undefined;
    return statementMessage(criteriaStatement(getEdition(board.edition)), board.edition);
  }

  #board(context: TurnContext): Board {
    return speakersBoard(this.#ports.boards, context);
  }
}

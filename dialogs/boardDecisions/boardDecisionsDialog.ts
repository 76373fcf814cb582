import { randomUUID } from 'node:crypto';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { londonDate } from '../../knowledge/calendar/london.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { getEdition } from '../../knowledge/editions/editions.ts';
import { nationalNotificationSteps } from '../../knowledge/editions/reviewClocks.ts';
import { statementMessage } from '../forms/guidance.ts';
import { ChoiceStepDialog, type ChoiceStepOptions } from '../forms/choiceStep.ts';
import { startDraft, type FormDraft } from '../forms/formDraft.ts';
import type { FormWalkResult } from '../forms/formWalkDialog.ts';
import type { SeriousIncidentFlowPorts } from '../seriousIncident/seriousIncidentPorts.ts';
import { stepMemory } from '../stepMemory.ts';
import { getTurnUser, refusalFor } from '../turnUser.ts';
import type { BoardDecisionCommand } from './boardDecisionCommands.ts';
import * as say from './boardDecisionMessages.ts';
import { reviewCaseFactsOf } from './reviewCase.ts';
import { createReviewWalks, reviewFormFor, reviewWalkIdFor } from './reviewWalks.ts';
import { clockChangeOf, type ReviewStepFacts } from './reviewStepClocks.ts';

export const BOARD_DECISIONS_DIALOG = 'boardDecisions';
const STEPS = 'boardDecisions.steps';
const WHICH_NOTIFICATION = 'boardDecisions.whichNotification';

/** The business unit, the chair and board admins work serious incident cases (domain brief §8, Access). */
export const BOARD_STAFF_ROLES = ['boardStaff', 'chair', 'boardAdmin'];

type StepValues = { facts?: ReviewStepFacts };

const remembered = stepMemory<StepValues>();

/**
 * The board's side of a serious incident, in a one-to-one chat: the review decision, the national notifications
 * made outside the bot, the review's milestones and the executive summary. Each is a record linked to the
 * notification; recording it stops the clocks it ends (their reminders are no longer sent) and starts the next.
 */
export class BoardDecisionsDialog extends ComponentDialog {
  readonly #ports: SeriousIncidentFlowPorts;

  constructor(ports: SeriousIncidentFlowPorts) {
    super(BOARD_DECISIONS_DIALOG);
    this.#ports = ports;
    for (const walk of createReviewWalks(ports)) this.addDialog(walk);
    this.addDialog(new ChoiceStepDialog({ dialogId: WHICH_NOTIFICATION, explain: (_context, topic) => nationalStepsExplained(topic as EditionId) }));
    this.addDialog(new WaterfallDialog(STEPS, [this.#openCase.bind(this), this.#startWalk.bind(this), this.#stopClocks.bind(this)]));
    this.initialDialogId = STEPS;
  }

  async #openCase(step: WaterfallStepContext<BoardDecisionCommand>): Promise<DialogTurnResult> {
    const { kind, reference } = step.options;
    const user = getTurnUser(step.context);
    if (!user.roles.some((role) => BOARD_STAFF_ROLES.includes(role))) return this.#stop(step, refusalFor(user, say.onlyBoardStaffText));
    const opening = await this.#ports.cases.openCase(user, reference);
    if (opening.kind === 'notAllowed') return this.#stop(step, say.onlyBoardStaffText);
    const caseFacts = opening.kind === 'opened' ? reviewCaseFactsOf(opening.records) : undefined;
    if (caseFacts === undefined) return this.#stop(step, say.notFoundText(reference));
    remembered(step).facts = { ...caseFacts, kind };
    if (kind !== 'nationalNotification') return step.next();

    const steps = nationalNotificationSteps(caseFacts.edition);
    if (steps.length === 0) return this.#stop(step, say.noNationalStepsText);
    const choices = steps.map((notification, index) => ({ value: String(index), title: `${notification.step}: to ${notification.to}` }));
    return step.beginDialog(WHICH_NOTIFICATION, { ...say.whichNotificationQuestion, choices, topic: caseFacts.edition } satisfies ChoiceStepOptions);
  }

  async #startWalk(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { facts } = remembered(step);
    if (facts === undefined) throw new Error('the case was lost between steps');
    const stepFacts: ReviewStepFacts = facts.kind === 'nationalNotification' ? { ...facts, nationalStep: Number(step.result) } : facts;
    const walkId = reviewWalkIdFor(stepFacts.kind, stepFacts.edition);
    return step.beginDialog(walkId, { draft: await this.#draftFor(step, walkId, stepFacts) });
  }

  async #stopClocks(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as FormWalkResult<ReviewStepFacts>;
    if (result.outcome === 'submitted' && !result.receipt.duplicate) {
      const { facts } = result.draft;
      const { stops } = clockChangeOf(facts, result.draft.values);
      await this.#ports.cases.stopClocks(getTurnUser(step.context), facts.reference, stops, result.receipt.reference);
    }
    return step.endDialog();
  }

  /** The user's draft for this case and step if there is one, else a new one with today's date and what the notification says filled in. */
  async #draftFor(step: WaterfallStepContext, walkId: string, facts: ReviewStepFacts): Promise<FormDraft<ReviewStepFacts>> {
    const form = reviewFormFor(walkId);
    const now = this.#ports.time.now();
    const existing = await this.#ports.drafts.load<ReviewStepFacts>(step.context, form.id, now);
    const same = existing !== undefined && existing.facts.reference === facts.reference && existing.facts.nationalStep === facts.nationalStep;
    if (existing !== undefined && same) return existing;
    const user = getTurnUser(step.context);
    const draft = startDraft({ formId: form.id, instanceId: randomUUID(), boardId: user.boardId, ownerIdentity: user.identity, firstSectionId: form.sections[0]?.id ?? '', facts, now });
    return { ...draft, values: prefilledReviewValues(facts, londonDate(now)) };
  }

  async #stop(step: WaterfallStepContext, text: string): Promise<DialogTurnResult> {
    await step.context.sendActivity(text);
    return step.endDialog();
  }
}

/** What a board-staff step's card starts with: today's date, and the review criteria the notification already answers. */
export function prefilledReviewValues(facts: ReviewStepFacts, today: string): FormDraft['values'] {
  switch (facts.kind) {
    case 'decision':
      return { criteria: facts.criteriaFromNotification, decision: { decidedOn: today } };
    case 'milestone':
      return { milestone: { on: today } };
    default:
      return {};
  }
}

/** "why?" at the choice of notification: who tells whom under the edition, with the sources. */
function nationalStepsExplained(edition: EditionId) {
  const steps = nationalNotificationSteps(edition);
  return statementMessage(
    {
      title: `National notifications under ${getEdition(edition).title}`,
      paragraphs: [say.nationalNotificationsAreExternal, ...steps.map((notification) => `${notification.step}: ${notification.from} tells ${notification.to}.`)],
      citations: steps.flatMap((notification) => notification.citations),
    },
    edition,
  );
}

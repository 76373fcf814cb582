import type { Activity } from 'botbuilder';
import { executiveSummaryForm, EXECUTIVE_SUMMARY_SECTIONS } from '../../cards/seriousIncident/executiveSummaryForm.ts';
import { buildExecutiveSummary } from '../../cards/records/executiveSummaryRecord.ts';
import { buildSeriousIncidentDecision } from '../../cards/records/seriousIncidentDecisionRecord.ts';
import { buildNationalNotification, buildSeriousIncidentMilestone } from '../../cards/records/seriousIncidentMilestoneRecord.ts';
import { findSection, type FormSpec, type SectionValues } from '../../cards/forms/formSpec.ts';
import type { GuidanceStatement } from '../../knowledge/guidanceStatement.ts';
import type { RecordResult } from '../../cards/records/recordResult.ts';
import { criteriaGoneAgainstStatement, criteriaStatement } from '../../knowledge/seriousIncident/seriousIncidentGuidance.ts';
import { criteriaGoneAgainst, REASON_AGAINST_CRITERIA_FIELD, seriousIncidentDecisionForm } from '../../cards/seriousIncident/seriousIncidentDecisionForm.ts';
import { seriousIncidentMilestoneForm, seriousIncidentNationalNotificationForm } from '../../cards/seriousIncident/seriousIncidentMilestoneForm.ts';
import { renderReceiptCard } from '../../cards/templates/receiptCard.ts';
import { deliveryLine } from '../../cards/templates/receiptStatus.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { startOfLondonDay } from '../../knowledge/calendar/london.ts';
import { computeDeadline } from '../../knowledge/clocks/computeDeadline.ts';
import { clockIdsOf, resolveClock } from '../../knowledge/clocks/resolveClock.ts';
import { EDITION_IDS, type EditionId } from '../../knowledge/editions/editionId.ts';
import { getEdition } from '../../knowledge/editions/editions.ts';
import { decisionFlagsNationalPanel, milestoneClocks, nationalNotificationSteps } from '../../knowledge/editions/reviewClocks.ts';
import { RULES } from '../../knowledge/editions/rules.ts';
import { reviewFrameworkOf, type ReviewFramework } from '../../knowledge/seriousIncident/scrDecision.ts';
import { cardMessage } from '../forms/cardMessage.ts';
import type { FormDraft } from '../forms/formDraft.ts';
import { FormWalkDialog, type RecordBuild, type SectionCheck } from '../forms/formWalkDialog.ts';
import { statementMessage } from '../forms/guidance.ts';
import { boardOrThrow } from '../boards.ts';
import type { SubmissionReceipt } from '../ports.ts';
import { clocksStatement } from '../seriousIncident/notificationClocks.ts';
import type { SeriousIncidentFlowPorts } from '../seriousIncident/seriousIncidentPorts.ts';
import type { BoardDecisionCommand } from './boardDecisionCommands.ts';
import * as say from './boardDecisionMessages.ts';
import { clockChangeOf, type ReviewStepFacts } from './reviewStepClocks.ts';

function ruleStatement(ruleId: keyof typeof RULES): GuidanceStatement {
  const rule = RULES[ruleId];
  return { title: rule.title, paragraphs: [rule.text], citations: [...rule.citations] };
}

type StepDefinition = {
  dialogId: string;
  form: FormSpec;
  build(facts: ReviewStepFacts, draft: FormDraft<ReviewStepFacts>, now: Date, board: Board): RecordResult<unknown>;
  explain(facts: ReviewStepFacts, board: Board): GuidanceStatement;
  receiptTitle: string;
  repeatable?: ConstructorParameters<typeof FormWalkDialog>[0]['repeatable'];
  checkSection?(draft: FormDraft<ReviewStepFacts>, values: SectionValues): SectionCheck<ReviewStepFacts> | undefined;
};

function header(facts: ReviewStepFacts, board: Board) {
  return { boardId: board.id, edition: facts.edition };
}

/** "Report published": the edition's minimum time online (SCR_ON_WEBSITE), where it has one. */
function earliestRemoval(board: Board, edition: EditionId) {
  return (publishedOn: string): string | undefined => {
    if (!milestoneClocks(edition, 'published').starts.includes('SCR_ON_WEBSITE')) return undefined;
    const deadline = computeDeadline(resolveClock(edition, 'SCR_ON_WEBSITE', board.clockSettings), startOfLondonDay(publishedOn), board.calendar);
    return deadline.kind === 'due' ? deadline.dueDate : undefined;
  };
}

const MILESTONE_CLOCK_IDS: Record<ReviewFramework, string[]> = {
  scr: ['SCR_COMPLETE', 'SCR_ON_WEBSITE'],
  lcspr: ['RAPID_REVIEW', 'LCSPR_PUBLISH'],
};

/** "No review" (or any decision not to start one) after a criterion that always requires a review was answered as met: a warning naming it, and a reason to go on. */
function reasonForGoingAgainstCriteria(edition: EditionId, form: FormSpec) {
  const reasonField = findSection(form, 'decision').fields.find((field) => field.id === REASON_AGAINST_CRITERIA_FIELD);
  return (draft: FormDraft<ReviewStepFacts>, values: SectionValues): SectionCheck<ReviewStepFacts> | undefined => {
    if (draft.sectionId !== 'decision' || reasonField === undefined || values[REASON_AGAINST_CRITERIA_FIELD] !== undefined) return undefined;
    const goneAgainst = criteriaGoneAgainst(edition, draft.values.criteria as SectionValues | undefined, values.outcome);
    if (goneAgainst.length === 0) return undefined;
    return {
      kind: 'hold',
      messages: [statementMessage(criteriaGoneAgainstStatement(goneAgainst), edition)],
      problems: [{ fieldId: reasonField.id, label: reasonField.label, message: say.reasonAgainstCriteriaNeeded(goneAgainst.map((criterion) => criterion.ruleId)) }],
    };
  };
}

function decisionStep(edition: EditionId): StepDefinition {
  const form = seriousIncidentDecisionForm(edition);
  return {
    dialogId: `boardDecisions.decision.${edition}`,
    form,
    build: (facts, draft, now, board) => buildSeriousIncidentDecision({ ...header(facts, board), incidentReference: facts.reference }, draft.values, now),
    explain: () => criteriaStatement(getEdition(edition)),
    receiptTitle: 'Review decision recorded',
    checkSection: reasonForGoingAgainstCriteria(edition, form),
  };
}

function milestoneStep(framework: ReviewFramework, edition: EditionId): StepDefinition {
  return {
    dialogId: `boardDecisions.milestone.${framework}`,
    form: seriousIncidentMilestoneForm(edition),
    build: (facts, draft, now, board) => buildSeriousIncidentMilestone({ ...header(facts, board), reviewReference: facts.reference }, draft.values, now, earliestRemoval(board, facts.edition)),
    explain: (facts, board) => {
      const known = clockIdsOf(facts.edition);
      return clocksStatement(
        board,
        facts.edition,
        MILESTONE_CLOCK_IDS[reviewFrameworkOf(facts.edition)].filter((clockId) => known.includes(clockId)),
      );
    },
    receiptTitle: 'Milestone recorded',
  };
}

const nationalNotificationStep: StepDefinition = {
  dialogId: 'boardDecisions.nationalNotification',
  form: seriousIncidentNationalNotificationForm,
  build: (facts, draft, now, board) => {
    const step = nationalNotificationSteps(facts.edition)[facts.nationalStep ?? -1];
    if (step === undefined) return { ok: false, problems: ['Which notification this is was lost: start again with **record national notification** and the reference.'] };
    return buildNationalNotification({ ...header(facts, board), reviewReference: facts.reference }, step.to, draft.values, now);
  },
  explain: (facts) => {
    const step = nationalNotificationSteps(facts.edition)[facts.nationalStep ?? -1];
    return {
      title: step?.step ?? 'National notifications',
      paragraphs: [say.nationalNotificationsAreExternal, ...(step === undefined ? [] : [`${step.from} tells ${step.to}.`, ...(step.note === undefined ? [] : [step.note])])],
      citations: [...(step?.citations ?? [])],
    };
  },
  receiptTitle: 'National notification recorded',
};

const executiveSummaryStep: StepDefinition = {
  dialogId: 'boardDecisions.executiveSummary',
  form: executiveSummaryForm,
  build: (facts, draft, _now, board) => buildExecutiveSummary({ ...header(facts, board), reviewReference: facts.reference }, draft.values),
  explain: () => ruleStatement('10.4'),
  receiptTitle: 'Executive summary recorded',
  repeatable: {
    [EXECUTIVE_SUMMARY_SECTIONS.recommendation]: {
      itemTitle: (position) => `Recommendation ${position}`,
      countOf: (count) => (count === 1 ? '1 recommendation' : `${count} recommendations`),
      addAnotherLabel: 'Add another recommendation',
    },
  },
};

const STEPS: StepDefinition[] = [...EDITION_IDS.map(decisionStep), milestoneStep('scr', 'wt2013'), milestoneStep('lcspr', 'wt2023'), nationalNotificationStep, executiveSummaryStep];

/** The walk a board-staff command uses for a case of this edition. */
export function reviewWalkIdFor(kind: BoardDecisionCommand['kind'], edition: EditionId): string {
  switch (kind) {
    case 'decision':
      return `boardDecisions.decision.${edition}`;
    case 'milestone':
      return `boardDecisions.milestone.${reviewFrameworkOf(edition)}`;
    case 'nationalNotification':
      return nationalNotificationStep.dialogId;
    case 'executiveSummary':
      return executiveSummaryStep.dialogId;
  }
}

/** The form a walk fills in, to find or start the user's draft. */
export function reviewFormFor(walkId: string): FormSpec {
  const step = STEPS.find((candidate) => candidate.dialogId === walkId);
  if (step === undefined) throw new Error(`no board-staff walk "${walkId}"`);
  return step.form;
}

function receiptMessage(definition: StepDefinition, receipt: SubmissionReceipt, facts: ReviewStepFacts, board: Board, draft: FormDraft<ReviewStepFacts>): Partial<Activity> {
  const endEventOf = (clockId: string) => resolveClock(facts.edition, clockId, board.clockSettings).endEvent;
  const change = clockChangeOf(facts, draft.values);
  const outcome = (draft.values.decision as { outcome?: string } | undefined)?.outcome;
  const flagged = facts.kind === 'decision' && outcome !== undefined && decisionFlagsNationalPanel(facts.edition, outcome as Parameters<typeof decisionFlagsNationalPanel>[1]);
  const panelClock = receipt.clocks.find((clock) => clock.clockId === 'PANEL_NO_SCR');
  const card = renderReceiptCard({
    reference: receipt.reference,
    title: receipt.duplicate ? 'This was already recorded' : definition.receiptTitle,
    ...(receipt.clocks.length === 0
      ? {}
      : { deadlineText: ['**Clocks now running**', ...receipt.clocks.map((clock) => `- ${endEventOf(clock.clockId)}: ${clock.notSetMessage ?? clock.description}`)].join('\n') }),
    nextSteps: [
      ...(flagged ? [say.nationalPanelFlag(facts.reference, panelClock?.description)] : []),
      `Linked to ${facts.reference}.`,
      ...deliveryLine(receipt.deliveredThrough),
      ...(change.stops.length === 0 ? [] : [say.clocksStoppedText(change.stops.map(endEventOf))]),
    ],
  });
  return cardMessage(card, `${definition.receiptTitle}: ${receipt.reference}.`);
}

/** Every board-staff walk: the decision per edition, milestones per kind of review, national notifications, the executive summary. */
export function createReviewWalks(ports: SeriousIncidentFlowPorts): Array<FormWalkDialog<ReviewStepFacts>> {
  const boardOf = (draft: FormDraft<ReviewStepFacts>) => boardOrThrow(ports.boards, draft.boardId);
  return STEPS.map(
    (definition) =>
      new FormWalkDialog<ReviewStepFacts>({
        dialogId: definition.dialogId,
        form: definition.form,
        drafts: ports.drafts,
        time: ports.time,
        submissions: ports.submissions,
        ...(definition.repeatable === undefined ? {} : { repeatable: definition.repeatable }),
        ...(definition.checkSection === undefined ? {} : { checkSection: definition.checkSection }),
        stepBanner: (draft) => `${getEdition(draft.facts.edition).title}. About ${draft.facts.reference}.`,
        explain: (draft) => statementMessage(definition.explain(draft.facts, boardOf(draft)), draft.facts.edition),
        buildRecord: (draft, now): RecordBuild => {
          const facts = draft.facts;
          const built = definition.build(facts, draft, now, boardOf(draft));
          if (!built.ok) return built;
          const { starts, startsAt } = clockChangeOf(facts, draft.values);
          const clocks = startsAt === undefined ? [] : starts.map((clockId) => ({ clockId, startsAt }));
          return { ok: true, recordType: definition.form.recordType, record: built.record, clocks };
        },
        receipt: (receipt, draft) => [receiptMessage(definition, receipt, draft.facts, boardOf(draft), draft)],
        resumeHint: say.resumeHint,
      }),
  );
}

import { startOfLondonDay } from '../../knowledge/calendar/london.ts';
import { decisionClocks, milestoneClocks, nationalNotificationClocks, nationalNotificationSteps, type ClockChange, type MilestoneKind } from '../../knowledge/editions/reviewClocks.ts';
import type { FormDraft } from '../forms/formDraft.ts';
import type { BoardDecisionCommand } from './boardDecisionCommands.ts';
import type { ReviewCaseFacts } from './reviewCase.ts';

/** A board-staff draft's facts: its case and, for a national notification, which of the edition's steps it was. */
export type ReviewStepFacts = ReviewCaseFacts & { kind: BoardDecisionCommand['kind']; nationalStep?: number };

type StepValues = Record<string, Record<string, unknown> | undefined>;

/** What recording this step does to the case's clocks, and when the clocks it starts begin. */
export function clockChangeOf(facts: ReviewStepFacts, values: FormDraft['values']): ClockChange & { startsAt?: Date } {
  const answers = values as StepValues;
  switch (facts.kind) {
    case 'decision': {
      const { outcome, decidedOn } = answers.decision ?? {};
      const change = decisionClocks(facts.edition, outcome as Parameters<typeof decisionClocks>[1]);
      return { ...change, ...(typeof decidedOn === 'string' ? { startsAt: startOfLondonDay(decidedOn) } : {}) };
    }
    case 'nationalNotification': {
      const step = nationalNotificationSteps(facts.edition)[facts.nationalStep ?? -1];
      if (step === undefined) return { stops: [], starts: [] };
      const { sentAt } = answers.sent ?? {};
      return { ...nationalNotificationClocks(facts.edition, step), ...(typeof sentAt === 'string' ? { startsAt: new Date(sentAt) } : {}) };
    }
    case 'milestone': {
      const { kind, on } = answers.milestone ?? {};
      return { ...milestoneClocks(facts.edition, kind as MilestoneKind), ...(typeof on === 'string' ? { startsAt: startOfLondonDay(on) } : {}) };
    }
    case 'executiveSummary':
      return { stops: [], starts: [] };
  }
}

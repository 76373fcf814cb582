import type { Board } from '../../knowledge/boards/boardFiles.ts';
import type { ThresholdConsultation } from '../../knowledge/records/thresholdConsultation.ts';
import type { ReferralKind } from '../../knowledge/thresholds/referralKind.ts';
import { notSureCount, selectedIndicators, type ThresholdAnswers } from './thresholdAnswers.ts';

type NextStep = ThresholdConsultation['outcome']['nextStep'];

const NEXT_STEP_FOR: Record<ReferralKind, NextStep> = {
  none: 'universalServices',
  earlyHelp: 'earlyHelp',
  childInNeed: 'childInNeedReferral',
  childProtection: 'childProtectionReferral',
};

export interface ThresholdConclusion {
  recommendedLevelId: string;
  practitionerLevelId: string;
  overrideReason?: string;
  /** The response of the level the practitioner settled on, or a hand-off that replaced it. */
  nextStep: NextStep;
}

export function nextStepForLevel(board: Board, levelId: string, discussWithLead: boolean): NextStep {
  if (discussWithLead) return 'discussWithSafeguardingLead';
  const level = board.thresholds.levels.find((candidate) => candidate.id === levelId);
  return level ? NEXT_STEP_FOR[level.referralKind] : 'discussWithSafeguardingLead';
}

/** The threshold consultation record: no child name, the child's words only when the practitioner keeps them. */
export function buildThresholdRecord(board: Board, answers: ThresholdAnswers, conclusion: ThresholdConclusion, now: Date): ThresholdConsultation {
  if (answers.about === undefined) throw new Error('a threshold record needs the agency and the age band');
  const keepVoice = answers.voice?.keepChildVoice === true && answers.voice.childVoice !== undefined;
  return {
    type: 'threshold_consultation',
    schemaVersion: 1,
    boardId: board.id,
    edition: board.edition,
    completedAt: now.toISOString(),
    practitioner: { agencyType: answers.about.agencyType },
    concern: {
      ageBand: answers.about.ageBand,
      redFlags: answers.redFlags,
      indicators: selectedIndicators(answers),
      notSureCount: notSureCount(answers),
      riskFactors: answers.voice?.riskFactors ?? [],
      ...(keepVoice ? { childVoice: answers.voice!.childVoice! } : {}),
    },
    level: {
      thresholdDocument: { id: board.thresholds.id, version: board.thresholds.version },
      recommendedLevel: conclusion.recommendedLevelId,
      practitionerLevel: conclusion.practitionerLevelId,
      ...(conclusion.overrideReason ? { overrideReason: conclusion.overrideReason } : {}),
    },
    outcome: { nextStep: conclusion.nextStep },
  };
}

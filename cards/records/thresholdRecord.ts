import type { Board } from '../../knowledge/boards/boardFiles.ts';
import type { ThresholdConsultation } from '../../knowledge/records/thresholdConsultation.ts';
import type { ReferralKind } from '../../knowledge/thresholds/referralKind.ts';
import type { ThresholdDocument } from '../../knowledge/thresholds/thresholdDocument.ts';
import { chosenLevelId, consentRuleFor, notSureCount, selectedIndicators, suggestedLevelId, type ThresholdFacts } from '../thresholds/thresholdAnswers.ts';

type Outcome = ThresholdConsultation['outcome'];

const NEXT_STEP_FOR: Record<ReferralKind, Outcome['nextStep']> = {
  none: 'universalServices',
  earlyHelp: 'earlyHelp',
  childInNeed: 'childInNeedReferral',
  childProtection: 'childProtectionReferral',
};

function nextStep(document: ThresholdDocument, facts: ThresholdFacts): Outcome['nextStep'] {
  if (facts.shortRecord) return 'emergencyCall';
  if (facts.handOffToLado) return 'ladoReferral';
  const level = document.levels.find((candidate) => candidate.id === chosenLevelId(document, facts));
  return level ? NEXT_STEP_FOR[level.referralKind] : 'discussWithSafeguardingLead';
}

/** What was recorded about consent: the practitioner's answer where the rule asks for it, else 'not required'. */
function consentOutcome(document: ThresholdDocument, facts: ThresholdFacts): Pick<Outcome, 'consent' | 'consentNotSoughtReason'> {
  const rule = consentRuleFor(document, facts);
  if (rule && !rule.consentNeeded) return { consent: 'notRequired' };
  return facts.consent ?? {};
}

/** The threshold consultation record: no child name, the child's words only when the practitioner keeps them. */
export function buildThresholdRecord(board: Board, facts: ThresholdFacts, now: Date): ThresholdConsultation {
  const { answers } = facts;
  const document = board.thresholds;
  if (answers.about === undefined) throw new Error('a threshold record needs the agency and the age band');
  const keptVoice = answers.voice?.keepChildVoice === true ? answers.voice.childVoice?.trim() || undefined : undefined;
  const recommendedLevel = suggestedLevelId(document, facts);
  const practitionerLevel = chosenLevelId(document, facts);
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
      ...(keptVoice !== undefined && { childVoice: keptVoice }),
    },
    level: {
      thresholdDocument: { id: document.id, version: document.version },
      ...(recommendedLevel !== undefined && { recommendedLevel }),
      ...(practitionerLevel !== undefined && { practitionerLevel }),
      ...(facts.judgement && { overrideReason: facts.judgement.overrideReason }),
    },
    outcome: { nextStep: nextStep(document, facts), ...consentOutcome(document, facts) },
  };
}

import type {
  ConsentRule,
  ThresholdDocument,
  ThresholdIndicator,
  ThresholdLevel,
} from './thresholdDocument.ts';

export class UnknownIndicatorError extends Error {
  readonly indicatorIds: string[];

  constructor(documentId: string, indicatorIds: string[]) {
    super(`Threshold document "${documentId}" has no indicator ${indicatorIds.map((id) => `"${id}"`).join(', ')}.`);
    this.name = 'UnknownIndicatorError';
    this.indicatorIds = indicatorIds;
  }
}

export type RecommendationHintCode =
  | 'nothingSelected'
  | 'singleIndicator'
  | 'moreIndicatorsBelow'
  | 'splitAcrossLevels'
  | 'notSure';

export type RecommendationHint = { code: RecommendationHintCode; message: string };

export type MatchedLevel = {
  levelId: string;
  levelName: string;
  indicators: ThresholdIndicator[];
};

export type LevelRecommendation = {
  levelId: string;
  level: ThresholdLevel;
  /** 'borderline' and 'noIndicators' both mean: talk it through with your safeguarding lead. */
  confidence: 'clear' | 'borderline' | 'noIndicators';
  reasoning: {
    /** Levels with at least one selected indicator, highest first, in the document's words. */
    matchedByLevel: MatchedLevel[];
    description: string;
    response: string;
    consentRule: ConsentRule;
  };
  hints: RecommendationHint[];
  discussWithSafeguardingLead: boolean;
  notSureCount: number;
};

export type RecommendLevelOptions = {
  /** How many questions the practitioner answered "not sure". */
  notSureCount?: number;
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function selectedIndicators(document: ThresholdDocument, selectedIds: readonly string[]): ThresholdIndicator[] {
  const wanted = new Set(selectedIds);
  const known = new Set(document.indicators.map((indicator) => indicator.id));
  const unknown = [...wanted].filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UnknownIndicatorError(document.id, unknown);
  return document.indicators.filter((indicator) => wanted.has(indicator.id));
}

function consentRuleOf(document: ThresholdDocument, level: ThresholdLevel): ConsentRule {
  const rule = document.consentRules.find((candidate) => candidate.id === level.consentRule);
  // The document schema checks every level's consent rule, so a miss means the document skipped validation.
  if (!rule) throw new Error(`Threshold document "${document.id}" has no consent rule "${level.consentRule}".`);
  return rule;
}

/**
 * Suggests the level a set of selected indicators points to. The practitioner decides; this only advises.
 *
 * Rule:
 * - the suggested level is the highest level (by `order`) with at least one selected indicator;
 * - nothing selected → the lowest level, with "discuss with your safeguarding lead";
 * - borderline when the suggested level rests on a single indicator while lower levels together have
 *   two or more: the evidence for the higher level is thin next to the rest of the picture;
 * - "not sure" answers never change the level, but any of them add the advice to discuss it.
 */
export function recommendLevel(
  document: ThresholdDocument,
  selectedIndicatorIds: readonly string[],
  options: RecommendLevelOptions = {},
): LevelRecommendation {
  const notSureCount = options.notSureCount ?? 0;
  const selected = selectedIndicators(document, selectedIndicatorIds);
  const levelsHighestFirst = [...document.levels].sort((a, b) => b.order - a.order);
  const matchedByLevel: MatchedLevel[] = levelsHighestFirst
    .map((level) => ({
      levelId: level.id,
      levelName: level.name,
      indicators: selected.filter((indicator) => indicator.level === level.id),
    }))
    .filter((match) => match.indicators.length > 0);

  const lowestLevel = levelsHighestFirst[levelsHighestFirst.length - 1];
  const top = matchedByLevel[0];
  const level = top ? levelsHighestFirst.find((candidate) => candidate.id === top.levelId) : lowestLevel;
  if (!level) throw new Error(`Threshold document "${document.id}" has no levels.`);

  const hints: RecommendationHint[] = [];
  let confidence: LevelRecommendation['confidence'] = 'clear';
  if (!top) {
    confidence = 'noIndicators';
    hints.push({
      code: 'nothingSelected',
      message: 'No indicators were selected. Discuss the concern with your safeguarding lead before deciding.',
    });
  } else {
    const supporting = top.indicators.length;
    const below = selected.length - supporting;
    if (supporting === 1 && level !== lowestLevel) {
      hints.push({ code: 'singleIndicator', message: `Only one indicator points to "${level.name}".` });
    }
    if (below > supporting) {
      hints.push({
        code: 'moreIndicatorsBelow',
        message: `${plural(below, 'indicator')} at lower levels against ${supporting} at "${level.name}".`,
      });
    }
    if (matchedByLevel.length > 1) {
      hints.push({
        code: 'splitAcrossLevels',
        message: `The selected indicators span ${matchedByLevel.length} levels.`,
      });
    }
    if (supporting === 1 && below >= 2) confidence = 'borderline';
  }
  if (notSureCount > 0) {
    hints.push({ code: 'notSure', message: `${plural(notSureCount, 'answer')} marked "not sure".` });
  }

  return {
    levelId: level.id,
    level,
    confidence,
    reasoning: {
      matchedByLevel,
      description: level.description,
      response: level.response,
      consentRule: consentRuleOf(document, level),
    },
    hints,
    discussWithSafeguardingLead: confidence !== 'clear' || notSureCount > 0,
    notSureCount,
  };
}

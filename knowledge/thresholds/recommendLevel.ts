import type { ConsentRule, RedFlag, ThresholdDocument, ThresholdIndicator, ThresholdLevel } from './thresholdDocument.ts';

export class UnknownIndicatorError extends Error {
  readonly indicatorIds: string[];

  constructor(documentId: string, indicatorIds: string[]) {
    super(`Threshold document "${documentId}" has no indicator ${indicatorIds.map((id) => `"${id}"`).join(', ')}.`);
    this.name = 'UnknownIndicatorError';
    this.indicatorIds = indicatorIds;
  }
}

/** Hints only ever point upwards: nothing here invites the practitioner to lower a suggested level. */
export type RecommendationHintCode = 'notSure' | 'riskFactors' | 'childWords';

export type RecommendationHint = { code: RecommendationHintCode; message: string };

export type MatchedLevel = {
  levelId: string;
  levelName: string;
  indicators: ThresholdIndicator[];
};

/** A level the document points to, with why, or none when nothing ticked matched the document. */
export type LevelRecommendation = {
  /** undefined: nothing ticked matched the document, so no level is suggested. */
  level: ThresholdLevel | undefined;
  /** 'redFlags': a red flag was ticked, which always means the top level. */
  basis: 'redFlags' | 'indicators' | 'noMatch';
  reasoning: {
    /** Red flags ticked in this check, in the document's words. */
    redFlags: RedFlag[];
    /** Levels with at least one selected indicator, highest first, in the document's words. */
    matchedByLevel: MatchedLevel[];
    /** The rule of the suggested level; after red flags, the document's red-flag rule. */
    consentRule: ConsentRule | undefined;
  };
  hints: RecommendationHint[];
  discussWithSafeguardingLead: boolean;
  notSureCount: number;
};

export type RecommendLevelOptions = {
  /** Red flags ticked earlier in the same check. */
  redFlagIds?: readonly string[];
  /** How many areas the practitioner answered "not sure". */
  notSureCount?: number;
  /** How many risk factors in the family (domestic abuse, a carer's substance misuse, ...) were ticked. */
  riskFactorCount?: number;
  /** Whether the practitioner wrote down what the child said or showed. */
  childWordsGiven?: boolean;
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

function consentRule(document: ThresholdDocument, ruleId: string): ConsentRule {
  const rule = document.consentRules.find((candidate) => candidate.id === ruleId);
  // The document schema checks every consent rule reference, so a miss means the document skipped validation.
  if (!rule) throw new Error(`Threshold document "${document.id}" has no consent rule "${ruleId}".`);
  return rule;
}

/** The levels of a document, the highest (by `order`) first. */
function levelsHighestFirst(document: ThresholdDocument): ThresholdLevel[] {
  return [...document.levels].sort((a, b) => b.order - a.order);
}

export function topLevel(document: ThresholdDocument): ThresholdLevel {
  const top = levelsHighestFirst(document)[0];
  if (!top) throw new Error(`Threshold document "${document.id}" has no levels.`);
  return top;
}

/** Hints that the picture may be more serious than the level suggested; none once the level is the top one. */
function upwardHints(isTop: boolean, options: RecommendLevelOptions, notSureCount: number): RecommendationHint[] {
  const hints: RecommendationHint[] = [];
  if (notSureCount > 0) {
    hints.push({
      code: 'notSure',
      message: `You were not sure about ${plural(notSureCount, 'area')}. Talk ${notSureCount === 1 ? 'it' : 'them'} through with your safeguarding lead${isTop ? '.' : ': what you are unsure about may point to a higher level.'}`,
    });
  }
  if (isTop) return hints;
  if ((options.riskFactorCount ?? 0) > 0) {
    hints.push({
      code: 'riskFactors',
      message: 'You ticked risk factors in the family. They raise the risk to the child: check whether a higher level describes what you know.',
    });
  }
  if (options.childWordsGiven) {
    hints.push({
      code: 'childWords',
      message: 'You noted what the child said or showed. If it describes abuse or harm, that alone can be a child protection concern: talk to your safeguarding lead now.',
    });
  }
  return hints;
}

/**
 * Suggests the level a check points to. The practitioner decides; this only advises.
 *
 * Rule:
 * - any red flag ticked in the check → the top level, with the document's red-flag consent rule;
 * - otherwise the highest level (by `order`) with at least one selected indicator: one indicator is enough;
 * - nothing matched → no level, and "talk to your safeguarding lead now";
 * - hints only ever point upwards (not sure, risk factors, the child's words), never towards a lower level.
 */
export function recommendLevel(document: ThresholdDocument, selectedIndicatorIds: readonly string[], options: RecommendLevelOptions = {}): LevelRecommendation {
  const notSureCount = options.notSureCount ?? 0;
  const selected = selectedIndicators(document, selectedIndicatorIds);
  const redFlagIds = new Set(options.redFlagIds ?? []);
  const redFlags = document.redFlags.filter((flag) => redFlagIds.has(flag.id));
  const matchedByLevel: MatchedLevel[] = levelsHighestFirst(document)
    .map((level) => ({
      levelId: level.id,
      levelName: level.name,
      indicators: selected.filter((indicator) => indicator.level === level.id),
    }))
    .filter((match) => match.indicators.length > 0);

  const basis: LevelRecommendation['basis'] = redFlags.length > 0 ? 'redFlags' : matchedByLevel[0] ? 'indicators' : 'noMatch';
  const level = basis === 'redFlags' ? topLevel(document) : document.levels.find((candidate) => candidate.id === matchedByLevel[0]?.levelId);
  const rule = basis === 'redFlags' ? consentRule(document, document.redFlagResponse.consentRule) : level && consentRule(document, level.consentRule);
  const hints = upwardHints(level !== undefined && level.id === topLevel(document).id, options, notSureCount);

  return {
    level,
    basis,
    reasoning: { redFlags, matchedByLevel, consentRule: rule },
    hints,
    discussWithSafeguardingLead: level === undefined || hints.length > 0,
    notSureCount,
  };
}

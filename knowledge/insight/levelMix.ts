import { AGENCY_TYPES } from '../records/fields.ts';
import { AGE_BANDS } from '../records/thresholdConsultation.ts';
import { NO_LEVEL, type LevelCount, type LevelMix } from './boardInsight.ts';
import type { ThresholdCheckRow } from './insightRows.ts';

/** The chosen level, or NO_LEVEL when the practitioner did not choose one. */
export function chosenLevelOf(check: ThresholdCheckRow): string {
  return check.chosenLevel ?? NO_LEVEL;
}

/** Counts by level in the document's order, then NO_LEVEL, then levels the document no longer has; zero rows left out. */
export function countLevels(levels: readonly string[], checks: readonly ThresholdCheckRow[]): LevelCount[] {
  const chosen = checks.map(chosenLevelOf);
  const unknown = [...new Set(chosen)].filter((level) => level !== NO_LEVEL && !levels.includes(level)).sort();
  return [...levels, NO_LEVEL, ...unknown].flatMap((level) => {
    const count = chosen.filter((candidate) => candidate === level).length;
    return count === 0 ? [] : [{ level, count }];
  });
}

/** Threshold checks by chosen level: overall, by agency type and by age band (groups without checks left out). */
export function levelMixOf(levels: readonly string[], checks: readonly ThresholdCheckRow[]): Omit<LevelMix, 'definition' | 'citation'> {
  const byAgency = AGENCY_TYPES.flatMap((agencyType) => {
    const ofAgency = checks.filter((check) => check.agencyType === agencyType);
    return ofAgency.length === 0 ? [] : [{ agencyType, levels: countLevels(levels, ofAgency) }];
  });
  const byAgeBand = AGE_BANDS.flatMap((ageBand) => {
    const ofBand = checks.filter((check) => check.ageBand === ageBand);
    return ofBand.length === 0 ? [] : [{ ageBand, levels: countLevels(levels, ofBand) }];
  });
  return { levels: countLevels(levels, checks), byAgency, byAgeBand };
}

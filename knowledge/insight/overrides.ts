import { AGENCY_TYPES } from '../records/fields.ts';
import { NO_LEVEL, type OverrideCell, type OverrideCounts, type OverrideFigures } from './boardInsight.ts';
import type { ThresholdCheckRow } from './insightRows.ts';

export type OverrideDirection = 'same' | 'up' | 'down' | 'other';

/** A check where the practitioner chose a level; the others are not overrides of anything. */
type ChosenCheck = ThresholdCheckRow & { chosenLevel: string };

/**
 * Chosen against suggested, by the threshold document's order (lowest first). No suggestion ranks below every
 * level, so choosing any level then is "up"; a level the document does not have (an older version) is "other".
 */
export function overrideDirection(levels: readonly string[], suggested: string | undefined, chosen: string): OverrideDirection {
  if (suggested === chosen) return 'same';
  const suggestedRank = suggested === undefined ? -1 : levels.indexOf(suggested);
  const chosenRank = levels.indexOf(chosen);
  if (chosenRank === -1 || (suggested !== undefined && suggestedRank === -1)) return 'other';
  return chosenRank > suggestedRank ? 'up' : 'down';
}

function countDirections(levels: readonly string[], checks: readonly ChosenCheck[]): OverrideCounts {
  const counts: OverrideCounts = { total: checks.length, same: 0, up: 0, down: 0, other: 0 };
  for (const check of checks) counts[overrideDirection(levels, check.suggestedLevel, check.chosenLevel)] += 1;
  return counts;
}

function matrixOf(checks: readonly ChosenCheck[]): OverrideCell[] {
  const cells = new Map<string, OverrideCell>();
  for (const check of checks) {
    const suggestedLevel = check.suggestedLevel ?? NO_LEVEL;
    const key = JSON.stringify([check.agencyType, suggestedLevel, check.chosenLevel]);
    const cell = cells.get(key) ?? { agencyType: check.agencyType, suggestedLevel, chosenLevel: check.chosenLevel, count: 0 };
    cell.count += 1;
    cells.set(key, cell);
  }
  const agencyRank = (cell: OverrideCell) => AGENCY_TYPES.indexOf(cell.agencyType);
  return [...cells.values()].sort((a, b) => agencyRank(a) - agencyRank(b) || a.suggestedLevel.localeCompare(b.suggestedLevel) || a.chosenLevel.localeCompare(b.chosenLevel));
}

/** How often practitioners chose another level than the suggested one: overall, by suggested level, by agency, and the full matrix. */
export function overridesOf(levels: readonly string[], checks: readonly ThresholdCheckRow[]): Omit<OverrideFigures, 'definition' | 'citation'> {
  const chosen = checks.filter((check): check is ChosenCheck => check.chosenLevel !== undefined);
  const suggestedLevels = [...levels, NO_LEVEL].filter((level) => chosen.some((check) => (check.suggestedLevel ?? NO_LEVEL) === level));
  return {
    ...countDirections(levels, chosen),
    matrix: matrixOf(chosen),
    bySuggestedLevel: suggestedLevels.map((level) => ({
      level,
      ...countDirections(
        levels,
        chosen.filter((check) => (check.suggestedLevel ?? NO_LEVEL) === level),
      ),
    })),
    byAgency: AGENCY_TYPES.flatMap((agencyType) => {
      const ofAgency = chosen.filter((check) => check.agencyType === agencyType);
      return ofAgency.length === 0 ? [] : [{ agencyType, ...countDirections(levels, ofAgency) }];
    }),
  };
}

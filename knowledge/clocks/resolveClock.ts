import type { EditionId } from '../editions/editionId.ts';
import type { BoardClockSettings } from './boardClockSetting.ts';
import type { EffectiveClock } from './clock.ts';
import { CLOCK_CATALOGUE } from './clockCatalogue.ts';

export class UnknownClockError extends Error {
  readonly clockId: string;
  readonly edition: EditionId;

  constructor(clockId: string, edition: EditionId) {
    const elsewhere = editionsWithClock(clockId);
    const hint = elsewhere.length > 0 ? `it belongs to ${elsewhere.join(', ')}` : `clocks in ${edition}: ${clockIdsOf(edition).join(', ')}`;
    super(`Clock ${clockId} is not part of edition ${edition} (${hint}).`);
    this.name = 'UnknownClockError';
    this.clockId = clockId;
    this.edition = edition;
  }
}

export function clockIdsOf(edition: EditionId): string[] {
  return CLOCK_CATALOGUE.filter((clock) => clock.editions.includes(edition)).map((clock) => clock.id);
}

function editionsWithClock(clockId: string): EditionId[] {
  return CLOCK_CATALOGUE.filter((clock) => clock.id === clockId).flatMap((clock) => clock.editions);
}

/**
 * The clock as it runs under an edition. A board's setting fills only clocks the pack leaves
 * unverified (U) or local (L); statutory lengths (S, P, P?) are never overridden.
 */
export function resolveClock(edition: EditionId, clockId: string, boardClockSettings?: BoardClockSettings): EffectiveClock {
  const clock = CLOCK_CATALOGUE.find((candidate) => candidate.id === clockId && candidate.editions.includes(edition));
  if (!clock) throw new UnknownClockError(clockId, edition);
  const { editions: _editions, ...definition } = clock;
  const boardSetting = boardClockSettings?.[clockId];
  const boardMayFill = clock.status === 'U' || clock.status === 'L';
  if (boardSetting && boardMayFill) {
    return {
      ...definition,
      edition,
      length: boardSetting.length,
      unit: boardSetting.unit,
      citations: [boardSetting.citation, ...clock.citations],
      setByBoard: true,
    };
  }
  return { ...definition, edition, setByBoard: false };
}

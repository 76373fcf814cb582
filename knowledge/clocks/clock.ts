import type { Citation, RuleStatus } from '../citation.ts';
import type { EditionId } from '../editions/editionId.ts';
import type { ClockUnit } from './boardClockSetting.ts';

/**
 * A statutory or local clock as the domain brief's §3 lists it. A clock whose length is null
 * (status U, or L with no default) has no value until a board sets one with a citation.
 */
export type Clock = {
  id: string;
  startEvent: string;
  length: number | null;
  /** null where even the unit is unverified (the WT2010 "days" assessments). */
  unit: ClockUnit | null;
  endEvent: string;
  editions: readonly EditionId[];
  status: RuleStatus;
  citations: readonly Citation[];
  /** 'before': the end event is due the given length BEFORE the start event (a planned date). */
  direction?: 'before';
  /** The clock starts again from its own end (review conferences). */
  repeats?: true;
  note?: string;
};

/** A clock as it runs for one edition, with the board's setting applied where the pack has no value. */
export type EffectiveClock = Omit<Clock, 'editions'> & {
  edition: EditionId;
  /** True when length, unit and the first citation come from the board's configuration. */
  setByBoard: boolean;
};

import type { TimeSource } from '../dialogs/ports.ts';

/** The machine's clock, for everything that takes a TimeSource; tests pass their own. */
export const systemTime: TimeSource = { now: () => new Date() };

import type { Citation, RuleStatus } from '../citation.ts';

/** A rule of a guidance edition as the domain brief §2.2 numbers it (10.1, 13.7, 23.2 …). */
export type Rule = {
  id: string;
  title: string;
  text: string;
  status: RuleStatus;
  citations: readonly Citation[];
  /** What is unverified or to confirm: for board administrators (`npm run knowledge -- rules`), never for practitioners. */
  note?: string;
};

import { z } from 'zod';

/** Guidance editions (Working Together) that the product ships as rule packs. */
export const EDITION_IDS = ['wt2010', 'wt2013', 'wt2015', 'wt2018', 'wt2023'] as const;
export type EditionId = (typeof EDITION_IDS)[number];

/** The current guidance, so a newcomer sees today's rules; boards choose their own (older packs stay for older cases). */
export const DEFAULT_EDITION: EditionId = 'wt2023';

/** Accepts "WT2013" as the brief writes it, or "wt2013". */
export const editionIdSchema = z
  .string()
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.enum(EDITION_IDS, { error: `must be one of ${EDITION_IDS.join(', ')}` }));

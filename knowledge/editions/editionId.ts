import { z } from 'zod';

/** Guidance editions (Working Together) that the product ships as rule packs. */
export const EDITION_IDS = ['wt2010', 'wt2013', 'wt2015', 'wt2018', 'wt2023'] as const;
export type EditionId = (typeof EDITION_IDS)[number];

/** wt2013 matches the seed documents and the demo data; boards choose their own. */
export const DEFAULT_EDITION: EditionId = 'wt2013';

/** Accepts "WT2013" as the brief writes it, or "wt2013". */
export const editionIdSchema = z
  .string()
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.enum(EDITION_IDS, { error: `must be one of ${EDITION_IDS.join(', ')}` }));

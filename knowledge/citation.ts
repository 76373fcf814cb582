import { z } from 'zod';

/**
 * How sure the product is of a rule, as marked in the domain brief:
 * S stated in a seed; P public and confirmed; P? public, "confirm before go-live";
 * U unverified (no built-in value: the board sets it with a citation); L a local setting.
 * Markers are for board administrators (`npm run knowledge -- rules`), never for practitioners.
 */
export const ruleStatusSchema = z.enum(['S', 'P', 'P?', 'U', 'L']);
export type RuleStatus = z.infer<typeof ruleStatusSchema>;

/**
 * Where a rule comes from. `source`, `locator`, `quote` and `url` are what people read behind "why?";
 * `basis` is where the product's authors checked it (a seed file and line, a source tag), for administrators only.
 */
export const citationSchema = z.object({
  source: z.string().min(1).describe('The document as people know it, e.g. "Working Together to Safeguard Children 2023"'),
  locator: z.string().min(1).optional().describe('Where in it, in words people use, e.g. "chapter 4" or "section 2.1"'),
  quote: z.string().min(1).optional(),
  url: z.url().optional().describe('The publisher’s own page, never a document-sharing copy'),
  basis: z.string().min(1).optional().describe('For administrators only, e.g. "seeds/004_e13bb95539be3372.txt L49" or "[GOVSIN]"'),
});
export type Citation = z.infer<typeof citationSchema>;

import { z } from 'zod';

/**
 * How sure the product is of a rule, as marked in the domain brief:
 * S stated in a seed; P public and confirmed; P? public, "confirm before go-live";
 * U unverified (no built-in value: the board sets it with a citation); L a local setting.
 */
export const ruleStatusSchema = z.enum(['S', 'P', 'P?', 'U', 'L']);
export type RuleStatus = z.infer<typeof ruleStatusSchema>;

/** Where a rule comes from: a source document, the place inside it, and a short quote where there is one. */
export const citationSchema = z.object({
  source: z.string().min(1).describe('Seed file or public source tag, e.g. "seeds/004_e13bb95539be3372.txt" or "[GOVSIN]"'),
  locator: z.string().min(1).optional().describe('Section or line, e.g. "L49"'),
  quote: z.string().min(1).optional(),
  url: z.url().optional(),
});
export type Citation = z.infer<typeof citationSchema>;

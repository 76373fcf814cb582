import type { RuleStatus } from '../citation.ts';

const STATUS_LABELS: Record<RuleStatus, string> = {
  S: 'stated in a seed document',
  P: 'public law or guidance, wording confirmed',
  'P?': 'public, confirm before go-live',
  U: 'unverified: no built-in value, the board must set it with a citation',
  L: 'local setting chosen by the board',
};

/** How the product explains a rule's status to board staff, e.g. 'P? (public, confirm before go-live)'. */
export function statusLabel(status: RuleStatus): string {
  return `${status} (${STATUS_LABELS[status]})`;
}

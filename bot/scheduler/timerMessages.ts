import { CLOCK_CATALOGUE } from '../../knowledge/clocks/clockCatalogue.ts';
import { dueText } from '../messaging/dueText.ts';
import type { ClaimedTimer } from './timerStore.ts';

/** 'Employer told the LADO (LADO_REPORT)': what the clock waits for, from the catalogue, and its id. */
function clockName(clockId: string): string {
  const clock = CLOCK_CATALOGUE.find((candidate) => candidate.id === clockId);
  return clock ? `${clock.endEvent} (${clockId})` : clockId;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * A reminder or escalation: the record's reference, the clock and when it ends, in London time. Nothing else:
 * it goes to a channel or chat, so it never carries a name or case detail.
 */
export function timerMessage(timer: Pick<ClaimedTimer, 'kind' | 'reference' | 'clockId' | 'dueBy'>): string {
  const clock = clockName(timer.clockId);
  const due = lowerFirst(dueText(timer.dueBy));
  switch (timer.kind) {
    case 'reminder':
      return `Reminder for ${timer.reference}: ${clock} is due ${due}.`;
    case 'due':
      return `Due today for ${timer.reference}: ${clock} is due ${due}.`;
    case 'overdue':
      return `Overdue: ${timer.reference}: ${clock} was due ${due}. Please act now, or record why it could not be done in time.`;
    case 'escalation':
      return `Escalation for ${timer.reference}: ${clock} was due ${due} and is not recorded as done.`;
  }
}

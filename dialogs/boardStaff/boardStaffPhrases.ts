import type { AlertTopic } from '../../knowledge/boards/alertRoutes.ts';
import type { AlertTarget } from './boardStaffPorts.ts';

/** What board staff can type anywhere: alert channel registration, the board inbox and the board report. */
export type BoardStaffCommand =
  | { kind: 'register'; target: AlertTarget; words: string }
  | { kind: 'unregister'; target?: AlertTarget; words?: string }
  | { kind: 'routesHere' }
  | { kind: 'openItems' }
  | { kind: 'openRecord'; reference: string }
  | { kind: 'boardReport' };

const TOPIC_WORDS: Array<[RegExp, AlertTopic]> = [
  [/^lado( referrals?)?$/i, 'lado_referral'],
  [/^lado consultations?$/i, 'lado_consultation'],
  [/^(serious incidents?( notifications?)?|sins?|notifiable incidents?)$/i, 'serious_incident_notification'],
  [/^(scrs?|serious case reviews?|case reviews?|reviews?)$/i, 'scr_decision'],
  [/^(board )?operations?$/i, 'operations'],
];

const CONVERSATION = '(?:this|the) (?:channel|chat|conversation|group)';
const REGISTER = new RegExp(`^register ${CONVERSATION} for (.+?) alerts?$`, 'i');
const UNREGISTER = new RegExp(`^(?:unregister|deregister) ${CONVERSATION}(?: for (.+?) alerts?)?$`, 'i');
const ROUTES_HERE = /^(?:which|what) alerts (?:come|go|are sent|are posted) (?:here|to this (?:channel|chat|conversation))$/i;
const OPEN_ITEMS = /^(?:(?:show )?(?:my|our|the board'?s?) )?open items$/i;
const OPEN_RECORD = /^open ([a-z][a-z0-9]*(?:-[a-z0-9]+)+)$/i;
const BOARD_REPORT = /^(?:show )?(?:the |our )?board(?:'s)? report$/i;

/** "LADO" → the LADO referral topic; "lado-duty" → that route; anything else is taken as a route name. */
export function alertTargetOf(words: string): AlertTarget {
  const trimmed = words.trim();
  const topic = TOPIC_WORDS.find(([pattern]) => pattern.test(trimmed))?.[1];
  return topic ? { topic } : { route: trimmed.toLowerCase() };
}

/** The text with Teams' @mention of the bot and closing punctuation removed. */
export function commandText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]+$/, '');
}

export function recogniseBoardStaffCommand(text: string): BoardStaffCommand | undefined {
  const said = commandText(text);
  const register = REGISTER.exec(said);
  if (register?.[1]) return { kind: 'register', target: alertTargetOf(register[1]), words: register[1] };
  const unregister = UNREGISTER.exec(said);
  if (unregister) return unregister[1] ? { kind: 'unregister', target: alertTargetOf(unregister[1]), words: unregister[1] } : { kind: 'unregister' };
  if (ROUTES_HERE.test(said)) return { kind: 'routesHere' };
  if (OPEN_ITEMS.test(said)) return { kind: 'openItems' };
  const open = OPEN_RECORD.exec(said);
  if (open?.[1]) return { kind: 'openRecord', reference: open[1].toUpperCase() };
  if (BOARD_REPORT.test(said)) return { kind: 'boardReport' };
  return undefined;
}

import type { TimeSource } from '../../dialogs/ports.ts';
import type { ConversationOptions, Reply, TestConversation } from '../support/conversation.ts';
import { demoBoardsOnEditions } from '../support/demoBoardsOnEditions.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { formButton, next, textOf } from '../support/cardChat.ts';

export { cardProblems, cardsOf, formButton, next, textOf } from '../support/cardChat.ts';

/** A clock the tests move by hand: the dialogs and the submission service read it. */
export class TestClock implements TimeSource {
  #now: Date;
  constructor(start: string) {
    this.#now = new Date(start);
  }
  now(): Date {
    return new Date(this.#now);
  }
  set(instant: string): void {
    this.#now = new Date(instant);
  }
}

/** These tests were written for the demo board on WT2013 and Northfield on WT2023: they say so, whatever the boards ship with. */
export async function startSeriousIncidentBot(clock: TestClock): Promise<BotUnderTest> {
  const boards = await demoBoardsOnEditions({ 'sample-partnership': 'wt2013', 'northfield-partnership': 'wt2023' });
  return startBot({ time: clock, env: { BOARD_CONFIG_DIR: boards } });
}

/** The demo board, on WT2013 here, in the local web chat: demo-user holds every role, practitioner none. */
export const DEMO_MANAGER: ConversationOptions = { channelId: 'webchat', userId: 'demo-user', userName: 'Demo User' };
export const DEMO_PRACTITIONER: ConversationOptions = { channelId: 'webchat', userId: 'practitioner', userName: 'Pat Practitioner' };

/** The Northfield board (WT2023) in its Teams tenant, one person per role. */
const NORTHFIELD_TENANT = '00000000-0000-4000-8000-00000000b001';
function northfield(objectId: string, userName: string, options: ConversationOptions = {}): ConversationOptions {
  return { channelId: 'msteams', tenantId: NORTHFIELD_TENANT, aadObjectId: objectId, userId: `29:${objectId}`, userName, ...options };
}
export const NORTHFIELD_MANAGER = northfield('00000000-0000-4000-8000-00000000b101', 'Northfield manager');
export const NORTHFIELD_STAFF = (options: ConversationOptions = {}) => northfield('00000000-0000-4000-8000-00000000b102', 'Northfield business team', options);
export const NORTHFIELD_CHAIR = northfield('00000000-0000-4000-8000-00000000b104', 'Northfield chair');

/** Fictional people whose details must never leave the one-to-one chat. */
export const CHILD_NAME = 'Zebedee Canarywood';
export const OUTLINE = 'Canary outline: the infant was found unresponsive at home.';
export const NOTIFIER_NAME = 'Morgan Managerton';

export const CRITERIA = {
  deathWithSuspectedNeglect: { outcome: 'died', abuseOrNeglect: 'suspected', person: 'child', lookedAfter: 'false', concernAboutWorkingTogether: 'false' },
};

export const VALID = {
  notifier: { localAuthority: 'Sample Borough Council', name: NOTIFIER_NAME, role: 'Head of children’s services', phone: '01632 960500', email: 'morgan@example.org' },
  incident: { occurredOn: '2026-11-22', occurredAtTime: '21:30', location: 'The family home', area: 'inArea' },
  abuseOrNeglect: { categories: 'neglect' },
  child: { fullName: CHILD_NAME, ageYears: '1', sex: 'male', legalStatus: 'childInNeedPlan', homeLocalAuthority: 'Sample Borough Council' },
  whatHappened: { outline: OUTLINE, agenciesInvolved: 'Health visiting\nChildren’s social care' },
  otherChildren: { atRisk: 'true', actionTaken: 'Sibling placed with grandparents under a safety plan.' },
  proceedings: { policeOrCriminal: 'true', coroner: 'true' },
  childDeath: { cdopNotified: 'true', cdopReference: 'CDOP-123', residenceArea: 'Sample Borough', placeOfDeathArea: 'Sample Borough' },
  partner: { partner: 'police', organisation: 'Sample Police', agreed: 'true' },
  nextSteps: { mediaInterest: 'local', staffConductConcern: 'false', reviewRecommended: 'yes' },
} as const;

/** From the menu through the criteria to the first card of the notification. */
export async function answerCriteria(chat: TestConversation, criteria: Record<string, string>): Promise<Reply[]> {
  await chat.says('serious incident');
  return next(chat, criteria);
}

/** Every section of a death notification with valid answers, up to the summary. */
export async function fillDeathNotification(chat: TestConversation, awareAt: { date: string; time: string }): Promise<Reply[]> {
  await next(chat, { 'awareAt.date': awareAt.date, 'awareAt.time': awareAt.time });
  await next(chat, VALID.notifier);
  await next(chat, VALID.incident);
  await next(chat, VALID.abuseOrNeglect);
  await next(chat, VALID.child);
  await chat.submits({ choice: 'continue' });
  await next(chat, VALID.whatHappened);
  await next(chat, VALID.otherChildren);
  await next(chat, VALID.proceedings);
  await next(chat, VALID.childDeath);
  await next(chat, VALID.partner);
  await chat.submits({ choice: 'continue' });
  return next(chat, VALID.nextSteps);
}

/** Notifies a death with suspected neglect, aware at `awareAt`, and returns the receipt's text and reference. */
export async function notifyDeath(chat: TestConversation, criteria: Record<string, string>, awareAt: { date: string; time: string }): Promise<{ receipt: string; reference: string }> {
  await answerCriteria(chat, criteria);
  await chat.submits({ choice: 'notify' });
  await fillDeathNotification(chat, awareAt);
  const receipt = textOf(await chat.submits(formButton(chat, 'confirm')));
  const reference = /SIN-\d{4}-\d{6}/.exec(receipt)?.[0];
  if (reference === undefined) throw new Error(`no reference on the receipt: ${receipt}`);
  return { receipt, reference };
}

/** The sent messages of a conversation that mention a clock, e.g. '(PANEL_NO_SCR)' in a reminder. */
export function remindersAbout(bot: BotUnderTest, conversationId: string, clockId: string): string[] {
  return bot.connector
    .sent(conversationId)
    .map((sent) => textOf([sent]))
    .filter((text) => text.includes(`(${clockId})`));
}

/** The buttons of an alert card: what each press sends. */
export function alertButtons(card: Record<string, unknown>): Array<{ verb: string; reference: string; cardId: string }> {
  const actions = (card.actions ?? []) as Array<{ data?: { verb: string; reference: string; cardId: string } }>;
  return actions.flatMap((action) => (action.data === undefined ? [] : [action.data]));
}

export { startBot };

import type { TurnContext } from 'botbuilder';

/** Who is speaking and for which board: resolved by bot/ before the dialogs run, read by them through this key. */
export interface TurnUser {
  /** Channel-neutral identity, e.g. 'aad:<object id>', 'slack:<team>:<user>', 'local:<name>'. */
  identity: string;
  displayName?: string;
  boardId: string;
  boardName: string;
  roles: readonly string[];
  /** Set when a role could not be checked (Entra group membership unreachable): said with any refusal. */
  roleNotice?: string;
}

const TURN_USER = Symbol('turnUser');

export function setTurnUser(context: TurnContext, user: TurnUser): void {
  context.turnState.set(TURN_USER, user);
}

export function getTurnUser(context: TurnContext): TurnUser {
  const user = context.turnState.get(TURN_USER) as TurnUser | undefined;
  if (!user) throw new Error('turn user was not resolved before the dialog ran');
  return user;
}

/** A refusal for want of a role, with why a role may be missing when membership could not be checked. */
export function refusalFor(user: TurnUser, text: string): string {
  return user.roleNotice ? `${text}\n\n${user.roleNotice}` : text;
}

import type { TurnContext } from 'botbuilder';
import type { BoardRole } from '../../knowledge/boards/boardConfig.ts';
import { ROLE_NAMES } from '../../knowledge/boards/roleNames.ts';
import { movedToPrivateChat, type PrivateChatPort } from '../privateChat.ts';
import { getTurnUser, refusalFor, type TurnUser } from '../turnUser.ts';
import { userText } from '../userInput.ts';
import type { NamedPerson, RoleAdministrationPort, RoleHolderLine, RoleHolders } from './roleAdministrationPort.ts';
import type { RoleCommand } from './rolePhrases.ts';

const BOARD_ADMIN: BoardRole = 'boardAdmin';

const nameOf = (person: NamedPerson) => (person.displayName ? `${person.displayName} (${person.identity})` : person.identity);

function holderLine(line: RoleHolderLine): string {
  const used = line.lastUsed ? `last used the bot ${line.lastUsed}` : 'has not used the bot since roles were tracked';
  return `- ${line.who}: added ${line.added}; ${used}${line.reviewDue ? '. **Due for review**' : ''}`;
}

function withGroupWarning(text: string, holders: RoleHolders): string {
  return holders.membershipUnchecked ? `${text}\n\nSome Entra group members may be missing: Microsoft Graph could not be reached to read the groups.` : text;
}

function holdersText(user: TurnUser, role: BoardRole, holders: RoleHolders): string {
  const text =
    holders.lines.length === 0 ? `Nobody holds ${ROLE_NAMES[role]} on ${user.boardName}.` : [`Holders of ${ROLE_NAMES[role]} on ${user.boardName}:`, ...holders.lines.map(holderLine)].join('\n');
  return withGroupWarning(text, holders);
}

function reviewText(user: TurnUser, holders: RoleHolders): string {
  const sections = (Object.keys(ROLE_NAMES) as BoardRole[])
    .map((role) => ({ role, lines: holders.lines.filter((line) => line.role === role) }))
    .filter((section) => section.lines.length > 0)
    .map((section) => [`**${ROLE_NAMES[section.role]}**`, ...section.lines.map(holderLine)].join('\n'));
  const due = holders.lines.filter((line) => line.reviewDue).length;
  const closing =
    due === 0
      ? 'No role given in chat is due for review.'
      : `${due} role${due === 1 ? ' is' : 's are'} due for review: type **add <role> @name** to confirm or **remove <role> @name** to take it away.`;
  return withGroupWarning(`Role holders of ${user.boardName}:\n\n${sections.join('\n\n')}\n\n${closing}`, holders);
}

async function grant(user: TurnUser, role: BoardRole, person: NamedPerson, port: RoleAdministrationPort): Promise<string> {
  const isNew = await port.grant(user, role, person);
  return isNew
    ? `Done: ${nameOf(person)} is now ${ROLE_NAMES[role]} of ${user.boardName}, from their next message. The change is in the audit trail.`
    : `${nameOf(person)} already held ${ROLE_NAMES[role]} from chat: confirmed, so it is not due for review again until the next review period has passed.`;
}

async function revoke(user: TurnUser, role: BoardRole, person: NamedPerson, port: RoleAdministrationPort): Promise<string> {
  const outcome = await port.revoke(user, role, person);
  if (outcome.kind === 'removed') return `Done: ${nameOf(person)} is no longer ${ROLE_NAMES[role]} of ${user.boardName}. The change is in the audit trail.`;
  if (outcome.reason === 'file') return `${nameOf(person)} is ${ROLE_NAMES[role]} through the board’s configuration file, so it can only be changed there. Nothing changed.`;
  if (outcome.reason === 'group') {
    return `${nameOf(person)} is ${ROLE_NAMES[role]} through a Microsoft Entra group. Ask your IT team to remove them from the group; the bot sees it within minutes. Nothing changed here.`;
  }
  return `${nameOf(person)} does not hold ${ROLE_NAMES[role]} on ${user.boardName}, so nothing changed.`;
}

async function change(context: TurnContext, user: TurnUser, command: Extract<RoleCommand, { person: string }>, port: RoleAdministrationPort): Promise<string> {
  if (command.role === BOARD_ADMIN) {
    return 'Board admins are named in the board’s configuration file only, so nobody can be made or unmade one in chat. Ask whoever maintains the file.';
  }
  const person = port.personNamed(context, command.person);
  if (!person) return `I couldn’t tell who “${command.person}” is. Mention them: type @ and pick their name, e.g. **add ${ROLE_NAMES[command.role]} @Sam Jones**.`;
  return command.kind === 'grantRole' ? grant(user, command.role, person, port) : revoke(user, command.role, person, port);
}

/**
 * Role administration by a board admin, in a one-to-one chat only (a request in a shared conversation moves there):
 * add or remove a role, who holds a role, and the review of every holder.
 */
export async function runRoleCommand(context: TurnContext, command: RoleCommand, port: RoleAdministrationPort, privateChat: PrivateChatPort): Promise<void> {
  if (await movedToPrivateChat(context, privateChat, userText(context))) return;
  const user = getTurnUser(context);
  if (!user.roles.includes(BOARD_ADMIN)) {
    await context.sendActivity(refusalFor(user, `Only a board admin of ${user.boardName} can see or change who holds its roles. Nothing changed.`));
    return;
  }
  if (command.kind === 'whoHolds') {
    await context.sendActivity(holdersText(user, command.role, await port.holders(user, command.role)));
  } else if (command.kind === 'rolesReview') {
    await context.sendActivity(reviewText(user, await port.holders(user)));
  } else {
    await context.sendActivity(await change(context, user, command, port));
  }
}

import { TurnContext } from 'botbuilder';
import { speakerOnly } from '../privateChat.ts';
import { getTurnUser, refusalFor } from '../turnUser.ts';
import type { BoardStaffCommand } from './boardStaffPhrases.ts';
import type { AlertChannelPort, RouteSummary } from './boardStaffPorts.ts';

type ChannelCommand = Extract<BoardStaffCommand, { kind: 'register' | 'unregister' | 'routesHere' }>;

const BOARD_ADMIN = 'boardAdmin';

function placeOf(context: TurnContext): string {
  const type = context.activity.conversation.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat') return 'group chat';
  return 'chat';
}

function routeLine(summary: RouteSummary): string {
  return `- **${summary.route}**: ${summary.covers.join(', ')}`;
}

function knownRoutesText(boardName: string, routes: RouteSummary[]): string {
  if (routes.length === 0) return `${boardName} has no alert routes configured.`;
  return [`The alert routes of ${boardName} are:`, ...routes.map(routeLine), '', 'For example: **register this channel for LADO alerts**.'].join('\n');
}

/**
 * "register this channel for LADO alerts", "unregister this channel", "which alerts come here". Only a board admin
 * may register or unregister; anyone may ask which alerts come to a conversation.
 */
export async function runAlertChannelCommand(context: TurnContext, command: ChannelCommand, port: AlertChannelPort): Promise<void> {
  const user = getTurnUser(context);
  const conversation = TurnContext.getConversationReference(context.activity);
  const place = placeOf(context);

  if (command.kind === 'routesHere') {
    const routes = await port.routesHere(user, conversation);
    await context.sendActivity(
      routes.length === 0
        ? `No board alerts come to this ${place}. A board admin can type **register this ${place} for LADO alerts** (or serious incident, or operations alerts).`
        : [`These alerts of ${user.boardName} come to this ${place}:`, ...routes.map(routeLine)].join('\n'),
    );
    return;
  }

  if (!user.roles.includes(BOARD_ADMIN)) {
    await context.sendActivity(
      speakerOnly(
        refusalFor(
          user,
          `Only a board admin of ${user.boardName} can choose where alerts go. ` + 'Ask your board’s business team: they can do it, or add you as a board admin in the board’s configuration.',
        ),
      ),
    );
    return;
  }

  if (command.kind === 'register') {
    const outcome = await port.register(user, command.target, conversation);
    if (outcome.kind === 'unknownRoute') {
      await context.sendActivity(`I don’t know “${command.words}” alerts. ${knownRoutesText(user.boardName, outcome.routes)}`);
      return;
    }
    const lines = [`Done. This ${place} now receives the **${outcome.route.route}** alerts: ${outcome.route.covers.join(', ')}.`];
    if (outcome.replacedAnother) lines.push('They no longer go to the conversation registered for them before.');
    if (outcome.waitingAlertsPosted > 0) {
      lines.push(
        `${outcome.waitingAlertsPosted} alert${outcome.waitingAlertsPosted === 1 ? ' that was' : 's that were'} waiting for a conversation ${outcome.waitingAlertsPosted === 1 ? 'has' : 'have'} been posted here.`,
      );
    }
    lines.push('Alert cards show the reference, type, due time and status only, never case details.');
    await context.sendActivity(lines.join(' '));
    return;
  }

  const outcome = await port.unregister(user, conversation, command.target);
  if (outcome.kind === 'unknownRoute') {
    await context.sendActivity(`I don’t know “${command.words ?? ''}” alerts. ${knownRoutesText(user.boardName, outcome.routes)}`);
  } else if (outcome.routes.length === 0) {
    await context.sendActivity(`This ${place} was not registered for ${command.target ? 'those' : 'any'} alerts, so nothing changed.`);
  } else {
    await context.sendActivity(
      [`This ${place} no longer receives these alerts:`, ...outcome.routes.map(routeLine), '', 'Until another conversation is registered, they go to board operations or wait.'].join('\n'),
    );
  }
}

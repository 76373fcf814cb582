import type { ConversationReference } from 'botbuilder';
import type { AlertTopic } from '../../knowledge/boards/alertRoutes.ts';
import type { AlertChannelPort, AlertTarget, RegistrationOutcome, RouteSummary, UnregistrationOutcome } from '../../dialogs/boardStaff/boardStaffPorts.ts';
import type { TurnUser } from '../../dialogs/turnUser.ts';
import type { TimeSource } from '../../dialogs/ports.ts';
import type { Database } from '../storage/database.ts';
import { recordTypeLabel } from '../boardInbox/itemLabels.ts';
import { registerAlertChannel, routesRegisteredIn, unregisterAlertChannel } from './alertChannelStore.ts';
import type { AlertRouter, BoardLookup } from './alertRouter.ts';

export interface AlertChannelServiceOptions {
  db: Database;
  boardOf: BoardLookup;
  router: AlertRouter;
  clock?: TimeSource;
}

/** A board's routes, each with what its alerts are about. */
export function routeSummariesOf(alertRoutes: Partial<Record<AlertTopic, string>>): RouteSummary[] {
  const byRoute = new Map<string, string[]>();
  for (const [topic, route] of Object.entries(alertRoutes)) {
    if (!route) continue;
    byRoute.set(route, [...(byRoute.get(route) ?? []), topic === 'operations' ? 'Board operations' : recordTypeLabel(topic)]);
  }
  return [...byRoute].map(([route, covers]) => ({ route, covers })).sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * A Teams channel message's conversation id names its thread (";messageid=…"); alerts start threads of their own,
 * so the channel itself is registered.
 */
function channelConversation(conversation: Partial<ConversationReference>): Partial<ConversationReference> {
  const id = conversation.conversation?.id;
  if (!conversation.conversation || !id?.includes(';messageid=')) return conversation;
  return { ...conversation, conversation: { ...conversation.conversation, id: id.split(';messageid=')[0] ?? id } };
}

/** Registration of alert conversations in chat, for the board staff commands. */
export class AlertChannelService implements AlertChannelPort {
  readonly #options: AlertChannelServiceOptions;

  constructor(options: AlertChannelServiceOptions) {
    this.#options = options;
  }

  async register(user: TurnUser, target: AlertTarget, conversation: Partial<ConversationReference>): Promise<RegistrationOutcome> {
    const routes = this.#routesOf(user.boardId);
    const route = routeFor(routes, this.#options.boardOf(user.boardId)?.alertRoutes ?? {}, target);
    if (!route) return { kind: 'unknownRoute', routes };
    const { replacedAnother } = await registerAlertChannel(this.#options.db, {
      boardId: user.boardId,
      route: route.route,
      conversation: channelConversation(conversation),
      registeredBy: user.identity,
      at: this.#options.clock?.now() ?? new Date(),
    });
    const waitingAlertsPosted = await this.#options.router.postPending(user.boardId);
    return { kind: 'registered', route, replacedAnother, waitingAlertsPosted };
  }

  async unregister(user: TurnUser, conversation: Partial<ConversationReference>, target?: AlertTarget): Promise<UnregistrationOutcome> {
    const routes = this.#routesOf(user.boardId);
    let only: string[] | undefined;
    if (target) {
      const route = routeFor(routes, this.#options.boardOf(user.boardId)?.alertRoutes ?? {}, target);
      if (!route) return { kind: 'unknownRoute', routes };
      only = [route.route];
    }
    const removed = await unregisterAlertChannel(this.#options.db, {
      boardId: user.boardId,
      conversation: channelConversation(conversation),
      actor: user.identity,
      ...(only ? { routes: only } : {}),
    });
    return { kind: 'unregistered', routes: removed.map((route) => summaryOf(routes, route)) };
  }

  async routesHere(user: TurnUser, conversation: Partial<ConversationReference>): Promise<RouteSummary[]> {
    const routes = this.#routesOf(user.boardId);
    const here = await routesRegisteredIn(this.#options.db, user.boardId, channelConversation(conversation));
    return here.map((route) => summaryOf(routes, route));
  }

  #routesOf(boardId: string): RouteSummary[] {
    return routeSummariesOf(this.#options.boardOf(boardId)?.alertRoutes ?? {});
  }
}

function routeFor(routes: RouteSummary[], alertRoutes: Partial<Record<AlertTopic, string>>, target: AlertTarget): RouteSummary | undefined {
  const name = 'topic' in target ? alertRoutes[target.topic] : target.route;
  return routes.find((summary) => summary.route === name);
}

/** A route registered earlier may since have left the configuration: it is still shown, covering nothing now. */
function summaryOf(routes: RouteSummary[], route: string): RouteSummary {
  return routes.find((summary) => summary.route === route) ?? { route, covers: ['no record types any more'] };
}

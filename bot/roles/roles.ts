import type { Activity } from 'botbuilder';
import type { TimeSource } from '../../dialogs/ports.ts';
import type { BoardRole } from '../../knowledge/boards/boardConfig.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import type { RoleAdministrationPort } from '../../dialogs/boardStaff/roleAdministrationPort.ts';
import type { TurnUser } from '../../dialogs/turnUser.ts';
import type { RoleHolderLookup } from '../alerts/alertCardClients.ts';
import { normaliseIdentity } from '../../knowledge/boards/identity.ts';
import type { BoardDirectory } from '../boards/boardDirectory.ts';
import { identityOf } from '../identity/userIdentity.ts';
import type { Environment } from '../config/environment.ts';
import type { Worker } from '../jobs/worker.ts';
import type { LogSink } from '../logging/logger.ts';
import type { Database } from '../storage/database.ts';
import { graphGroupMemberReader } from './graphGroupMembers.ts';
import { GraphTokens } from './graphToken.ts';
import { GroupMembershipCache } from './groupMembershipCache.ts';
import { RoleAdministration } from './roleAdministration.ts';
import { entraGroupsOf, RoleDecision } from './roleDecision.ts';
import { createTurnUserResolver } from './turnUserResolver.ts';

export interface RolesParts {
  env: Environment;
  boards: BoardDirectory;
  db: Database;
  time: TimeSource;
  logger: Pick<LogSink, 'warn'>;
}

/** Everything about who holds which role, built once by the composition root around the one role decision. */
export interface Roles {
  resolveUser(activity: Activity): Promise<TurnUser | undefined>;
  /** Whose roles given in chat resolveUser will ask for, so a turn can read them with its state. */
  speakerGrantsOf(activity: Activity): { boardId: string; identity: string } | undefined;
  /** The roles a person holds on a board, for places that have no turn (the insight page). */
  rolesOf(board: Board, identity: string): Promise<BoardRole[]>;
  holderIdentities: RoleHolderLookup;
  administration: RoleAdministrationPort;
  /** Background work: refreshing Entra group membership, when a board names groups. */
  workers: Worker[];
}

export function openRoles({ env, boards, db, time, logger }: RolesParts): Roles {
  const groups = entraGroupsOf(boards.boards.values());
  const membership =
    groups.length === 0
      ? undefined
      : new GroupMembershipCache(
          graphGroupMemberReader(
            env.GRAPH_API_URL,
            // Local mode has no app registration: only a local stand-in for Graph can be used, and it takes any client.
            new GraphTokens({ clientId: env.MicrosoftAppId ?? 'local-mode', clientSecret: env.MicrosoftAppPassword ?? '', loginUrl: env.GRAPH_LOGIN_URL }),
          ),
          { lifetimeMs: env.GRAPH_MEMBERSHIP_CACHE_SECONDS * 1000, lastKnownMaxMs: env.GRAPH_LAST_KNOWN_MAX_MINUTES * 60_000 },
          time,
          logger,
        );
  const decision = new RoleDecision(db, membership);
  return {
    resolveUser: createTurnUserResolver(boards, decision, db, time),
    speakerGrantsOf(activity) {
      const board = boards.boardFor(activity);
      return board && { boardId: board.id, identity: normaliseIdentity(identityOf(activity)) };
    },
    rolesOf: async (board, identity) => (await decision.rolesOf(board, identity)).roles,
    async holderIdentities(boardId, roles) {
      const board = boards.board(boardId);
      return board ? (await decision.holdersOf(board, roles)).holders.map((holder) => holder.identity) : [];
    },
    administration: new RoleAdministration({ db, decision, boardOf: (boardId) => boards.board(boardId), clock: time }),
    workers: membership ? [membership.refresher(groups)] : [],
  };
}

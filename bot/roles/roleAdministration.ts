import type { TurnContext } from 'botbuilder';
import type { NamedPerson, RemovalOutcome, RoleAdministrationPort, RoleHolderLine, RoleHolders } from '../../dialogs/boardStaff/roleAdministrationPort.ts';
import type { TimeSource } from '../../dialogs/ports.ts';
import type { TurnUser } from '../../dialogs/turnUser.ts';
import type { BoardRole } from '../../knowledge/boards/boardConfig.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { formatLongDate } from '../../knowledge/calendar/isoDate.ts';
import { londonDate } from '../../knowledge/calendar/london.ts';
import { isRoleReviewDue } from '../../knowledge/boards/roleReview.ts';
import { mentionedPerson } from '../identity/mentionedPerson.ts';
import type { Database } from '../storage/database.ts';
import type { RoleDecision, RoleHolder } from './roleDecision.ts';
import { grantRole, revokeRole, roleHolderActivityOf, type HolderActivity } from './roleGrantStore.ts';

export interface RoleAdministrationOptions {
  db: Database;
  decision: RoleDecision;
  boardOf: (boardId: string) => Board | undefined;
  clock: TimeSource;
}

const dayOf = (instant: Date) => formatLongDate(londonDate(instant));

/** Roles given and taken in chat, stored and audited, and the list a review reads. */
export class RoleAdministration implements RoleAdministrationPort {
  readonly #options: RoleAdministrationOptions;

  constructor(options: RoleAdministrationOptions) {
    this.#options = options;
  }

  personNamed(context: TurnContext, words: string): NamedPerson | undefined {
    return mentionedPerson(context.activity, words);
  }

  grant(user: TurnUser, role: BoardRole, person: NamedPerson): Promise<boolean> {
    return grantRole(this.#options.db, {
      boardId: user.boardId,
      role,
      identity: person.identity,
      ...(person.displayName ? { displayName: person.displayName } : {}),
      actor: user.identity,
      at: this.#options.clock.now(),
    });
  }

  async revoke(user: TurnUser, role: BoardRole, person: NamedPerson): Promise<RemovalOutcome> {
    if (await revokeRole(this.#options.db, { boardId: user.boardId, role, identity: person.identity, actor: user.identity })) return { kind: 'removed' };
    const { holders } = await this.#options.decision.holdersOf(this.#board(user), [role]);
    const held = holders.find((holder) => holder.identity === person.identity);
    return { kind: 'notRemovable', reason: held?.source.kind === 'file' ? 'file' : held?.source.kind === 'group' ? 'group' : 'notHeld' };
  }

  async holders(user: TurnUser, role?: BoardRole): Promise<RoleHolders> {
    const board = this.#board(user);
    const answer = await this.#options.decision.holdersOf(board, role ? [role] : undefined);
    const activity = await roleHolderActivityOf(this.#options.db, board.id);
    const now = this.#options.clock.now();
    return { lines: answer.holders.map((holder) => this.#line(board, holder, activity.get(holder.identity), now)), membershipUnchecked: answer.membershipUnchecked };
  }

  #line(board: Board, holder: RoleHolder, seen: HolderActivity | undefined, now: Date): RoleHolderLine {
    const { source } = holder;
    const name = (source.kind === 'chat' ? source.grant.displayName : null) ?? seen?.displayName;
    const added =
      source.kind === 'file'
        ? 'in the board’s configuration file'
        : source.kind === 'group'
          ? `through the Entra group ${source.group.groupId}`
          : `${dayOf(source.grant.grantedAt)} by ${source.grant.grantedBy}`;
    return {
      role: holder.role,
      who: name ? `${name} (${holder.identity})` : holder.identity,
      added,
      ...(seen ? { lastUsed: dayOf(seen.lastSeenAt) } : {}),
      reviewDue: source.kind === 'chat' && isRoleReviewDue(source.grant.confirmedAt, board.roleReviewMonths, now),
    };
  }

  #board(user: TurnUser): Board {
    const board = this.#options.boardOf(user.boardId);
    if (!board) throw new Error('the speaker’s board is not configured');
    return board;
  }
}

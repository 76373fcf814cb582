import type { TurnContext } from 'botbuilder';
import type { BoardRole } from '../../knowledge/boards/boardConfig.ts';
import type { TurnUser } from '../turnUser.ts';

/** The person a command names: the one mentioned (Teams, Slack), or an identity typed out. */
export interface NamedPerson {
  identity: string;
  displayName?: string;
}

/** Why a role cannot be taken away in chat: the board file or an Entra group gives it, or the person does not hold it. */
export type RemovalOutcome = { kind: 'removed' } | { kind: 'notRemovable'; reason: 'file' | 'group' | 'notHeld' };

/** One holder of a role, as a review lists them: where the role comes from and dates already in words. */
export interface RoleHolderLine {
  role: BoardRole;
  who: string;
  /** 'the board file', 'the Entra group <id>', or 'Thursday 4 December 2025 by <who>'. */
  added: string;
  /** 'Friday 5 December 2025', or undefined when never seen. */
  lastUsed?: string;
  /** Set for roles given in chat whose review period has run out. */
  reviewDue: boolean;
}

export interface RoleHolders {
  lines: RoleHolderLine[];
  /** Some group could not be read: the list may be short. */
  membershipUnchecked: boolean;
}

/** Roles given and taken in chat by board admins (the caller has checked the speaker is one); every change is audited. */
export interface RoleAdministrationPort {
  /** The person the message mentions, or the identity typed as `words`; undefined when neither names anyone. */
  personNamed(context: TurnContext, words: string): NamedPerson | undefined;
  /** True when the role is new; false when it was confirmed (given again). */
  grant(user: TurnUser, role: BoardRole, person: NamedPerson): Promise<boolean>;
  revoke(user: TurnUser, role: BoardRole, person: NamedPerson): Promise<RemovalOutcome>;
  /** Holders of one role, or of every role. */
  holders(user: TurnUser, role?: BoardRole): Promise<RoleHolders>;
}

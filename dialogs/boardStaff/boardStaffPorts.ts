import type { ConversationReference } from 'botbuilder';
import type { Fact } from '../../cards/adaptive/cardElements.ts';
import type { AlertTopic } from '../../knowledge/boards/alertRoutes.ts';
import type { TurnUser } from '../turnUser.ts';
import type { LegalHoldTarget } from './legalHoldPhrases.ts';
import type { RoleAdministrationPort } from './roleAdministrationPort.ts';

/** Which alerts: those of a record type (or board operations) as the board routes them, or a route by its name. */
export type AlertTarget = { topic: AlertTopic } | { route: string };

/** A route and what its alerts are about, e.g. { route: 'lado-duty', covers: ['LADO referral', 'LADO consultation'] }. */
export interface RouteSummary {
  route: string;
  covers: string[];
}

export type RegistrationOutcome = { kind: 'registered'; route: RouteSummary; replacedAnother: boolean; waitingAlertsPosted: number } | { kind: 'unknownRoute'; routes: RouteSummary[] };

export type UnregistrationOutcome = { kind: 'unregistered'; routes: RouteSummary[] } | { kind: 'unknownRoute'; routes: RouteSummary[] };

/** Registers conversations for alerts. The caller has checked that the speaker is a board admin. */
export interface AlertChannelPort {
  register(user: TurnUser, target: AlertTarget, conversation: Partial<ConversationReference>): Promise<RegistrationOutcome>;
  /** Without a target: every route registered to the conversation. */
  unregister(user: TurnUser, conversation: Partial<ConversationReference>, target?: AlertTarget): Promise<UnregistrationOutcome>;
  routesHere(user: TurnUser, conversation: Partial<ConversationReference>): Promise<RouteSummary[]>;
}

/** An open item as listed: no case detail. */
export interface OpenItemSummary {
  reference: string;
  typeLabel: string;
  status: string;
  dueText: string;
  assignedToSpeaker: boolean;
}

/** A record opened by an authorised person in a one-to-one chat: here case detail is shown. */
export interface RecordDetails {
  reference: string;
  typeLabel: string;
  marking: string;
  status: string;
  dueText: string;
  /** Who has it on the board's side, when someone does. */
  facts: Fact[];
  /** The record itself, section by section in the form's order. */
  sections: Array<{ title: string; facts: Fact[] }>;
}

export type RecordOpening = { kind: 'opened'; details: RecordDetails } | { kind: 'notFound' } | { kind: 'notAllowed' };

/** The board's built-in inbox, filtered by the speaker's roles; every opening is audited. */
export interface BoardInboxPort {
  /** Undefined when the speaker holds no role that sees inbox items. */
  openItems(user: TurnUser): Promise<OpenItemSummary[] | undefined>;
  openRecord(user: TurnUser, reference: string): Promise<RecordOpening>;
}

export interface BoardStaffPorts {
  alertChannels: AlertChannelPort;
  inbox: BoardInboxPort;
  legalHolds: LegalHoldPort;
  roles: RoleAdministrationPort;
}

export type LegalHoldOutcome = { kind: 'changed'; references: string[] } | { kind: 'badReason'; message: string };

/** Legal holds on the speaker's board; every change is audited. The caller has checked the speaker is a board admin. */
export interface LegalHoldPort {
  place(user: TurnUser, target: LegalHoldTarget, reason: string): Promise<LegalHoldOutcome>;
  lift(user: TurnUser, target: LegalHoldTarget, reason: string): Promise<LegalHoldOutcome>;
}

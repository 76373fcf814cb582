import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { normaliseIdentity } from '../../knowledge/boards/identity.ts';
import { computeDeadline, type Deadline } from '../../knowledge/clocks/computeDeadline.ts';
import { resolveClock } from '../../knowledge/clocks/resolveClock.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import type { ClockStart, DraftReminderPort, DraftReminderRequest, TimeSource } from '../../dialogs/ports.ts';
import type { Database } from '../storage/database.ts';
import { timersForDeadline } from '../submissions/clockTimers.ts';
import { deleteDraftReminders, replaceDraftReminders, type PlannedDraftReminder } from './draftReminderStore.ts';

export type DraftBoardLookup = (boardId: string) => Board | undefined;

/** The drafter's manager as the board names them, if it does. */
export function managerOf(board: Board, drafterIdentity: string): string | undefined {
  const managers: Record<string, string> = board.managers;
  const drafter = normaliseIdentity(drafterIdentity);
  return Object.hasOwn(managers, drafter) ? managers[drafter] : undefined;
}

/** The clock a draft will start, as the board's edition and calendar run it. */
export function draftDeadline(board: Board, edition: EditionId, clock: ClockStart): Deadline {
  return computeDeadline(resolveClock(edition, clock.clockId, board.clockSettings), clock.startsAt, board.calendar);
}

/**
 * Plans a draft's reminders at the board's reminder offsets before its clock ends (the same offsets as a
 * submitted record's timers, without the overdue escalation), to the drafter and, where the board names one,
 * to their manager. Planning again replaces the reminders not yet sent.
 */
export class DraftReminderService implements DraftReminderPort {
  readonly #db: Database;
  readonly #boardOf: DraftBoardLookup;
  readonly #time: TimeSource;

  constructor(db: Database, boardOf: DraftBoardLookup, time: TimeSource) {
    this.#db = db;
    this.#boardOf = boardOf;
    this.#time = time;
  }

  async schedule(request: DraftReminderRequest): Promise<void> {
    const now = this.#time.now();
    await replaceDraftReminders(this.#db, request, this.#plan(request, now), now);
  }

  async cancel(draftKey: string): Promise<void> {
    await deleteDraftReminders(this.#db, draftKey);
  }

  #plan(request: DraftReminderRequest, now: Date): PlannedDraftReminder[] {
    const board = this.#boardOf(request.boardId);
    if (board === undefined) return [];
    const deadline = draftDeadline(board, request.edition, request.clock);
    if (deadline.kind !== 'due') return [];
    const fireTimes = timersForDeadline(deadline, board.reminders, board.calendar, now)
      .filter((timer) => timer.kind !== 'overdue' && timer.fireAt < request.expiresAt)
      .map((timer) => timer.fireAt);
    const recipients = managerOf(board, request.identity) === undefined ? (['drafter'] as const) : (['drafter', 'manager'] as const);
    return recipients.flatMap((recipient) => fireTimes.map((fireAt) => ({ recipient, fireAt })));
  }
}

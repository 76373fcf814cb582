import type { BoardReportPort } from '../../dialogs/boardStaff/boardReportCommand.ts';
import type { TimeSource } from '../../dialogs/ports.ts';
import type { TurnUser } from '../../dialogs/turnUser.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import type { BoardInsight } from '../../knowledge/insight/boardInsight.ts';
import { lastQuarter } from '../../knowledge/insight/insightPeriod.ts';
import type { Queryable } from '../storage/database.ts';
import { loadBoardInsight } from './boardInsightQuery.ts';

/** Last quarter's insight for the speaker's board; the command has checked their role. */
export class BoardReportService implements BoardReportPort {
  readonly insightPageUrl: string;
  readonly #db: Queryable;
  readonly #boardOf: (boardId: string) => Board | undefined;
  readonly #time: TimeSource;

  constructor(db: Queryable, boardOf: (boardId: string) => Board | undefined, time: TimeSource, insightPageUrl: string) {
    this.#db = db;
    this.#boardOf = boardOf;
    this.#time = time;
    this.insightPageUrl = insightPageUrl;
  }

  async lastQuarter(user: TurnUser): Promise<BoardInsight> {
    const board = this.#boardOf(user.boardId);
    if (!board) throw new Error(`no board "${user.boardId}" is configured`);
    const now = this.#time.now();
    return loadBoardInsight(this.#db, board, { boardId: board.id, period: lastQuarter(now) }, now);
  }
}

import type { Board } from '../../knowledge/boards/boardFiles.ts';
import type { BoardInsight, InsightFilter } from '../../knowledge/insight/boardInsight.ts';
import { measureBoardInsight } from '../../knowledge/insight/measureBoardInsight.ts';
import type { Queryable } from '../storage/database.ts';
import { loadInsightRows } from './insightRowsQuery.ts';

/** The board's insight for a period, as of now: overdue and unacknowledged figures are those of this moment. */
export async function loadBoardInsight(db: Queryable, board: Board, filter: InsightFilter, now: Date): Promise<BoardInsight> {
  if (filter.boardId !== board.id) throw new Error(`The insight filter names board "${filter.boardId}", not "${board.id}".`);
  return measureBoardInsight(board, filter, await loadInsightRows(db, board.id, filter.period), now);
}

import { recordsWithReference, type RecordKey } from '../recordLookup.ts';
import type { RecordsCliContext } from './recordsCommand.ts';

/** The one record a reference names, or an exit code once the reason is printed: 1 not found, 2 on several boards. */
export async function oneRecordWithReference(context: RecordsCliContext, reference: string, boardId: string | undefined): Promise<RecordKey | 1 | 2> {
  const found = await recordsWithReference(context.db, reference, boardId);
  if (found.length === 1) return found[0] as RecordKey;
  if (found.length === 0) {
    context.io.err(`There is no record ${reference}${boardId ? ` on board ${boardId}` : ''}.`);
    return 1;
  }
  context.io.err(`${reference} is a reference on several boards (${found.map((record) => record.boardId).join(', ')}): say which with --board <id>.`);
  return 2;
}

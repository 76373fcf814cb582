import type { BoardInboxPort, OpenItemSummary, RecordOpening } from '../../dialogs/boardStaff/boardStaffPorts.ts';
import type { TurnUser } from '../../dialogs/turnUser.ts';
import { isRecordType, markingOf } from '../../knowledge/records/recordSchema.ts';
import { recordTypeLabel, stateLabel } from './itemLabels.ts';
import { dueText } from '../messaging/dueText.ts';
import type { Database } from '../storage/database.ts';
import { appendAuditEntry } from '../audit/auditLog.ts';
import { boardItemByReference, openBoardItems, recordPayloadOf } from './boardItemStore.ts';
import { mayOpen, recordTypesVisibleTo } from './itemAccess.ts';
import { recordSections } from './recordDetails.ts';

/** The longest open-items list shown in chat; the soonest due come first. */
const LIST_LIMIT = 25;

/** The built-in board inbox as board staff see it in chat: filtered by role, every view audited. */
export class BoardInboxService implements BoardInboxPort {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  async openItems(user: TurnUser): Promise<OpenItemSummary[] | undefined> {
    const types = recordTypesVisibleTo(user.roles);
    if (types.length === 0) return undefined;
    const items = await openBoardItems(this.#db, user.boardId, types, LIST_LIMIT);
    await appendAuditEntry(this.#db, { actor: user.identity, action: 'boardInbox.listed', detail: { boardId: user.boardId, count: items.length } });
    return items.map((item) => ({
      reference: item.reference,
      typeLabel: recordTypeLabel(item.recordType),
      status: stateLabel(item.state),
      dueText: dueText(item.dueBy),
      assignedToSpeaker: item.assigneeIdentity === user.identity,
    }));
  }

  async openRecord(user: TurnUser, reference: string): Promise<RecordOpening> {
    const item = await boardItemByReference(this.#db, user.boardId, reference);
    if (!item) return { kind: 'notFound' };
    if (!mayOpen(user.roles, item.recordType)) {
      await appendAuditEntry(this.#db, { actor: user.identity, action: 'record.viewRefused', recordId: item.recordId, detail: { reference } });
      return { kind: 'notAllowed' };
    }
    const payload = await this.#db.transaction(async (tx) => {
      await appendAuditEntry(tx, { actor: user.identity, action: 'record.viewed', recordId: item.recordId, detail: { reference, where: 'personalChat' } });
      return recordPayloadOf(tx, item.recordId);
    });
    const assignee = item.assigneeIdentity === null ? [] : [{ label: 'Assigned to', value: item.assigneeName ?? 'A member of board staff' }];
    return {
      kind: 'opened',
      details: {
        reference: item.reference,
        typeLabel: recordTypeLabel(item.recordType),
        marking: isRecordType(item.recordType) ? markingOf(item.recordType) : 'OFFICIAL',
        status: stateLabel(item.state),
        dueText: dueText(item.dueBy),
        facts: assignee,
        sections: recordSections(item.recordType, payload),
      },
    };
  }
}

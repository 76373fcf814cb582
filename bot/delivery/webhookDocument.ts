/** The version of the document a webhook receives; it changes only when the envelope's shape changes. */
export const WEBHOOK_SCHEMA_VERSION = 1;

/** What is POSTed to a board's webhook: the record, with where it came from. docs/webhook.md describes it. */
export interface WebhookDocument {
  schemaVersion: typeof WEBHOOK_SCHEMA_VERSION;
  /** The record type; its JSON Schema is published at GET /api/schema/<type>. */
  type: string;
  reference: string;
  recordId: string;
  boardId: string;
  submittedAt: string;
  edition: string;
  packVersion: string;
  record: unknown;
}

export interface DeliverableRecord {
  recordId: string;
  boardId: string;
  type: string;
  reference: string;
  edition: string;
  packVersion: string;
  submittedAt: Date;
  payload: unknown;
}

export function webhookDocumentOf(record: DeliverableRecord): WebhookDocument {
  return {
    schemaVersion: WEBHOOK_SCHEMA_VERSION,
    type: record.type,
    reference: record.reference,
    recordId: record.recordId,
    boardId: record.boardId,
    submittedAt: record.submittedAt.toISOString(),
    edition: record.edition,
    packVersion: record.packVersion,
    record: record.payload,
  };
}

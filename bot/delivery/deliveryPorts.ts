/**
 * What the delivery worker needs from the rest of the bot. The alert router (bot/alerts/) and the proactive
 * messenger implement these; app.ts wires them in.
 */

/** A record could not be delivered to the board's system and is parked: board operations must act. */
export interface OperationsAlert {
  boardId: string;
  reference: string;
  /** Short and free of case detail, e.g. "the board's system answered HTTP 410". */
  reason: string;
}

export type RaiseOperationsAlert = (alert: OperationsAlert) => Promise<void>;

/** A message to the person who submitted a record, in the conversation they submitted it from. */
export interface SubmitterNotice {
  recordId: string;
  reference: string;
  text: string;
}

export type NotifySubmitter = (notice: SubmitterNotice) => Promise<void>;

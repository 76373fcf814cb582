import type { LegalHoldPort } from '../../../dialogs/boardStaff/boardStaffPorts.ts';
import type { LegalHoldTarget } from '../../../dialogs/boardStaff/legalHoldPhrases.ts';
import type { TurnUser } from '../../../dialogs/turnUser.ts';
import type { TimeSource } from '../../../dialogs/ports.ts';
import type { Database } from '../../storage/database.ts';
import { holdReasonSchema, liftLegalHold, placeLegalHold, type HeldRecord, type HoldChange } from './legalHolds.ts';

type HoldAction = (db: Database, change: HoldChange) => Promise<HeldRecord[]>;

/** Legal holds from chat: on the speaker's board only, audited as the speaker. */
export function createLegalHoldPort(db: Database, time: TimeSource): LegalHoldPort {
  const change = (action: HoldAction) => async (user: TurnUser, target: LegalHoldTarget, reason: string) => {
    const parsed = holdReasonSchema.safeParse(reason);
    if (!parsed.success) return { kind: 'badReason' as const, message: `The reason: ${parsed.error.issues[0]?.message}` };
    const records = await action(db, { target, reason: parsed.data, boardIds: [user.boardId], actor: user.identity, now: time.now() });
    return { kind: 'changed' as const, references: records.map((record) => record.reference) };
  };
  return { place: change(placeLegalHold), lift: change(liftLegalHold) };
}

import { z } from 'zod';
import { addCalendarDays } from '../../knowledge/calendar/isoDate.ts';
import { startOfLondonDay } from '../../knowledge/calendar/london.ts';
import type { InsightPeriod } from '../../knowledge/insight/boardInsight.ts';
import type { InsightRows } from '../../knowledge/insight/insightRows.ts';
import { reviewStepsOf, type ReviewCase } from '../../knowledge/insight/reviewCase.ts';
import { editionIdSchema } from '../../knowledge/editions/editionId.ts';
import { AGENCY_TYPES } from '../../knowledge/records/fields.ts';
import { AGE_BANDS } from '../../knowledge/records/thresholdConsultation.ts';
import { PLAIN_MILESTONES } from '../../knowledge/seriousIncident/scrMilestone.ts';
import type { Queryable } from '../storage/database.ts';

/**
 * Reads what the insight measures from the store: only kinds, levels, agencies and instants are selected from a
 * record's JSON, never a name, address or narrative. Each row is checked with zod, so a malformed record is named
 * by the field at fault instead of skewing a figure.
 */

const agencyType = z.enum(AGENCY_TYPES);
/** Milestones with a date; a national notification (sentAt) is read separately. */
const datedMilestoneKind = z.enum([...PLAIN_MILESTONES, 'published', 'delayed', 'publicationWithheld']);
const instant = z.coerce.date();
const isoDate = z.iso.date();

const ladoReferralRow = z.object({ agencyType, edition: editionIdSchema, allegationKnownAt: instant, submittedAt: instant });
const consultationRow = z.object({ agencyType, submittedAt: instant });
const thresholdRow = z.object({
  agencyType,
  ageBand: z.enum(AGE_BANDS),
  suggestedLevel: z
    .string()
    .nullable()
    .transform((level) => level ?? undefined),
  chosenLevel: z
    .string()
    .nullable()
    .transform((level) => level ?? undefined),
  submittedAt: instant,
});
const caseRecordRow = z.object({
  type: z.enum(['serious_incident_notification', 'scr_decision', 'scr_milestone']),
  edition: editionIdSchema,
  caseReference: z.string(),
  createdAt: instant,
  awareAt: instant.nullable(),
  externalSubmittedAt: instant.nullable(),
  decidedOn: isoDate.nullable(),
  outcome: z.string().nullable(),
  milestoneKind: z.string().nullable(),
  milestoneOn: isoDate.nullable(),
  sentAt: instant.nullable(),
});

function parseRows<Schema extends z.ZodType>(schema: Schema, rows: unknown[], what: string): Array<z.infer<Schema>> {
  return rows.map((row, index) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) return parsed.data;
    const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`A stored ${what} (row ${index + 1}) cannot be measured: ${fields} missing or malformed.`);
  });
}

/** Records created from 00:00 London on the first day to 00:00 London after the last. */
function periodBounds(period: InsightPeriod): [Date, Date] {
  return [startOfLondonDay(period.from), startOfLondonDay(addCalendarDays(period.to, 1))];
}

async function periodRecords(db: Queryable, boardId: string, type: string, columns: string, period: InsightPeriod): Promise<unknown[]> {
  const [from, to] = periodBounds(period);
  const { rows } = await db.query(`SELECT ${columns} FROM records WHERE board_id = $1 AND type = $2 AND created_at >= $3 AND created_at < $4 ORDER BY created_at`, [boardId, type, from, to]);
  return rows;
}

/** Every serious incident case of the board: its clocks can end in any period, and overdue steps count whatever the period. */
async function reviewCases(db: Queryable, boardId: string): Promise<ReviewCase[]> {
  const { rows } = await db.query(
    `SELECT type, edition, created_at AS "createdAt",
            CASE WHEN type = 'serious_incident_notification' THEN reference
                 ELSE COALESCE(payload->>'incidentReference', payload->>'reviewReference') END AS "caseReference",
            payload->>'awareAt' AS "awareAt",
            payload->'externalSubmission'->>'submittedAt' AS "externalSubmittedAt",
            payload->>'decidedOn' AS "decidedOn",
            payload->'decision'->>'outcome' AS outcome,
            payload->'milestone'->>'kind' AS "milestoneKind",
            payload->'milestone'->>'on' AS "milestoneOn",
            payload->'milestone'->>'sentAt' AS "sentAt"
     FROM records WHERE board_id = $1 AND type IN ('serious_incident_notification', 'scr_decision', 'scr_milestone')
     ORDER BY created_at`,
    [boardId],
  );
  const records = parseRows(caseRecordRow, rows, 'serious incident case record');
  return records.flatMap((notification) => {
    if (notification.type !== 'serious_incident_notification' || notification.awareAt === null) return [];
    const ofCase = records.filter((record) => record.caseReference === notification.caseReference && record !== notification);
    const milestones = ofCase.filter((record) => record.type === 'scr_milestone');
    return [
      {
        edition: notification.edition,
        awareAt: notification.awareAt,
        notifiedAt: notification.createdAt,
        nationalNotificationsAt: [notification.externalSubmittedAt, ...milestones.map((milestone) => milestone.sentAt)].filter((at) => at !== null),
        decisions: ofCase.flatMap((record) =>
          record.type === 'scr_decision' && record.decidedOn !== null && record.outcome !== null ? [{ decidedOn: record.decidedOn, outcome: record.outcome }] : [],
        ),
        milestones: milestones.flatMap((milestone) => {
          const kind = datedMilestoneKind.safeParse(milestone.milestoneKind);
          return kind.success && milestone.milestoneOn !== null ? [{ kind: kind.data, on: milestone.milestoneOn }] : [];
        }),
      },
    ];
  });
}

/** The rows the measures of one board and period need. */
export async function loadInsightRows(db: Queryable, boardId: string, period: InsightPeriod): Promise<InsightRows> {
  const [ladoReferrals, ladoConsultations, thresholdChecks, cases, parked, unacknowledged] = await Promise.all([
    periodRecords(
      db,
      boardId,
      'lado_referral',
      `payload->'referrer'->>'agencyType' AS "agencyType", edition, payload->>'allegationKnownAt' AS "allegationKnownAt", created_at AS "submittedAt"`,
      period,
    ),
    periodRecords(db, boardId, 'lado_consultation', `payload->'contact'->>'agencyType' AS "agencyType", created_at AS "submittedAt"`, period),
    periodRecords(
      db,
      boardId,
      'threshold_consultation',
      `payload->'practitioner'->>'agencyType' AS "agencyType", payload->'concern'->>'ageBand' AS "ageBand",
       payload->'level'->>'recommendedLevel' AS "suggestedLevel", payload->'level'->>'practitionerLevel' AS "chosenLevel", created_at AS "submittedAt"`,
      period,
    ),
    reviewCases(db, boardId),
    db.query<{ destination: 'webhook' | 'boardInbox' }>(`SELECT destination FROM outbox WHERE board_id = $1 AND status = 'parked'`, [boardId]),
    db.query<{ dueBy: Date }>(`SELECT due_by AS "dueBy" FROM board_items WHERE board_id = $1 AND state = 'open' AND due_by IS NOT NULL`, [boardId]),
  ]);
  return {
    ladoReferrals: parseRows(ladoReferralRow, ladoReferrals, 'LADO referral'),
    ladoConsultations: parseRows(consultationRow, ladoConsultations, 'LADO consultation'),
    thresholdChecks: parseRows(thresholdRow, thresholdChecks, 'threshold consultation'),
    reviewSteps: cases.flatMap(reviewStepsOf),
    parkedDeliveries: parked.rows,
    unacknowledgedItems: unacknowledged.rows,
  };
}

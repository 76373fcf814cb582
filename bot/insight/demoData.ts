import type { ClockStart } from '../../dialogs/ports.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { addCalendarDays, addCalendarMonths, type IsoDate } from '../../knowledge/calendar/isoDate.ts';
import { londonDate, londonDateTime } from '../../knowledge/calendar/london.ts';
import { addWorkingDays, isWorkingDay } from '../../knowledge/calendar/workingCalendar.ts';
import { notificationClocks } from '../../knowledge/editions/reviewClocks.ts';
import type { AgeBand, AgencyType } from '../../knowledge/insight/boardInsight.ts';
import type { RecordType } from '../../knowledge/records/recordSchema.ts';
import { createBoardItem } from '../boardInbox/boardItemStore.ts';
import type { Database } from '../storage/database.ts';
import { SubmissionService } from '../submissions/submissionService.ts';
import { demoIncidentNotification, demoLadoConsultation, demoLadoReferral, demoMilestone, demoReviewDecision, demoThresholdCheck } from './demoRecords.ts';

/** Who submitted every demo record: the store can tell demo data from real data by it. */
export const DEMO_SUBMITTER = 'demo:insight-demo-data';
export const DEMO_SEED = 17;

export type DemoOptions = { until: Date; seed?: number };
export type DemoSummary = Record<'thresholdChecks' | 'ladoReferrals' | 'ladoConsultations' | 'incidents' | 'reviewDecisions' | 'milestones', number>;

/** mulberry32: a small seeded generator, so the same seed always makes the same year. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const at = (date: IsoDate, hour: number, minute = 0) => londonDateTime(date, `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);

/** Schools and health refer most; the mix is invented. */
const AGENCIES: readonly AgencyType[] = ['school', 'school', 'school', 'health', 'health', 'earlyYears', 'police', 'childrensSocialCare', 'voluntaryOrCommunity', 'college'];
const AGE_BANDS: readonly AgeBand[] = ['under1', '1to4', '5to10', '5to10', '11to15', '11to15', '16to17'];

/** One planned submission; a case's later records read its notification's reference. */
type Planned = {
  at: Date;
  type: RecordType;
  record: (references: ReadonlyMap<string, string>) => unknown;
  clocks?: ClockStart[];
  caseKey?: string;
};

function thresholdCheck(board: Board, random: Random, date: IsoDate, n: number): Planned {
  const levels = board.thresholds.levels.map((level) => level.id);
  const suggestedRank = Math.floor(random() * levels.length);
  const roll = random();
  const chosenRank = roll < 0.72 ? suggestedRank : roll < 0.86 ? suggestedRank + 1 : roll < 0.95 ? suggestedRank - 1 : undefined;
  const chosenLevel = chosenRank === undefined ? undefined : levels[Math.min(Math.max(chosenRank, 0), levels.length - 1)];
  const completedAt = at(date, 9 + Math.floor(random() * 8), Math.floor(random() * 60));
  const facts = { agencyType: pick(random, AGENCIES), ageBand: pick(random, AGE_BANDS), suggestedLevel: levels[suggestedRank], chosenLevel, completedAt };
  return { at: completedAt, type: 'threshold_consultation', record: () => demoThresholdCheck(board, n, facts) };
}

/** Most referrals reach the LADO the same or the next working day; about one in ten is late. */
function ladoReferral(board: Board, random: Random, date: IsoDate, n: number): Planned {
  const knownAt = at(date, 8 + Math.floor(random() * 9), Math.floor(random() * 60));
  const roll = random();
  const submittedAt =
    roll < 0.55 ? new Date(knownAt.getTime() + (1 + random() * 2) * 3_600_000) : at(addWorkingDays(date, roll < 0.9 ? 1 : 2 + Math.floor(random() * 2)), 9 + Math.floor(random() * 8));
  const agencyType = pick(random, AGENCIES);
  return {
    at: submittedAt,
    type: 'lado_referral',
    record: () => demoLadoReferral(board, n, { agencyType, allegationKnownAt: knownAt, declaredAt: submittedAt }),
    clocks: [{ clockId: 'LADO_REPORT', startsAt: knownAt }],
  };
}

function ladoConsultation(board: Board, random: Random, date: IsoDate, n: number): Planned {
  const askedAt = at(date, 9 + Math.floor(random() * 8));
  const agencyType = pick(random, AGENCIES);
  return { at: askedAt, type: 'lado_consultation', record: () => demoLadoConsultation(board, n, { agencyType, askedAt }) };
}

/** A serious incident case: the notification, the national notification, the rapid review, the decision and, for a review, its publication. */
function incidentCase(board: Board, random: Random, date: IsoDate, n: number): Planned[] {
  const caseKey = `case-${n}`;
  const awareAt = at(date, 10);
  const nationallyNotifiedAt = at(addWorkingDays(date, 2 + Math.floor(random() * 5)), 14);
  const clocks = notificationClocks(board.edition, ['SIN']);
  const rapidReviewOn = addWorkingDays(date, 10 + Math.floor(random() * 8));
  const decidedOn = addWorkingDays(rapidReviewOn, Math.floor(random() * 2));
  const startsReview = random() < 0.4;
  const reference = (references: ReadonlyMap<string, string>) => references.get(caseKey) ?? '';
  const planned: Planned[] = [
    {
      at: at(date, 15),
      type: 'serious_incident_notification',
      caseKey,
      record: () => demoIncidentNotification(board, n, { awareAt, nationallyNotifiedAt }),
      clocks: [...clocks.fromAwareness.map((clockId) => ({ clockId, startsAt: awareAt })), ...clocks.fromNotification.map((clockId) => ({ clockId, startsAt: at(date, 15) }))],
    },
    { at: at(rapidReviewOn, 16), type: 'scr_milestone', record: (references) => demoMilestone(board, reference(references), { kind: 'rapidReviewSentToPanel', on: rapidReviewOn }) },
    {
      at: at(decidedOn, 17),
      type: 'scr_decision',
      record: (references) => demoReviewDecision(board, reference(references), { decidedOn, startsReview }),
      clocks: startsReview ? [{ clockId: 'LCSPR_PUBLISH', startsAt: at(decidedOn, 0) }] : [],
    },
  ];
  if (startsReview) {
    const publishedOn = addCalendarDays(addCalendarMonths(decidedOn, 5), Math.floor(random() * 45));
    planned.push({ at: at(publishedOn, 12), type: 'scr_milestone', record: (references) => demoMilestone(board, reference(references), { kind: 'published', on: publishedOn }) });
  }
  return planned;
}

/** The year before `until`, working day by working day, always the same for the same seed. */
export function planDemoYear(board: Board, options: DemoOptions): Planned[] {
  const random = seededRandom(options.seed ?? DEMO_SEED);
  const last = addCalendarDays(londonDate(options.until), -1);
  const planned: Planned[] = [];
  let n = 0;
  for (let date = addCalendarDays(last, -364); date <= last; date = addCalendarDays(date, 1)) {
    if (!isWorkingDay(date)) continue;
    const checks = Math.floor(random() * 4);
    for (let index = 0; index < checks; index += 1) planned.push(thresholdCheck(board, random, date, (n += 1)));
    if (random() < 0.4) planned.push(ladoReferral(board, random, date, (n += 1)));
    if (random() < 0.3) planned.push(ladoConsultation(board, random, date, (n += 1)));
    if (random() < 0.05) planned.push(...incidentCase(board, random, date, (n += 1)));
  }
  return planned.filter((item) => item.at < options.until).sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Whether the store holds records other than demo ones: demo data is then refused unless forced. */
export async function holdsRealRecords(db: Database): Promise<boolean> {
  const { rows } = await db.query<{ found: boolean }>('SELECT EXISTS (SELECT 1 FROM records WHERE submitter_identity <> $1) AS found', [DEMO_SUBMITTER]);
  return rows[0]?.found === true;
}

/** Board items for alerted records: older ones done, recent ones acknowledged, every third recent one still open. */
async function addBoardItems(db: Database, board: Board, until: Date): Promise<void> {
  const recentFrom = at(addWorkingDays(londonDate(until), -10), 0);
  const { rows } = await db.query<{ id: string; created_at: Date; due_by: Date | null }>(
    `SELECT r.id, r.created_at, (SELECT min(c.due_by) FROM record_clocks c WHERE c.record_id = r.id) AS due_by
     FROM records r WHERE r.board_id = $1 AND r.submitter_identity = $2 AND r.type IN ('lado_referral', 'serious_incident_notification')
     ORDER BY r.created_at`,
    [board.id, DEMO_SUBMITTER],
  );
  let recent = 0;
  for (const row of rows) {
    const isRecent = row.created_at >= recentFrom;
    const state = !isRecent ? 'done' : (recent += 1) % 3 === 0 ? 'open' : 'acknowledged';
    await createBoardItem(db, { recordId: row.id, boardId: board.id, dueBy: row.due_by, state, at: row.created_at });
  }
}

/**
 * Fills the store with a year of clearly fictional activity for the board, submitted through the real submission
 * service at the times it happened. Timers that would have fired before `until` are closed as fired, so starting
 * the bot on demo data sends no year-old reminders. A second run with the same seed adds nothing.
 */
export async function fillDemoData(db: Database, board: Board, options: DemoOptions): Promise<DemoSummary> {
  const clock = { current: options.until };
  const submissions = new SubmissionService({ db, boardFor: (id) => (id === board.id ? board : undefined), time: { now: () => clock.current } });
  const references = new Map<string, string>();
  const summary: DemoSummary = { thresholdChecks: 0, ladoReferrals: 0, ladoConsultations: 0, incidents: 0, reviewDecisions: 0, milestones: 0 };
  const counted: Record<RecordType, keyof DemoSummary | undefined> = {
    threshold_consultation: 'thresholdChecks',
    lado_referral: 'ladoReferrals',
    lado_consultation: 'ladoConsultations',
    serious_incident_notification: 'incidents',
    scr_decision: 'reviewDecisions',
    scr_milestone: 'milestones',
    lado_decision: undefined,
    lado_outcome: undefined,
    executive_summary: undefined,
  };
  const planned = planDemoYear(board, options);
  for (const [index, item] of planned.entries()) {
    clock.current = item.at;
    const receipt = await submissions.submit({
      recordType: item.type,
      record: item.record(references),
      formInstanceId: `demo-${options.seed ?? DEMO_SEED}-${board.id}-${index}`,
      boardId: board.id,
      submitter: { identity: DEMO_SUBMITTER },
      conversation: {},
      clocks: item.clocks ?? [],
    });
    if (item.caseKey) references.set(item.caseKey, receipt.reference);
    const key = counted[item.type];
    if (key && !receipt.duplicate) summary[key] += 1;
  }
  await db.query(
    `UPDATE timers SET fired_at = fire_at WHERE board_id = $1 AND fired_at IS NULL AND fire_at < $2
     AND record_id IN (SELECT id FROM records WHERE submitter_identity = $3)`,
    [board.id, options.until, DEMO_SUBMITTER],
  );
  await addBoardItems(db, board, options.until);
  return summary;
}

import { purgeExpiredRecords, planPurge, type RetentionReport } from '../retention/retentionRun.ts';
import type { RecordsCliContext, RecordsCommand } from './recordsCommand.ts';

function optionsOf(args: string[]): { dryRun: boolean; boardId?: string } | string {
  let dryRun = false;
  let boardId: string | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--board' && args[index + 1] !== undefined) boardId = args[++index];
    else return `Unexpected "${arg}".`;
  }
  return { dryRun, ...(boardId === undefined ? {} : { boardId }) };
}

function reportInWords(report: RetentionReport, dryRun: boolean): string {
  const lines = [`${dryRun ? 'Would purge' : 'Purged'} ${report.due.length} record(s).`];
  for (const due of report.due) lines.push(`  ${due.reference} (${due.type}, ${due.boardId}): period ended ${due.periodEndedOn}; ${due.reason}`);
  const kept = Object.entries(report.kept).sort(([a], [b]) => a.localeCompare(b));
  if (kept.length > 0) lines.push('Kept:', ...kept.map(([reason, count]) => `  ${count}: ${reason}`));
  return lines.join('\n');
}

/**
 * `purge [--dry-run] [--board <id>]`: purges the records whose retention period has ended and that are not under
 * legal hold, as the hourly housekeeping does; with --dry-run, lists what would go and why, and changes nothing.
 */
export const purgeCommand: RecordsCommand = {
  name: 'purge',
  usage: 'purge [--dry-run] [--board <id>]   records past their retention period (not held): what would go and why, or purge them',
  async run(args: string[], context: RecordsCliContext): Promise<number> {
    const options = optionsOf(args);
    if (typeof options === 'string') {
      context.io.err(`${options} Usage: npm run records -- ${this.usage}`);
      return 2;
    }
    if (options.boardId !== undefined && !context.boards.has(options.boardId)) {
      context.io.err(`No board "${options.boardId}". Boards: ${[...context.boards.keys()].join(', ')}.`);
      return 2;
    }
    const run = {
      boardOf: (id: string) => context.boards.get(id),
      now: context.now(),
      actor: context.actor,
      ...(options.boardId === undefined ? {} : { boardId: options.boardId }),
    };
    const report = options.dryRun ? await planPurge(context.db, run) : await purgeExpiredRecords(context.db, run);
    if (options.dryRun) {
      await context.db.query("INSERT INTO audit_log (actor, action, detail) VALUES ($1, 'records.purge_planned', jsonb_build_object('due', $2::int))", [context.actor, report.due.length]);
    }
    context.io.out(context.json ? JSON.stringify({ dryRun: options.dryRun, records: report.due, kept: report.kept }) : reportInWords(report, options.dryRun));
    return 0;
  },
};

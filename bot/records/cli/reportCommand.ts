import { z } from 'zod';
import { annualReportCsv } from '../../../cards/insight/annualReportCsv.ts';
import { annualReportHtml } from '../../../cards/insight/annualReportHtml.ts';
import { annualReportOf } from '../../../cards/insight/annualReportLines.ts';
import { loadBoardInsight } from '../../insight/boardInsightQuery.ts';
import { appendAuditEntry } from '../../audit/auditLog.ts';
import type { RecordsCommand } from './recordsCommand.ts';

const reportArgsSchema = z
  .object({
    board: z.string({ error: 'give the board: --board <id>' }).min(1),
    from: z.iso.date({ error: 'give the first day as --from YYYY-MM-DD' }),
    to: z.iso.date({ error: 'give the last day as --to YYYY-MM-DD' }),
    format: z.enum(['csv', 'html'], { error: 'format must be csv or html' }).default('csv'),
  })
  .refine((args) => args.from <= args.to, { error: '--from must not be after --to', path: ['from'] });

function optionsOf(args: readonly string[]): Record<string, string> | string {
  const options: Record<string, string> = {};
  for (let index = 0; index < args.length; index += 2) {
    const name = args[index];
    const value = args[index + 1];
    if (!name?.startsWith('--') || value === undefined) return `unexpected "${name ?? ''}"`;
    options[name.slice(2)] = value;
  }
  return options;
}

/** `report --board <id> --from <date> --to <date> [--format csv|html]`: the annual report's figures, small counts suppressed. */
export const reportCommand: RecordsCommand = {
  name: 'report',
  usage: 'report --board <id> --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--format csv|html]   figures for the annual report',
  async run(args, context) {
    const options = optionsOf(args);
    const parsed = typeof options === 'string' ? undefined : reportArgsSchema.safeParse(options);
    if (!parsed?.success) {
      const problems = typeof options === 'string' ? [options] : (parsed?.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []);
      context.io.err(`The report needs --board, --from and --to (${problems.join('; ')}).`);
      return 2;
    }
    const { board: boardId, from, to, format } = parsed.data;
    const board = context.boards.get(boardId);
    if (!board) {
      context.io.err(`No board "${boardId}" is configured.`);
      return 2;
    }
    const insight = await loadBoardInsight(context.db, board, { boardId, period: { from, to } }, context.now());
    const report = annualReportOf(board, insight);
    context.io.out(format === 'html' ? annualReportHtml(report) : annualReportCsv(report));
    await appendAuditEntry(context.db, { actor: context.actor, action: 'insight.reportExported', detail: { boardId, from, to, format } });
    return 0;
  },
};

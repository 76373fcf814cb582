import { z } from 'zod';
import { exportRecords, type ExportRequest } from '../export/subjectAccessExport.ts';
import { knownBoard, print, readOptions } from './commandOptions.ts';
import { oneRecordWithReference } from './recordReference.ts';
import type { RecordsCliContext, RecordsCommand } from './recordsCommand.ts';

const USAGE = 'export --board <id> (--subject <full name> | --reference <ref>) [--out <dir>]';

const exportOptions = z
  .object({
    board: z.string({ error: 'give the board with --board <id>' }),
    subject: z.string().trim().min(2, { error: 'give the person’s full name after --subject' }).optional(),
    reference: z.string().trim().min(1, { error: 'give a reference after --reference' }).optional(),
    out: z.string().min(1).optional(),
  })
  .refine((options) => (options.subject === undefined) !== (options.reference === undefined), {
    error: 'give either --subject <full name> or --reference <ref>, not both',
  });

/** './exports/2026-12-04T18-50-37Z': a new folder per run unless --out names one. */
function defaultFolder(now: Date): string {
  return `./exports/${now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-')}`;
}

function requestOf(options: z.infer<typeof exportOptions>): ExportRequest {
  return options.subject !== undefined ? { kind: 'subject', subject: options.subject } : { kind: 'reference', reference: options.reference as string };
}

async function runExport(context: RecordsCliContext, options: z.infer<typeof exportOptions>): Promise<number> {
  const now = context.now();
  const { exported, files } = await exportRecords(context.db, {
    boardId: options.board,
    request: requestOf(options),
    actor: context.actor,
    now,
    outDir: options.out ?? defaultFolder(now),
  });
  const references = exported.records.map((record) => record.reference);
  print(context, { exportId: exported.exportId, boardId: exported.boardId, references, files }, () => [
    references.length === 0 ? 'No records matched; the files say so.' : `Exported ${references.length} ${references.length === 1 ? 'record' : 'records'}: ${references.join(', ')}.`,
    `JSON: ${files.json}`,
    `Readable page: ${files.html}`,
    'The files hold personal data (OFFICIAL-SENSITIVE), readable by this account only. Review and redact before disclosure; delete them when done.',
  ]);
  return 0;
}

/** A subject access or disclosure export for the board's data protection officer; audited, without the name searched for. */
export const exportCommand: RecordsCommand = {
  name: 'export',
  usage: `${USAGE}  subject access export (JSON and a readable page)`,
  async run(args, context) {
    const options = readOptions(args, { board: { type: 'string' }, subject: { type: 'string' }, reference: { type: 'string' }, out: { type: 'string' } }, context, USAGE);
    if (!options) return 2;
    const parsed = exportOptions.safeParse(options.values);
    if (!parsed.success || options.positionals.length > 0) {
      const problem = parsed.success ? `unexpected ${options.positionals.join(' ')}` : parsed.error.issues.map((issue) => issue.message).join('; ');
      context.io.err(`${problem}.\nUsage: npm run records -- ${USAGE}`);
      return 2;
    }
    if (!knownBoard(parsed.data.board, context)) return 2;
    if (parsed.data.reference !== undefined) {
      const record = await oneRecordWithReference(context, parsed.data.reference, parsed.data.board);
      if (typeof record === 'number') return record;
    }
    return runExport(context, parsed.data);
  },
};

import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Database, Queryable } from '../../storage/database.ts';
import { appendAuditEntry } from '../../audit/auditLog.ts';
import { recordsWithReference } from '../recordLookup.ts';
import { renderExportHtml } from './exportHtml.ts';
import { dossierOf, type RecordDossier } from './recordDossier.ts';
import { recordsAboutSubject, type ChosenRecord } from './subjectRecords.ts';

export type ExportRequest = { kind: 'subject'; subject: string } | { kind: 'reference'; reference: string };

export interface SubjectAccessExport {
  marking: 'OFFICIAL-SENSITIVE';
  exportId: string;
  boardId: string;
  request: ExportRequest;
  exportedAt: Date;
  exportedBy: string;
  records: RecordDossier[];
}

export interface ExportFiles {
  json: string;
  html: string;
}

async function chosenRecords(db: Queryable, boardId: string, request: ExportRequest): Promise<ChosenRecord[]> {
  if (request.kind === 'subject') return recordsAboutSubject(db, boardId, request.subject);
  const found = await recordsWithReference(db, request.reference, boardId);
  return found.map((record) => ({ recordId: record.recordId, reference: record.reference, recordType: record.recordType, because: ['was asked for by its reference'] }));
}

/** The files only this account may read, in a folder only it may open; never written over. */
function writeExportFiles(outDir: string, exported: SubjectAccessExport): ExportFiles {
  mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const files = {
    json: resolve(join(outDir, `subject-access-${exported.exportId}.json`)),
    html: resolve(join(outDir, `subject-access-${exported.exportId}.html`)),
  };
  writeFileSync(files.json, `${JSON.stringify(exported, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  writeFileSync(files.html, renderExportHtml(exported), { mode: 0o600, flag: 'wx' });
  return files;
}

/**
 * Exports a board's records about one person (or one record by reference), with their clocks, delivery and audit
 * trails, as JSON and as a readable page. The export is audited in the transaction that reads the records, and the
 * files are written before it commits: no audit entry without its files. The entries name the records and the
 * export, never the person searched for.
 */
export async function exportRecords(
  db: Database,
  options: { boardId: string; request: ExportRequest; actor: string; now: Date; outDir: string },
): Promise<{ exported: SubjectAccessExport; files: ExportFiles }> {
  return db.transaction(async (tx) => {
    const chosen = await chosenRecords(tx, options.boardId, options.request);
    const records: RecordDossier[] = [];
    for (const record of chosen) records.push(await dossierOf(tx, record));
    const exported: SubjectAccessExport = {
      marking: 'OFFICIAL-SENSITIVE',
      exportId: randomUUID(),
      boardId: options.boardId,
      request: options.request,
      exportedAt: options.now,
      exportedBy: options.actor,
      records,
    };
    const detail = { exportId: exported.exportId, boardId: options.boardId, by: options.request.kind };
    for (const record of records) await appendAuditEntry(tx, { actor: options.actor, action: 'record.exported', recordId: record.recordId, detail });
    await appendAuditEntry(tx, { actor: options.actor, action: 'records.exported', detail: { ...detail, references: records.map((record) => record.reference) } });
    return { exported, files: writeExportFiles(options.outDir, exported) };
  });
}

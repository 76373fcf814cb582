import { isRecordType, markingOf } from '../../../knowledge/records/recordSchema.ts';
import { recordTypeLabel, stateLabel } from '../../boardInbox/itemLabels.ts';
import type { BoardItemState } from '../../boardInbox/boardItemStore.ts';
import { recordSections } from '../../boardInbox/recordDetails.ts';
import { readableTime as when } from '../readableTime.ts';
import type { RecordDossier } from './recordDossier.ts';
import type { SubjectAccessExport } from './subjectAccessExport.ts';

const MARKING = 'OFFICIAL-SENSITIVE';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every value people typed, and every label, goes through here: the file shows text, never markup. */
function escaped(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] as string);
}

function table(rows: Array<[string, string]>): string {
  const body = rows.map(([label, value]) => `<tr><th scope="row">${escaped(label)}</th><td>${escaped(value)}</td></tr>`).join('');
  return `<table>${body}</table>`;
}

function gridTable(headings: string[], rows: string[][]): string {
  if (rows.length === 0) return '<p>None.</p>';
  const head = headings.map((heading) => `<th scope="col">${escaped(heading)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${escaped(cell)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function deliveryRows(record: RecordDossier): Array<[string, string]> {
  const delivery = record.delivery;
  if (!delivery) return [['Delivery', 'No delivery recorded']];
  return [
    ['Sent to', delivery.destination === 'boardInbox' ? 'The built-in board inbox' : "The board's own system"],
    ['Status', delivery.status],
    ['Attempts', String(delivery.attempts)],
    ['Delivered', when(delivery.deliveredAt)],
    ["Board's reference", delivery.boardReference ?? '—'],
    ['Parked', when(delivery.parkedAt)],
    ['Last failure', delivery.lastError ?? '—'],
  ];
}

function boardItemRows(record: RecordDossier): Array<[string, string]> {
  const item = record.boardItem;
  if (!item) return [];
  return [
    ['Board progress', stateLabel(item.state as BoardItemState)],
    ['Acknowledged', when(item.acknowledgedAt)],
    ['Assigned to', item.assigneeName ?? '—'],
    ['Done', when(item.doneAt)],
  ];
}

function recordHtml(record: RecordDossier): string {
  const title = `${recordTypeLabel(record.recordType)} ${record.reference}`;
  const marking = isRecordType(record.recordType) ? markingOf(record.recordType) : 'OFFICIAL';
  const sections = recordSections(record.recordType, record.payload)
    .map((section) => `<h3>${escaped(section.title)}</h3>${table(section.facts.map((fact) => [fact.label, fact.value]))}`)
    .join('');
  return [
    `<section class="record"><p class="marking">${escaped(marking)}</p><h2>${escaped(title)}</h2>`,
    `<p class="why">Included because it ${escaped(record.because.join('; '))}.</p>`,
    table([['Submitted', when(record.submittedAt)], ['Submitted by', record.submittedBy], ['Rule pack version', record.packVersion], ...deliveryRows(record), ...boardItemRows(record)]),
    sections,
    '<h3>Clocks</h3>',
    gridTable(
      ['Clock', 'Started', 'Due by'],
      record.clocks.map((clock) => [clock.description, when(clock.startsAt), clock.dueBy ? when(clock.dueBy) : (clock.notSetMessage ?? '—')]),
    ),
    '<h3>Audit trail</h3>',
    gridTable(
      ['When', 'Who', 'What', 'Detail'],
      record.audit.map((entry) => [when(entry.at), entry.actor, entry.action, JSON.stringify(entry.detail)]),
    ),
    '</section>',
  ].join('');
}

const STYLE = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.4}
.marking{font-weight:bold;text-align:center;border:2px solid #000;padding:.25rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
th[scope=row]{width:30%;background:#f2f2f2}td{white-space:pre-wrap;overflow-wrap:anywhere}.record{border-top:3px solid #000;margin-top:2rem}
@media print{.record{break-before:page}}`;

/**
 * The export as one self-contained page for the data protection officer to read, redact and print: no scripts, no
 * external requests (the page's own policy forbids them), the marking at top and bottom, each record's sections with
 * their labels and values in words, then its clocks, delivery and audit trail.
 */
export function renderExportHtml(exported: SubjectAccessExport): string {
  const summary = table([
    ['Board', exported.boardId],
    ['Asked for', exported.request.kind === 'subject' ? `Records about ${exported.request.subject}` : `Record ${exported.request.reference}`],
    ['Exported', when(exported.exportedAt)],
    ['Exported by', exported.exportedBy],
    ['Export id', exported.exportId],
    ['Records', String(exported.records.length)],
  ]);
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex">
<title>${escaped(`${MARKING}: subject access export ${exported.exportId}`)}</title><style>${STYLE}</style></head>
<body><header><p class="marking">${MARKING}</p></header><main><h1>Subject access export</h1>
<p>For the data protection officer to review and redact before anything is disclosed. It holds personal data: keep it secure and delete it when done.</p>
${summary}${exported.records.map(recordHtml).join('\n')}
</main><footer><p class="marking">${MARKING}</p></footer></body></html>
`;
}

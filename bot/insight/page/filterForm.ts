import type { Board } from '../../../knowledge/boards/boardFiles.ts';
import { AGENCY_TYPES } from '../../../knowledge/records/fields.ts';
import { AGENCY_TITLES } from '../../../cards/thresholds/thresholdForms.ts';
import type { FilterFormValues } from '../insightFilterForm.ts';
import { escapeHtml } from './html.ts';

const option = (value: string, text: string, selected: string) => `<option value="${escapeHtml(value)}"${value === selected ? ' selected' : ''}>${escapeHtml(text)}</option>`;

/** The filters as a plain GET form: no script, so it works under the page's Content Security Policy. */
export function renderFilterForm(boards: readonly Board[], values: FilterFormValues, hiddenFields: Readonly<Record<string, string>>): string {
  const hidden = Object.entries(hiddenFields).map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`);
  const agencies = [option('', 'Every agency type', values.agency), ...AGENCY_TYPES.map((agency) => option(agency, AGENCY_TITLES[agency], values.agency))];
  return `<form class="filters" method="get" action="/insight">
${hidden.join('\n')}
<div class="field"><label for="board">Board</label>
<select id="board" name="board">${boards.map((board) => option(board.id, board.name, values.board)).join('')}</select></div>
<div class="field"><label for="from">From</label><input id="from" name="from" type="date" value="${escapeHtml(values.from)}"></div>
<div class="field"><label for="to">To</label><input id="to" name="to" type="date" value="${escapeHtml(values.to)}"></div>
<div class="field"><label for="agency">Agency type</label>
<select id="agency" name="agency">${agencies.join('')}</select></div>
<button type="submit">Show figures</button>
</form>`;
}

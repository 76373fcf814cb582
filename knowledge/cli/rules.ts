import { parseArgs } from 'node:util';
import type { Citation, RuleStatus } from '../citation.ts';
import { formatLongDate } from '../calendar/isoDate.ts';
import { describeClockLength } from '../clocks/clockLength.ts';
import { DEFAULT_EDITION } from '../editions/editionId.ts';
import type { EditionPack } from '../editions/editionPack.ts';
import { getEdition, goLiveChecklist } from '../editions/editions.ts';
import { LADO_HARM_TESTS } from '../lado/index.ts';
import { citationForAdministrators } from '../editions/formatCitation.ts';
import { statusLabel } from '../editions/statusLabel.ts';
import type { CliOutput } from './main.ts';

export const RULES_USAGE = 'rules [--edition <id>]';

type CitedEntry = { heading: string; detail?: string; status?: RuleStatus; citations: readonly Citation[] };

function entryLines({ heading, detail, status, citations }: CitedEntry): string[] {
  return [
    `  ${heading}${status === undefined ? '' : ` · ${statusLabel(status)}`}`,
    ...(detail === undefined ? [] : [`      ${detail}`]),
    ...(citations.length === 0 ? ['      Source: none; a local setting the board cites itself'] : citations.map((citation) => `      Source: ${citationForAdministrators(citation)}`)),
  ];
}

function section(title: string, entries: CitedEntry[]): string[] {
  return ['', title.toUpperCase(), ...entries.flatMap(entryLines)];
}

function packLines(pack: EditionPack): string[] {
  const { from, until } = pack.inForce;
  const checklist = goLiveChecklist(pack.id);
  return [
    `${pack.title} (${pack.id})`,
    `In force: ${formatLongDate(from)} to ${until === undefined ? 'now' : formatLongDate(until)}`,
    ...(pack.supersededBanner === undefined ? [] : [pack.supersededBanner]),
    `Board: ${pack.board}`,
    `Reviews: ${pack.reviewModel}; decided by ${pack.reviewDecisionBy}`,
    `National oversight: ${pack.nationalOversight}`,
    ...section(
      'Clocks',
      pack.clocks.map((clock) => ({
        heading: `${clock.id}: ${describeClockLength(clock)}`,
        detail: `${clock.startEvent} → ${clock.endEvent}${clock.note === undefined ? '' : `. ${clock.note}`}`,
        status: clock.status,
        citations: clock.citations,
      })),
    ),
    ...section(
      'Rules',
      pack.rules.map((rule) => ({
        heading: `${rule.id} ${rule.title}`,
        detail: rule.note === undefined ? rule.text : `${rule.text} Note: ${rule.note}`,
        status: rule.status,
        citations: rule.citations,
      })),
    ),
    ...section(
      'Serious incident criteria',
      pack.incidentCriteria.map((criterion) => ({
        heading: `${criterion.ruleId} ${criterion.text}`,
        status: criterion.status,
        citations: criterion.citations,
      })),
    ),
    ...section(
      'LADO harm test by the date of the referral, whatever the edition (any one limb is enough)',
      LADO_HARM_TESTS.map((test) => ({
        heading: [
          test.appliesFrom === undefined ? undefined : `from ${formatLongDate(test.appliesFrom)}`,
          test.appliesBefore === undefined ? undefined : `before ${formatLongDate(test.appliesBefore)}`,
        ]
          .filter((part) => part !== undefined)
          .join(', '),
        detail: test.limbs.map((limb) => `${limb.number}. ${limb.text}`).join('\n      '),
        status: test.status,
        citations: test.citations,
      })),
    ),
    ...section(
      'Who notifies whom',
      pack.notifications.map((step) => ({
        heading: `${step.step}: ${step.from} → ${step.to}`,
        detail: `Clock: ${step.clockIds.length === 0 ? 'none' : step.clockIds.join(', ')}${step.note === undefined ? '' : `. ${step.note}`}`,
        status: step.status,
        citations: step.citations,
      })),
    ),
    ...section(
      'Threshold responses and consent (defaults; boards may tighten)',
      pack.thresholdResponses.map((response) => ({
        heading: `Level ${response.level} ${response.name}`,
        detail: `${response.response} Consent: ${response.consent}`,
        citations: response.citations,
      })),
    ),
    '',
    'BEFORE GO-LIVE',
    `  Confirm: ${checklist.confirmBeforeGoLive.join(', ') || 'nothing'}`,
    `  Board must set, with a citation: ${checklist.boardMustSet.join(', ') || 'nothing'}`,
  ];
}

/** `rules`: an edition's clocks, rules and criteria, each with its status and citation. */
export function runRules(args: string[], io: CliOutput): number {
  let pack: EditionPack;
  try {
    const { values } = parseArgs({ args, strict: true, allowPositionals: false, options: { edition: { type: 'string' } } });
    pack = getEdition(values.edition ?? DEFAULT_EDITION);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run knowledge -- ${RULES_USAGE}`);
    return 2;
  }
  io.out(packLines(pack).join('\n'));
  return 0;
}

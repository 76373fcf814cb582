import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../knowledge/citation.ts';
import { getEdition } from '../../../knowledge/editions/editions.ts';
import type { EditionId } from '../../../knowledge/editions/editionId.ts';

const S002 = 'seeds/002_7e5dc41e7c717b3b.txt';
const S004 = 'seeds/004_e13bb95539be3372.txt';

type ExpectedClock = [id: string, length: number | null, unit: string | null, status: string, citations: string[]];

/** The domain brief §3, written out per edition: length, unit, status and every citation (seed lines included). */
const LOCAL_CLOCKS: ExpectedClock[] = [
  ['STRATEGY', null, null, 'L', []],
  ['LADO_24H', 24, 'hours', 'L', ['[KIRK]', '[NYC]']],
  ['LADO_ACK', null, null, 'L', ['[ESX]', '[DONC]']],
  ['LADO_MEETING', null, null, 'L', ['[ESX]', '[DONC]']],
  ['SIN_INTERNAL', null, null, 'L', []],
  ['ANNUAL_REPORT', 12, 'months', 'S', [`${S002} L582`]],
];

/** 45 working days is stated by public sources, not by the 2013 guide (which says "45 days"): P in every edition. */
const ASSESS: ExpectedClock = ['ASSESS', 45, 'workingDays', 'P', ['[TRIXA]', '[NLAS]', `${S004} L39`]];

/** WT2013: the 2013 one-minute guide (seed 004) states them, so S. */
const WT2013_CHILD_PROTECTION_CLOCKS: ExpectedClock[] = [
  ['REF_DECISION', 1, 'workingDays', 'S', [`${S004} L38`, '[MILL]']],
  ASSESS,
  ['ICPC', 15, 'workingDays', 'S', [`${S004} L40`, '[WT13]']],
  ['CORE_GROUP', 10, 'workingDays', 'S', [`${S004} L41`]],
  ['CP_REVIEW_1', 3, 'months', 'S', [`${S004} L42`]],
  ['CP_REVIEW_N', 6, 'months', 'S', [`${S004} L42`]],
  ['TRANSFER_IN', 15, 'workingDays', 'S', [`${S004} L43`]],
  ['LADO_REPORT', 1, 'workingDays', 'S', [`${S004} L49`, '[LUT]', '[STAFFCC]']],
];

/** WT2015 onwards: a 2013 guide cannot state them, so P where a public source does and P? where none does yet. */
const LATER_CHILD_PROTECTION_CLOCKS: ExpectedClock[] = [
  ['REF_DECISION', 1, 'workingDays', 'P', ['[MILL]', `${S004} L38`]],
  ASSESS,
  ['ICPC', 15, 'workingDays', 'P?', [`${S004} L40`, '[WT13]']],
  ['CORE_GROUP', 10, 'workingDays', 'P?', [`${S004} L41`]],
  ['CP_REVIEW_1', 3, 'months', 'P?', [`${S004} L42`]],
  ['CP_REVIEW_N', 6, 'months', 'P?', [`${S004} L42`]],
  ['TRANSFER_IN', 15, 'workingDays', 'P?', [`${S004} L43`]],
  ['LADO_REPORT', 1, 'workingDays', 'P', ['[LUT]', '[STAFFCC]', `${S004} L49`]],
];

const NATIONAL_PANEL_CLOCKS: ExpectedClock[] = [
  ['PANEL_NO_SCR', 14, 'calendarDays', 'P', ['[NPFC]']],
  ['SCR_COMPLETE', 6, 'months', 'P?', ['[SCIEQM]']],
];

const PANEL_ERA_CLOCKS: ExpectedClock[] = [
  ['SIN', 5, 'workingDays', 'P', ['[SOLI]', '[GOVSIN]', '[NEL]']],
  ['RAPID_REVIEW', 15, 'workingDays', 'P', ['[CAMBS]', '[PFAQ]']],
  ['LCSPR_PUBLISH', 6, 'months', 'P', ['[TRAF]']],
  ['LCSPR_PREPUB', null, null, 'U', []],
  ['LAC_DEATH_NOTIFY', null, null, 'U', ['[GOVSIN]', '[SWIN]', '[NYSCP]']],
];

const EXPECTED_CLOCKS: Record<EditionId, ExpectedClock[]> = {
  wt2010: [
    ...LOCAL_CLOCKS,
    ['REF_FEEDBACK', 1, 'workingDays', 'S', [`${S002} L486`]],
    ['IA_2010', null, null, 'U', [`${S004} L39`]],
    ['CA_2010', null, null, 'U', [`${S004} L39`]],
    ['LADO_REPORT', null, null, 'U', ['[DARL] WT2010 Appendix 5']],
    ['SIN_2010', null, null, 'U', [`${S002} L635`, '[KNOW]', '[BWD]']],
    ['SCR_DECISION', null, null, 'U', ['[RICH]']],
    ['SCR_COMPLETE', null, null, 'U', ['[FLCONS]']],
  ],
  wt2013: [
    ...LOCAL_CLOCKS,
    ...WT2013_CHILD_PROTECTION_CLOCKS,
    ...NATIONAL_PANEL_CLOCKS,
    ['SCR_ON_WEBSITE', 12, 'months', 'S', [`${S004} L78`]],
    ['SIN_2013', null, null, 'U', ['[NPFC]', '[OFSF]']],
    ['SCR_DECISION', null, null, 'U', ['[RICH]']],
  ],
  wt2015: [
    ...LOCAL_CLOCKS,
    ...LATER_CHILD_PROTECTION_CLOCKS,
    ...NATIONAL_PANEL_CLOCKS,
    ['SCR_ON_WEBSITE', 12, 'months', 'P?', [`${S004} L78`]],
    ['SIN_2015', 5, 'workingDays', 'P', ['[PDOR]', '[WARR]']],
    ['SCR_DECISION', 1, 'months', 'P', ['[RICH]']],
  ],
  wt2018: [...LOCAL_CLOCKS, ...LATER_CHILD_PROTECTION_CLOCKS, ...PANEL_ERA_CLOCKS],
  wt2023: [...LOCAL_CLOCKS, ...LATER_CHILD_PROTECTION_CLOCKS, ...PANEL_ERA_CLOCKS],
};

/** The brief's own reference (seed file and line, or source tag), which administrators see. */
function citationKey(citation: Citation): string {
  const reference = citation.basis ?? citation.source;
  return citation.locator === undefined ? reference : `${reference} ${citation.locator}`;
}

describe.each(Object.entries(EXPECTED_CLOCKS))('%s clock table against the domain brief §3', (edition, expectedClocks) => {
  const pack = getEdition(edition);

  it('has exactly the clocks of the brief', () => {
    expect(pack.clocks.map((clock) => clock.id).sort()).toEqual(expectedClocks.map(([id]) => id).sort());
  });

  it.each(expectedClocks)('%s: length %s %s, status %s, cited as in the brief', (id, length, unit, status, citations) => {
    const clock = pack.clocks.find((candidate) => candidate.id === id);
    expect(clock).toBeDefined();
    expect({ length: clock?.length, unit: clock?.unit, status: clock?.status }).toEqual({ length, unit, status });
    expect(clock?.citations.map(citationKey)).toEqual(citations);
  });
});

it('quotes the seed or source where the brief quotes it', () => {
  const quoteOf = (edition: EditionId, id: string) => getEdition(edition).clocks.find((clock) => clock.id === id)?.citations[0]?.quote;
  expect(quoteOf('wt2015', 'SIN_2015')).toBe('promptly, and within five working days');
  expect(quoteOf('wt2015', 'SCR_DECISION')).toBe('should normally be made within one month of notification of the incident');
  expect(quoteOf('wt2013', 'LADO_REPORT')).toContain('within 1 working day');
});

describe('start and end events as the guidance words them', () => {
  const clockOf = (edition: EditionId, id: string) => getEdition(edition).clocks.find((clock) => clock.id === id);

  it.each(['wt2018', 'wt2023'] as const)('%s: the rapid review counts from when the partners became aware, not from the notification', (edition) => {
    expect(clockOf(edition, 'RAPID_REVIEW')?.startEvent).toBe('The safeguarding partners became aware of the incident');
  });

  it.each(['wt2013', 'wt2015', 'wt2018', 'wt2023'] as const)('%s: ICPC counts from the strategy discussion at which section 47 enquiries were started', (edition) => {
    expect(clockOf(edition, 'ICPC')?.startEvent).toMatch(/^The strategy discussion at which section 47 enquiries were started/);
  });

  it.each(['wt2013', 'wt2015', 'wt2018', 'wt2023'] as const)('%s: the referral decision is acknowledged to the referrer in every edition', (edition) => {
    expect(clockOf(edition, 'REF_DECISION')?.endEvent).toBe('Social worker decides the type of response and acknowledges receipt to the referrer');
  });

  it.each(['wt2018', 'wt2023'] as const)('%s: the pre-publication copy is a clock the board fills with its own citation, with no built-in value', (edition) => {
    expect(clockOf(edition, 'LCSPR_PREPUB')).toMatchObject({ length: null, unit: null, status: 'U', direction: 'before', citations: [] });
  });
});

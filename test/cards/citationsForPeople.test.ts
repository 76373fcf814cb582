import { describe, expect, it } from 'vitest';
import { assessmentCard } from '../../cards/seriousIncident/seriousIncidentCards.ts';
import { criteriaStatement } from '../../knowledge/seriousIncident/seriousIncidentGuidance.ts';
import { renderMessageCard } from '../../cards/templates/messageCard.ts';
import { loadBoards } from '../../knowledge/boards/boardRegistry.ts';
import type { Citation } from '../../knowledge/citation.ts';
import { resolveClock } from '../../knowledge/clocks/resolveClock.ts';
import { assessIncident } from '../../knowledge/editions/assessIncident.ts';
import type { EditionPack } from '../../knowledge/editions/editionPack.ts';
import { listEditions } from '../../knowledge/editions/editions.ts';
import { citationForPeople } from '../../knowledge/editions/formatCitation.ts';
import { LADO_HARM_TESTS } from '../../knowledge/lado/ladoHarmTest.ts';

/** Every citation a pack holds (its dates, rules, clocks, criteria, notifications and threshold defaults), and the LADO harm tests'. */
function citationsOf(pack: EditionPack): Citation[] {
  return [
    ...pack.inForce.citations,
    ...[...pack.rules, ...pack.clocks, ...pack.incidentCriteria, ...LADO_HARM_TESTS, ...pack.notifications, ...pack.thresholdResponses].flatMap((item) => item.citations),
  ];
}

/** The texts of an Adaptive Card, as a person reads them. */
function textsOf(card: unknown): string[] {
  const texts: string[] = [];
  JSON.stringify(card, (key, value: unknown) => {
    if ((key === 'text' || key === 'value' || key === 'title') && typeof value === 'string') texts.push(value);
    return value;
  });
  return texts;
}

const DOCUMENT_SHARING_SITES = /docslib|docsbay|docest|scribd|paperzz|brj-uat2/i;

/** What a practitioner must never read: internal paths, seed files, line numbers, section signs, status markers, notes to confirm. */
function internalMarksIn(text: string): string[] {
  const withoutLinks = text.replace(/\(?https?:\/\/\S+\)?/g, '');
  const marks: Array<[RegExp, string]> = [
    [/\b(seeds|docs|knowledge)\//, 'repository path'],
    [/\d{3}_[0-9a-f]{16}/, 'seed file name'],
    [/\.txt\b/, '.txt'],
    [/\bL\d+/, 'line number'],
    [/§/, 'section sign'],
    [/(^|[\s(,·])(S|P\??|U|L)(?=$|[\s),.·;:])/, 'status marker'],
    [/confirm/i, 'note to confirm'],
    [/\[[A-Z0-9]+\]/, 'source tag'],
  ];
  return [...marks.filter(([pattern]) => pattern.test(withoutLinks)).map(([, what]) => `${what} in "${text}"`), ...(DOCUMENT_SHARING_SITES.test(text) ? [`document-sharing link in "${text}"`] : [])];
}

describe('citations as practitioners read them behind "why?"', () => {
  it.each(listEditions().map((pack) => [pack.id, pack] as const))('%s: every citation has a title and none shows an internal mark', (_id, pack) => {
    const citations = citationsOf(pack);
    expect(citations.length).toBeGreaterThan(10);
    const card = renderMessageCard('Why', ['Because the guidance says so.'], [], citations);
    const sources = textsOf(card).slice(3);
    expect(sources.length).toBeGreaterThan(3);
    expect(sources.flatMap(internalMarksIn)).toEqual([]);
    for (const citation of citations) expect(citation.source).toMatch(/^[A-Za-z][^/]*$/);
  });

  it('the demo boards’ threshold documents cite themselves by title, red flags included', () => {
    for (const board of loadBoards().values()) {
      const citations = [board.thresholds.citation, ...board.thresholds.redFlags.flatMap((flag) => (flag.citation ? [flag.citation] : []))];
      expect(citations.map(citationForPeople).flatMap(internalMarksIn)).toEqual([]);
      expect(board.thresholds.redFlags.flatMap((flag) => (flag.note ? [flag.note] : [])).flatMap(internalMarksIn)).toEqual([]);
    }
  });

  it('names the seed documents by title, not by file', () => {
    const wt2013 = listEditions().find((pack) => pack.id === 'wt2013')!;
    const people = citationsOf(wt2013).map(citationForPeople);
    expect(people).toContain(
      'Working Together to Safeguard Children 2013: one minute guide (No. 027, May 2013): “report any allegation to the local authority designated officer (LADO) within 1 working day”',
    );
  });

  it('links a publisher’s page, or nothing, never a document-sharing copy', () => {
    const links = listEditions()
      .flatMap(citationsOf)
      .flatMap((citation) => (citation.url === undefined ? [] : [citation.url]));
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((url) => DOCUMENT_SHARING_SITES.test(url))).toEqual([]);
  });

  it.each(listEditions().map((pack) => [pack.id, pack] as const))('%s: the criteria card and its "why?" show no status markers, rule numbers or notes', (_id, pack) => {
    const answers = {
      outcome: 'died',
      abuseOrNeglect: 'suspected',
      concernAboutWorkingTogether: true,
      lookedAfter: false,
      diedInCustody: true,
      diedInRegulatedSetting: false,
      incidentInArea: true,
      normallyResidentInArea: true,
    } as const;
    const assessment = assessIncident(pack.id, answers);
    const clocks = assessment.clockIds.map((clockId) => resolveClock(pack.id, clockId));
    const statement = criteriaStatement(pack);
    const texts = [...textsOf(assessmentCard(assessment, pack, clocks)), ...textsOf(renderMessageCard(statement.title, statement.paragraphs, [], statement.citations))];
    expect(texts.flatMap(internalMarksIn)).toEqual([]);
    expect(texts.filter((text) => /\(\d{1,2}\.\d\b|Rule \d|status/i.test(text))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { citationSchema } from '../../../knowledge/citation.ts';
import { resolveClock } from '../../../knowledge/clocks/resolveClock.ts';
import { getEdition, goLiveChecklist, listEditions } from '../../../knowledge/editions/editions.ts';
import { harmTestOn, LADO_HARM_TESTS } from '../../../knowledge/lado/ladoHarmTest.ts';

describe('editions as rule packs', () => {
  it('ships five packs, oldest first, with wt2013 the only one matching the seeds and wt2023 the only current one', () => {
    expect(listEditions().map((pack) => pack.id)).toEqual(['wt2010', 'wt2013', 'wt2015', 'wt2018', 'wt2023']);
    expect(
      listEditions()
        .filter((pack) => pack.supersededBanner === undefined)
        .map((pack) => pack.id),
    ).toEqual(['wt2023']);
  });

  it.each([
    ['wt2010', '2010-03-17', '2013-04-14'],
    ['wt2013', '2013-04-15', '2015-03-25'],
    ['wt2015', '2015-03-26', '2018-06-28'],
    ['wt2018', '2018-06-29', '2023-12-14'],
    ['wt2023', '2023-12-15', undefined],
  ])('%s is in force from %s to %s', (id, from, until) => {
    const pack = getEdition(id);
    expect(pack.inForce.from).toBe(from);
    expect(pack.inForce.until).toBe(until);
    expect(pack.inForce.citations.length).toBeGreaterThan(0);
  });

  it('labels a superseded pack with its dates', () => {
    expect(getEdition('wt2013').supersededBanner).toBe(
      'Superseded edition: Working Together to Safeguard Children 2013 applied from Monday 15 April 2013 to Wednesday 25 March 2015. Use it only for cases that began under it; Working Together 2023 is current.',
    );
  });

  it('accepts the brief’s upper-case ids and names the valid ones otherwise', () => {
    expect(getEdition('WT2013').id).toBe('wt2013');
    expect(() => getEdition('wt2099')).toThrow('Unknown edition "wt2099": use one of wt2010, wt2013, wt2015, wt2018, wt2023.');
  });

  it.each([
    ['wt2010', ['10.1', '10.2', '10.3', '10.4', '10.5', '10.6', '10.7', '10.8', '13.2']],
    ['wt2013', ['10.1', '10.2', '13.1', '13.2', '13.3', '13.4', '13.5', '13.6', '13.7']],
    ['wt2015', ['10.1', '13.2', '13.3', '13.4', '13.5', '15.1', '15.2', '15.3', '15.4']],
    ['wt2018', ['18.1', '18.2', '18.3', '18.4', '18.5', '18.6']],
    ['wt2023', ['18.1', '18.2', '18.3', '18.4', '18.6', '23.1', '23.2', '23.3']],
  ])('%s carries the rules of the brief §2.2', (id, ruleIds) => {
    expect(getEdition(id).rules.map((rule) => rule.id)).toEqual(ruleIds);
  });

  it.each([
    ['10.2', 'P?'],
    ['13.2', 'P?'],
    ['23.3', 'P?'],
    ['10.1', 'S'],
    ['13.7', 'S'],
    ['15.1', 'P'],
    ['18.3', 'P'],
    ['23.2', 'P'],
  ])('rule %s has status %s', (ruleId, status) => {
    const rule = listEditions()
      .flatMap((pack) => pack.rules)
      .find((candidate) => candidate.id === ruleId);
    expect(rule?.status).toBe(status);
  });

  it('gives every rule, criterion and notification step at least one valid citation', () => {
    for (const pack of listEditions()) {
      const cited = [...pack.rules, ...pack.incidentCriteria, ...pack.notifications, ...LADO_HARM_TESTS, ...pack.thresholdResponses];
      for (const item of cited) {
        expect(item.citations.length).toBeGreaterThan(0);
        for (const citation of item.citations) expect(citationSchema.safeParse(citation).success).toBe(true);
      }
    }
  });

  it('cites only local clocks and the unfound LCSPR pre-publication rule without a source', () => {
    const uncited = listEditions()
      .flatMap((pack) => pack.clocks)
      .filter((clock) => clock.citations.length === 0);
    expect([...new Set(uncited.map((clock) => `${clock.id}:${clock.status}`))].sort()).toEqual(['LCSPR_PREPUB:U', 'SIN_INTERNAL:L', 'STRATEGY:L']);
  });

  it('gives U clocks no built-in value', () => {
    for (const clock of listEditions()
      .flatMap((pack) => pack.clocks)
      .filter((candidate) => candidate.status === 'U')) {
      expect(clock.length).toBeNull();
    }
  });

  it('names the notification clocks of each step, all of them clocks of the same edition', () => {
    for (const pack of listEditions()) {
      for (const clockId of pack.notifications.flatMap((step) => step.clockIds)) {
        expect(() => resolveClock(pack.id, clockId)).not.toThrow();
      }
    }
    expect(getEdition('wt2015').notifications.map((step) => step.clockIds)).toContainEqual(['SIN_2015']);
    expect(getEdition('wt2023').notifications.map((step) => step.step)).toContain('Death of a looked-after child, or of a care leaver up to and including age 24');
  });

  it('lists what a board must confirm or set before going live', () => {
    expect(goLiveChecklist('wt2013')).toEqual({
      confirmBeforeGoLive: ['rule 10.2', 'rule 13.2', 'clock SCR_COMPLETE'],
      boardMustSet: ['SIN_2013', 'SCR_DECISION'],
    });
    expect(goLiveChecklist('wt2023')).toEqual({
      confirmBeforeGoLive: ['rule 18.6', 'rule 23.3', 'clock ICPC', 'clock CORE_GROUP', 'clock CP_REVIEW_1', 'clock CP_REVIEW_N', 'clock TRANSFER_IN'],
      boardMustSet: ['LCSPR_PREPUB', 'LAC_DEATH_NOTIFY'],
    });
  });

  it('ships the four demo threshold responses with their consent rules in every pack', () => {
    for (const pack of listEditions()) {
      expect(pack.thresholdResponses.map((response) => response.level)).toEqual([1, 2, 3, 4]);
    }
    const [universal, , childInNeed, childProtection] = getEdition('wt2023').thresholdResponses;
    expect(childProtection?.consent).toMatch(/^Consent is not the lawful basis for sharing to protect a child and is not needed to refer/);
    expect(childInNeed?.consent).toMatch(/never where that could put the child at risk or the concern is about a parent/);
    expect(universal?.response).not.toMatch(/No referral/);
  });

  it('cites the information-sharing advice for consent, not a local review', () => {
    for (const response of getEdition('wt2023').thresholdResponses.filter((candidate) => candidate.level >= 3)) {
      expect(response.citations.map((citation) => citation.basis)).toEqual(['[ISA]']);
    }
  });

  it('defines serious harm where the edition does', () => {
    expect(getEdition('wt2015').seriousHarmDefinition?.id).toBe('15.2');
    expect(getEdition('wt2023').seriousHarmDefinition?.id).toBe('23.1');
    expect(getEdition('wt2013').seriousHarmDefinition).toBeUndefined();
  });
});

describe('LADO harm test by the date of the referral', () => {
  it.each([
    ['2013-12-31', 3, 'he or she is unsuitable to work with children'],
    ['2014-01-01', 3, 'may pose a risk of harm to children'],
    ['2019-06-10', 3, 'may pose a risk of harm to children'],
    ['2020-08-31', 3, 'may pose a risk of harm to children'],
    ['2020-09-01', 4, 'may pose a risk of harm to children'],
    ['2026-12-04', 4, 'may pose a risk of harm to children'],
  ])('a referral on %s has %i limbs, the third "%s"', (date, limbCount, thirdLimb) => {
    const test = harmTestOn(date);
    expect(test.limbs).toHaveLength(limbCount);
    expect(test.limbs[2]?.text).toContain(thirdLimb);
  });

  it('words the fourth limb as transferable risk, cited to KCSIE 2020', () => {
    const test = harmTestOn('2024-05-01');
    expect(test.limbs[3]?.text).toMatch(/may not be suitable to work with children/);
    expect(test.citations[0]).toMatchObject({ basis: '[KCSIE20]', locator: 'KCSIE 2020 para 211' });
  });

  it('never cites the current KCSIE page (four limbs) for a three-limb test', () => {
    for (const test of LADO_HARM_TESTS.filter((candidate) => candidate.limbs.length === 3)) {
      expect(test.citations.map((citation) => citation.basis)).not.toContain('[KCSIE]');
    }
    expect(harmTestOn('2019-06-10').citations.map((citation) => citation.basis)).toEqual(['[LUT]']);
    expect(harmTestOn('2013-06-10').citations.map((citation) => citation.basis)).toEqual(['[DARL]']);
  });
});

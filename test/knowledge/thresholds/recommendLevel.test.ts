import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadThresholdDocument } from '../../../knowledge/thresholds/loadThresholdDocument.ts';
import type { LevelRecommendation, RecommendLevelOptions } from '../../../knowledge/thresholds/recommendLevel.ts';
import { recommendLevel, UnknownIndicatorError } from '../../../knowledge/thresholds/recommendLevel.ts';

const dataFile = (name: string) => fileURLToPath(new URL(`../../../knowledge/data/thresholds/${name}`, import.meta.url));
const sample = loadThresholdDocument(dataFile('sample-partnership.yaml'));
const threeLevel = loadThresholdDocument(dataFile('three-level-demo.yaml'));

const hintCodes = (recommendation: LevelRecommendation) => recommendation.hints.map((hint) => hint.code);

describe('recommended level', () => {
  it.each<[string, typeof sample, string[], RecommendLevelOptions, string | undefined, LevelRecommendation['basis'], string[]]>([
    ['sample: nothing selected', sample, [], {}, undefined, 'noMatch', []],
    ['sample: needs met', sample, ['1-C1', '1-P1', '1-F1'], {}, '1', 'indicators', []],
    ['sample: one early-help sign', sample, ['2-C2'], {}, '2', 'indicators', []],
    ['sample: early help across domains', sample, ['2-C1', '2-P1', '2-F2'], {}, '2', 'indicators', []],
    ['sample: child in need with early-help history', sample, ['3-P1', '3-P3', '2-P1'], {}, '3', 'indicators', []],
    ['sample: a disclosure alone', sample, ['4-C1'], {}, '4', 'indicators', []],
    ['sample: one acute sign against several lower ones', sample, ['4-F2', '3-C2', '2-C3'], {}, '4', 'indicators', []],
    ['sample: not sure about some answers', sample, ['2-C1', '2-F1'], { notSureCount: 2 }, '2', 'indicators', ['notSure']],
    ['sample: only not sure', sample, [], { notSureCount: 3 }, undefined, 'noMatch', ['notSure']],
    ['sample: a red flag and an early-help sign', sample, ['2-C1'], { redFlagIds: ['R3'] }, '4', 'redFlags', []],
    ['sample: a red flag and nothing else', sample, [], { redFlagIds: ['R1'] }, '4', 'redFlags', []],
    ["sample: early help with risk factors and the child's words", sample, ['2-P1'], { riskFactorCount: 2, childWordsGiven: true }, '2', 'indicators', ['riskFactors', 'childWords']],
    ["sample: only the child's words", sample, [], { childWordsGiven: true }, undefined, 'noMatch', ['childWords']],
    ['sample: child protection with risk factors: nothing higher to point to', sample, ['4-P2'], { riskFactorCount: 1, childWordsGiven: true }, '4', 'indicators', []],
    ['three levels: nothing selected', threeLevel, [], {}, undefined, 'noMatch', []],
    ['three levels: amber', threeLevel, ['A-CH1', 'A-HO2'], {}, 'amber', 'indicators', []],
    ['three levels: a single red sign among amber ones', threeLevel, ['R-HO1', 'A-CA1', 'A-CA2', 'A-HO1'], {}, 'red', 'indicators', []],
    ['three levels: a red flag with green signs', threeLevel, ['G-CH1'], { redFlagIds: ['NF3'] }, 'red', 'redFlags', []],
  ])('%s', (_case, document, selected, options, levelId, basis, hints) => {
    const recommendation = recommendLevel(document, selected, options);
    expect(recommendation.level?.id).toBe(levelId);
    expect(recommendation.basis).toBe(basis);
    expect(hintCodes(recommendation)).toEqual(hints);
    expect(recommendation.discussWithSafeguardingLead).toBe(levelId === undefined || hints.length > 0);
  });

  it('never hints that a single top-level indicator is thin, however many lower ones there are', () => {
    const recommendation = recommendLevel(sample, ['4-C1', '3-C2', '3-P2', '2-C3', '2-P1'], { notSureCount: 1 });
    const words = recommendation.hints.map((hint) => hint.message).join(' ');
    expect(words).not.toMatch(/only one|borderline|lower levels|span/i);
    expect(words).toBe('You were not sure about 1 area. Talk it through with your safeguarding lead.');
  });

  it('gives its reasoning in the document’s own words, highest level first', () => {
    const recommendation = recommendLevel(sample, ['2-P1', '3-P1', '3-P3']);
    expect(recommendation.reasoning.matchedByLevel).toEqual([
      {
        levelId: '3',
        levelName: 'Complex needs (child in need, s17)',
        indicators: [
          { id: '3-P1', level: '3', domain: 'P', text: 'Neglect affecting health, development or hygiene despite early help.' },
          { id: '3-P3', level: '3', domain: 'P', text: 'Carers do not engage with early help and needs are rising.' },
        ],
      },
      {
        levelId: '2',
        levelName: 'Additional needs (early help)',
        indicators: [{ id: '2-P1', level: '2', domain: 'P', text: 'Routines, supervision or boundaries inconsistent; carers struggling.' }],
      },
    ]);
    expect(recommendation.level?.response).toMatch(/^A request for support \/ referral to children's social care/);
    expect(recommendation.reasoning.consentRule?.id).toBe('s17-consent');
    expect(recommendation.level?.referralKind).toBe('childInNeed');
  });

  it('keeps red flags in the reasoning and takes the red-flag consent rule, which asks for no consent', () => {
    const recommendation = recommendLevel(sample, ['2-C1'], { redFlagIds: ['R3', 'R5'] });
    expect(recommendation.reasoning.redFlags.map((flag) => flag.id)).toEqual(['R3', 'R5']);
    expect(recommendation.reasoning.matchedByLevel.map((group) => group.levelId)).toEqual(['2']);
    expect(recommendation.reasoning.consentRule).toMatchObject({ id: 'no-consent-needed', consentNeeded: false });
  });

  it('says child protection needs no consent', () => {
    const recommendation = recommendLevel(sample, ['4-P3']);
    expect(recommendation.reasoning.consentRule).toMatchObject({ id: 'no-consent-needed', consentNeeded: false });
  });

  it('suggests no level and no consent rule when nothing matched', () => {
    const recommendation = recommendLevel(sample, []);
    expect(recommendation.level).toBeUndefined();
    expect(recommendation.reasoning.consentRule).toBeUndefined();
  });

  it('counts an indicator selected twice once', () => {
    const recommendation = recommendLevel(sample, ['3-C1', '3-C1']);
    expect(recommendation.reasoning.matchedByLevel[0]?.indicators).toHaveLength(1);
  });

  it('refuses indicator ids the document does not have, naming them', () => {
    expect(() => recommendLevel(sample, ['2-C1', 'A-CH1', '9-Z9'])).toThrow(UnknownIndicatorError);
    expect(() => recommendLevel(sample, ['2-C1', 'A-CH1', '9-Z9'])).toThrow('Threshold document "sample-partnership-thresholds" has no indicator "A-CH1", "9-Z9".');
  });
});

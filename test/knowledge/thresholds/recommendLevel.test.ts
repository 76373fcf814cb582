import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadThresholdDocument } from '../../../knowledge/thresholds/loadThresholdDocument.ts';
import type { LevelRecommendation } from '../../../knowledge/thresholds/recommendLevel.ts';
import { recommendLevel, UnknownIndicatorError } from '../../../knowledge/thresholds/recommendLevel.ts';

const dataFile = (name: string) => fileURLToPath(new URL(`../../../knowledge/data/thresholds/${name}`, import.meta.url));
const sample = loadThresholdDocument(dataFile('sample-partnership.yaml'));
const threeLevel = loadThresholdDocument(dataFile('three-level-demo.yaml'));

const hintCodes = (recommendation: LevelRecommendation) => recommendation.hints.map((hint) => hint.code);

describe('recommended level', () => {
  it.each<[string, typeof sample, string[], number, string, LevelRecommendation['confidence'], string[]]>([
    ['sample: nothing selected', sample, [], 0, '1', 'noIndicators', ['nothingSelected']],
    ['sample: needs met', sample, ['1-C1', '1-P1', '1-F1'], 0, '1', 'clear', []],
    ['sample: one early-help sign', sample, ['2-C2'], 0, '2', 'clear', ['singleIndicator']],
    ['sample: early help across domains', sample, ['2-C1', '2-P1', '2-F2'], 0, '2', 'clear', []],
    ['sample: child in need with early-help history', sample, ['3-P1', '3-P3', '2-P1'], 0, '3', 'clear', ['splitAcrossLevels']],
    ['sample: a disclosure alone', sample, ['4-C1'], 0, '4', 'clear', ['singleIndicator']],
    [
      'sample: one acute sign against several lower ones',
      sample,
      ['4-F2', '3-C2', '2-C3'],
      0,
      '4',
      'borderline',
      ['singleIndicator', 'moreIndicatorsBelow', 'splitAcrossLevels'],
    ],
    ['sample: several acute signs', sample, ['4-C2', '4-P2', '3-F1'], 0, '4', 'clear', ['splitAcrossLevels']],
    ['sample: not sure about some answers', sample, ['2-C1', '2-F1'], 2, '2', 'clear', ['notSure']],
    ['sample: only not sure', sample, [], 3, '1', 'noIndicators', ['nothingSelected', 'notSure']],
    ['three levels: nothing selected', threeLevel, [], 0, 'green', 'noIndicators', ['nothingSelected']],
    ['three levels: amber', threeLevel, ['A-CH1', 'A-HO2'], 0, 'amber', 'clear', []],
    ['three levels: red on two signs', threeLevel, ['R-CH1', 'R-CA2'], 0, 'red', 'clear', []],
    [
      'three levels: a single red sign among amber ones',
      threeLevel,
      ['R-HO1', 'A-CA1', 'A-CA2', 'A-HO1'],
      0,
      'red',
      'borderline',
      ['singleIndicator', 'moreIndicatorsBelow', 'splitAcrossLevels'],
    ],
    ['three levels: green and amber', threeLevel, ['G-CH1', 'A-CH2'], 0, 'amber', 'clear', ['singleIndicator', 'splitAcrossLevels']],
  ])('%s', (_case, document, selected, notSureCount, levelId, confidence, hints) => {
    const recommendation = recommendLevel(document, selected, { notSureCount });
    expect(recommendation.levelId).toBe(levelId);
    expect(recommendation.confidence).toBe(confidence);
    expect(hintCodes(recommendation)).toEqual(hints);
    expect(recommendation.discussWithSafeguardingLead).toBe(confidence !== 'clear' || notSureCount > 0);
    expect(recommendation.notSureCount).toBe(notSureCount);
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
        indicators: [
          { id: '2-P1', level: '2', domain: 'P', text: 'Routines, supervision or boundaries inconsistent; carers struggling.' },
        ],
      },
    ]);
    expect(recommendation.reasoning.response).toMatch(/^A request for support \/ referral to children's social care/);
    expect(recommendation.reasoning.consentRule.id).toBe('s17-consent');
    expect(recommendation.level.referralKind).toBe('childInNeed');
  });

  it('says child protection needs no consent', () => {
    const recommendation = recommendLevel(sample, ['4-P3']);
    expect(recommendation.reasoning.consentRule).toMatchObject({ id: 'no-consent-needed', consentNeeded: false });
  });

  it('explains a borderline result in words', () => {
    const recommendation = recommendLevel(sample, ['4-F2', '3-C2', '2-C3']);
    expect(recommendation.hints.map((hint) => hint.message)).toEqual([
      'Only one indicator points to "Acute / child protection (s47)".',
      '2 indicators at lower levels against 1 at "Acute / child protection (s47)".',
      'The selected indicators span 3 levels.',
    ]);
  });

  it('counts an indicator selected twice once', () => {
    const recommendation = recommendLevel(sample, ['3-C1', '3-C1']);
    expect(recommendation.reasoning.matchedByLevel[0]?.indicators).toHaveLength(1);
  });

  it('refuses indicator ids the document does not have, naming them', () => {
    expect(() => recommendLevel(sample, ['2-C1', 'A-CH1', '9-Z9'])).toThrow(UnknownIndicatorError);
    expect(() => recommendLevel(sample, ['2-C1', 'A-CH1', '9-Z9'])).toThrow(
      'Threshold document "sample-partnership-thresholds" has no indicator "A-CH1", "9-Z9".',
    );
  });
});

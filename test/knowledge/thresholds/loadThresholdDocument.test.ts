import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ConfigFileError, formatConfigProblem, parseConfig } from '../../../knowledge/thresholds/configFile.ts';
import { checkThresholdDocumentFile, loadThresholdDocument } from '../../../knowledge/thresholds/loadThresholdDocument.ts';
import { thresholdDocumentSchema } from '../../../knowledge/thresholds/thresholdDocument.ts';

const dataFile = (name: string) => fileURLToPath(new URL(`../../../knowledge/data/thresholds/${name}`, import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/thresholds/${name}`, import.meta.url));

function problemLines(file: string): string[] {
  const checked = checkThresholdDocumentFile(file);
  if (checked.ok) throw new Error(`${file} was expected to fail`);
  return checked.problems.map((problem) => `${problem.path}: ${problem.message}`);
}

describe('the sample threshold document', () => {
  const sample = loadThresholdDocument(dataFile('sample-partnership.yaml'));

  it('is marked illustrative and has four levels from universal to child protection', () => {
    expect(sample.notice).toMatch(/^Illustrative only/);
    expect(sample.levels.map((level) => [level.id, level.referralKind])).toEqual([
      ['1', 'none'],
      ['2', 'earlyHelp'],
      ['3', 'childInNeed'],
      ['4', 'childProtection'],
    ]);
  });

  it('carries every indicator of the brief, 1-C1 to 4-F3, in the three Assessment Framework domains', () => {
    expect(sample.domains.map((domain) => domain.id)).toEqual(['C', 'P', 'F']);
    expect(sample.indicators).toHaveLength(40);
    expect(sample.indicators.map((indicator) => indicator.id)).toEqual(expect.arrayContaining(['1-C1', '1-F3', '2-C4', '3-F3', '4-P4', '4-F3']));
    expect(sample.indicators.find((indicator) => indicator.id === '4-P4')?.text).toBe('Suspected fabricated or induced illness.');
  });

  it('has red flags R1–R8, with the FGM mandatory reporting note on R7', () => {
    expect(sample.redFlags.map((flag) => flag.id)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8']);
    const fgm = sample.redFlags.find((flag) => flag.id === 'R7');
    expect(fgm?.note).toMatch(/report it\s+to the police themselves/);
    // The duty covers known cases (she tells you, or physical signs), reported within a month; a girl at risk is referred as usual.
    expect(fgm?.note).toMatch(/already been carried out/);
    expect(fgm?.note).toMatch(/physical signs/);
    expect(fgm?.note).toMatch(/within one month/);
    expect(fgm?.note).toMatch(/at risk of FGM is referred through the normal route/);
    expect(fgm?.note).not.toMatch(/confirm/i);
    expect(fgm?.citation?.locator).toContain('s5B');
  });

  it('needs consent for early help and s17 but not for child protection', () => {
    const consentByLevel = sample.levels.map((level) => [level.id, sample.consentRules.find((rule) => rule.id === level.consentRule)?.consentNeeded]);
    expect(consentByLevel).toEqual([
      ['1', false],
      ['2', true],
      ['3', true],
      ['4', false],
    ]);
  });
});

describe('the three-level demo document', () => {
  it('loads with its own levels and domains', () => {
    const demo = loadThresholdDocument(dataFile('three-level-demo.yaml'));
    expect(demo.levels.map((level) => level.id)).toEqual(['green', 'amber', 'red']);
    expect(demo.domains.map((domain) => domain.id)).toEqual(['child', 'carers', 'home']);
  });
});

describe('threshold documents that are wrong', () => {
  it.each([
    ['unknown-level.yaml', 'indicators[2].level: unknown level "3"; known levels: A, B'],
    ['duplicate-ids.yaml', 'indicators[1].id: duplicate id "A-C1" (already used by indicators[0])'],
    ['duplicate-ids.yaml', 'redFlags[1].id: duplicate id "R1" (already used by redFlags[0])'],
    ['wrong-types.yaml', 'levels[0].order: Invalid input: expected number, received string'],
    ['wrong-types.yaml', 'consentRules[0].consentNeeded: Invalid input: expected boolean, received string'],
    ['wrong-types.yaml', 'escalation.stages: Invalid input: expected array, received string'],
    ['level-without-domain.yaml', 'levels[1]: level "B" has no indicators in domain "P" (Parenting)'],
    ['level-without-domain.yaml', 'levels[0].consentRule: unknown consent rule "everyday"; known consent rules: share'],
  ])('%s: %s', (name, expected) => {
    expect(problemLines(fixture(name))).toContain(expected);
  });

  it('names an invalid referral kind with the allowed choices', () => {
    const lines = problemLines(fixture('wrong-types.yaml'));
    expect(lines.find((line) => line.startsWith('levels[1].referralKind:'))).toMatch(/"none"\|"earlyHelp"/);
  });

  it('throws an error whose message names the file, the place and the problem', () => {
    const file = fixture('unknown-level.yaml');
    expect(() => loadThresholdDocument(file)).toThrow(ConfigFileError);
    expect(() => loadThresholdDocument(file)).toThrow(`${file}: indicators[2].level: unknown level "3"`);
  });

  it.each([
    ['not-yaml.yaml', /^not valid YAML: /],
    ['not-json.json', /^not valid JSON: /],
    ['missing.yaml', /^file not found$/],
  ])('reports a file it cannot read: %s', (name, message) => {
    const checked = checkThresholdDocumentFile(fixture(name));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems[0]?.message).toMatch(message);
  });
});

describe('cross-field checks on an edited sample', () => {
  const sampleData = () =>
    parseYaml(readFileSync(dataFile('sample-partnership.yaml'), 'utf8')) as Record<string, unknown> & {
      levels: Record<string, unknown>[];
      indicators: Record<string, unknown>[];
      redFlagResponse: Record<string, unknown>;
    };

  function problemsAfter(edit: (data: ReturnType<typeof sampleData>) => void): string[] {
    const data = sampleData();
    edit(data);
    const parsed = parseConfig(thresholdDocumentSchema, data, 'sample.yaml');
    return parsed.ok ? [] : parsed.problems.map(formatConfigProblem);
  }

  it.each<[string, (data: ReturnType<typeof sampleData>) => void, string]>([
    ['a missing level name', (data) => delete data.levels[0]!.name, 'sample.yaml: levels[0].name: is required (string)'],
    ['an unknown domain', (data) => (data.indicators[0]!.domain = 'X'), 'sample.yaml: indicators[0].domain: unknown domain "X"; known domains: C, P, F'],
    [
      'a contact the document does not declare',
      (data) => (data.levels[2]!.contact = 'mash'),
      'sample.yaml: levels[2].contact: unknown contact "mash"; known contacts: earlyHelp, frontDoor, emergencyDutyTeam, police',
    ],
    ['levels out of order', (data) => data.levels.reverse(), 'sample.yaml: levels[1].order: levels must be listed from lowest to highest order: 3 comes after 4'],
    ['a duplicate level order', (data) => (data.levels[3]!.order = 3), 'sample.yaml: levels[3].order: duplicate order "3" (already used by levels[2])'],
    [
      'a lighter response above a heavier one',
      (data) => (data.levels[3]!.referralKind = 'earlyHelp'),
      'sample.yaml: levels[3].referralKind: "earlyHelp" is a lighter response than "childInNeed" at the level below',
    ],
    ['a misspelt field', (data) => (data.levels[0]!.respnse = 'x'), 'sample.yaml: levels[0]: Unrecognized key: "respnse"'],
    [
      'a red-flag route to an undeclared contact',
      (data) => (data.redFlagResponse.contacts = ['police', 'edt']),
      'sample.yaml: redFlagResponse.contacts[1]: unknown contact "edt"; known contacts: earlyHelp, frontDoor, emergencyDutyTeam, police',
    ],
  ])('rejects %s', (_case, edit, expected) => {
    expect(problemsAfter(edit)).toContain(expected);
  });

  it('accepts level ids written as bare numbers', () => {
    const problems = problemsAfter((data) => {
      data.levels.forEach((level, index) => (level.id = index + 1));
    });
    expect(problems).toEqual([]);
  });
});

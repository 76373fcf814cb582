import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contactFor } from '../../../knowledge/boards/boardContacts.ts';
import { boardForSlackTeam, boardForTeamsTenant, defaultBoardDirectory, loadBoardById, loadBoards, rolesOf, UnknownBoardError } from '../../../knowledge/boards/boardRegistry.ts';
import { ConfigFileError } from '../../../knowledge/thresholds/configFile.ts';

const fixtures = fileURLToPath(new URL('../fixtures/boards/', import.meta.url));
const boards = loadBoards();
const sample = loadBoardById('sample-partnership');
const northfield = loadBoardById('northfield-partnership');

describe('the demo boards', () => {
  it('load from the default directory, each with its own threshold document', () => {
    expect([...boards.keys()].sort()).toEqual(['northfield-partnership', 'sample-partnership']);
    expect(sample).toMatchObject({ name: 'Sample Safeguarding Partnership', edition: 'wt2023' });
    expect(sample.thresholds.levels).toHaveLength(4);
    expect(northfield.edition).toBe('wt2013');
    expect(northfield.thresholds.levels.map((level) => level.id)).toEqual(['green', 'amber', 'red']);
  });

  it('give the newcomer every role in the local chat and the practitioner none', () => {
    expect(rolesOf(sample, 'local:demo-user')).toEqual(['manager', 'boardStaff', 'lado', 'chair', 'boardAdmin', 'auditor']);
    expect(rolesOf(sample, 'local:practitioner')).toEqual([]);
  });

  it('keep roles per board', () => {
    expect(rolesOf(northfield, 'local:demo-user')).toEqual([]);
    expect(rolesOf(northfield, 'aad:00000000-0000-4000-8000-00000000B102')).toEqual(['boardStaff', 'boardAdmin']);
    expect(rolesOf(northfield, 'slack:T0NORTH01:U0STAFF01')).toEqual(['boardStaff']);
  });

  it('find the board for a Teams tenant or Slack workspace', () => {
    expect(boardForTeamsTenant(boards, '00000000-0000-4000-8000-00000000A001')?.id).toBe('sample-partnership');
    expect(boardForTeamsTenant(boards, '00000000-0000-4000-8000-00000000b001')?.id).toBe('northfield-partnership');
    expect(boardForTeamsTenant(boards, '11111111-0000-4000-8000-000000000000')).toBeUndefined();
    expect(boardForSlackTeam(boards, 'T0NORTH01')?.id).toBe('northfield-partnership');
    expect(boardForSlackTeam(boards, 'T0UNKNOWN')).toBeUndefined();
  });

  it('name environment variables for Slack secrets, never the secrets', () => {
    expect(sample.channels.slack).toEqual([{ teamId: 'T0SAMPLE01', botTokenEnv: 'SLACK_BOT_TOKEN_SAMPLE', signingSecretEnv: 'SLACK_SIGNING_SECRET_SAMPLE' }]);
  });

  it('give a number or address for every contact their threshold document routes to', () => {
    for (const board of boards.values()) {
      for (const { key } of board.thresholds.contacts) expect(contactFor(board.contacts, key), `${board.id} ${key}`).toBeDefined();
    }
    expect(contactFor(sample.contacts, 'police')).toEqual({ name: 'Police', phone: '999', note: 'Non-emergency: 101' });
    expect(contactFor(sample.contacts, 'earlyHelp')?.phone).toBe('01632 960400');
    expect(contactFor(northfield.contacts, 'familyHub')?.url).toBe('https://example.org/northfield/family-hubs');
    expect(contactFor(sample.contacts, 'familyHub')).toBeUndefined();
  });

  it('route alerts by record type, with defaults a board can change', () => {
    expect(sample.alertRoutes).toMatchObject({
      lado_referral: 'lado-duty',
      serious_incident_notification: 'business-team',
      operations: 'operations',
    });
    expect(sample.alertRoutes.threshold_consultation).toBeUndefined();
    expect(northfield.alertRoutes).toMatchObject({
      serious_incident_notification: 'partnership-leads',
      lado_decision: 'lado-managers',
      lado_referral: 'lado-duty',
    });
  });

  it('remind four working hours before and at close of business on the due date, then escalate when overdue', () => {
    expect(sample.reminders).toEqual([{ at: 'beforeCloseOfBusiness', workingHours: 4 }, { at: 'closeOfBusiness', workingDaysBefore: 0 }, { at: 'overdue' }]);
  });

  it('keep the brief’s retention defaults and leave unverified ones unset', () => {
    expect(sample.retention.lado_consultation).toMatchObject({ years: 6, from: 'lastContact' });
    expect(sample.retention.lado_referral).toMatchObject({
      byOutcome: { substantiated: { years: 100, from: 'subjectDateOfBirth' }, malicious: { years: 10, from: 'closure' } },
    });
    expect(sample.retention.lado_outcome).toEqual({ keptWith: 'lado_referral' });
    expect(sample.retention.serious_incident_notification).toBeUndefined();
    expect(northfield.retention.serious_incident_notification).toMatchObject({ years: 15, from: 'closure' });
  });

  it('default the options to off and the working day to the calendar settings', () => {
    expect(sample.options).toEqual({ postThresholdConsultations: false, ladoLowLevelConcernsStored: false });
    expect(northfield.options.postThresholdConsultations).toBe(true);
    expect(northfield.calendar.closeOfBusiness).toBe('16:30');
    expect(northfield.clockSettings.SIN_INTERNAL).toMatchObject({ length: 24, unit: 'hours' });
  });
});

describe('looking boards up', () => {
  it('refuses an unknown board id, listing the known ones', () => {
    expect(() => loadBoardById('nowhere')).toThrow(UnknownBoardError);
    expect(() => loadBoardById('nowhere')).toThrow('No board "nowhere". Known boards: northfield-partnership, sample-partnership.');
  });

  it('reads another directory when given one', () => {
    expect(() => loadBoardById('fixture-twin', join(fixtures, 'duplicates'))).toThrow(ConfigFileError);
    expect(defaultBoardDirectory).toMatch(/knowledge\/data\/boards\/$/);
  });

  it('refuses two files with the same board id or Teams tenant, naming both files', () => {
    const second = join(fixtures, 'duplicates', 'board-b.yaml');
    const first = join(fixtures, 'duplicates', 'board-a.yaml');
    expect(() => loadBoards(join(fixtures, 'duplicates'))).toThrow(`${second}: id: duplicate board id "fixture-twin" (also in ${first})`);
    expect(() => loadBoards(join(fixtures, 'duplicates'))).toThrow(`${second}: channels.teams.tenantIds[0]: duplicate Teams tenant 00000000-0000-4000-8000-0000000f1000 (also in ${first})`);
  });
});

describe('many boards in one deployment', () => {
  const directory = mkdtempSync(join(tmpdir(), 'boards-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('loads forty boards sharing one threshold document and routes each tenant to its own board', () => {
    const template = readFileSync(join(defaultBoardDirectory, 'sample-partnership.yaml'), 'utf8').replace(
      /^thresholdDocument: .*$/m,
      `thresholdDocument: ${join(defaultBoardDirectory, '../thresholds/sample-partnership.yaml')}`,
    );
    for (let index = 1; index <= 40; index += 1) {
      const suffix = String(index).padStart(3, '0');
      const config = template
        .replace('id: sample-partnership', `id: area-${suffix}`)
        .replace('00000000-0000-4000-8000-00000000a001', `00000000-0000-4000-8000-000000000${suffix}`)
        .replace('T0SAMPLE01', `T0AREA${suffix}`);
      writeFileSync(join(directory, `area-${suffix}.yaml`), config);
    }
    const many = loadBoards(directory);
    expect(many.size).toBe(40);
    expect(boardForTeamsTenant(many, '00000000-0000-4000-8000-000000000017')?.id).toBe('area-017');
    expect(boardForSlackTeam(many, 'T0AREA033')?.id).toBe('area-033');
    expect(many.get('area-040')?.thresholds).toBe(many.get('area-001')?.thresholds);
  });
});

describe('a board’s accepted domains for secure work email', () => {
  const directory = mkdtempSync(join(tmpdir(), 'boards-email-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  const withDomains = (domains: string) =>
    readFileSync(join(defaultBoardDirectory, 'sample-partnership.yaml'), 'utf8')
      .replace(/^thresholdDocument: .*$/m, `thresholdDocument: ${join(defaultBoardDirectory, '../thresholds/sample-partnership.yaml')}`)
      .concat(`\nsecureEmailDomains: ${domains}\n`);

  it('are optional, and kept in lower case when set', () => {
    expect(sample.secureEmailDomains).toBeUndefined();
    writeFileSync(join(directory, 'sample-partnership.yaml'), withDomains('[Sample.gov.uk, nhs.net]'));
    expect(loadBoardById('sample-partnership', directory).secureEmailDomains).toEqual(['sample.gov.uk', 'nhs.net']);
  });

  it('refuse an address where a domain belongs, saying what to write', () => {
    writeFileSync(join(directory, 'sample-partnership.yaml'), withDomains('["@sample.gov.uk"]'));
    expect(() => loadBoardById('sample-partnership', directory)).toThrow('must be an email domain like "sample.gov.uk", without the @');
  });
});

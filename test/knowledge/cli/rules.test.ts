import { describe, expect, it } from 'vitest';
import { runRules } from '../../../knowledge/cli/rules.ts';
import { captureOutput } from './captureOutput.ts';

function rules(args: string[]) {
  const io = captureOutput();
  const exitCode = runRules(args, io);
  return { exitCode, stdout: io.stdout(), stderr: io.stderr() };
}

describe('rules command', () => {
  it('shows the current edition, WT2023, when no edition is given', () => {
    const { exitCode, stdout } = rules([]);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^Working Together to Safeguard Children 2023 \(wt2023\)/);
    expect(stdout).not.toContain('Superseded edition');
  });

  it('prints an edition’s clocks with status and citation', () => {
    const { exitCode, stdout } = rules(['--edition', 'wt2013']);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^Working Together to Safeguard Children 2013 \(wt2013\)/);
    expect(stdout).toContain('  LADO_REPORT: 1 working day · S (stated in a seed document)');
    expect(stdout).toContain('      Source: seeds/004_e13bb95539be3372.txt L49 · Working Together to Safeguard Children 2013: one minute guide (No. 027, May 2013): “report any allegation');
    expect(stdout).toContain('  SIN_2013: No national deadline recorded – board to set · U (unverified: no built-in value, the board must set it with a citation)');
    expect(stdout).toContain('  SCR_COMPLETE: 6 months · P? (public, confirm before go-live)');
  });

  it('prints criteria, harm test, notifications and consent defaults for a chosen edition', () => {
    const { stdout } = rules(['--edition', 'WT2018']);
    expect(stdout).toContain('SERIOUS INCIDENT CRITERIA');
    expect(stdout).toContain('  18.1 Section 16C: abuse or neglect is known or suspected and the child died or was seriously harmed in this area.');
    expect(stdout).toContain('LADO HARM TEST BY THE DATE OF THE REFERRAL, WHATEVER THE EDITION');
    expect(stdout).toContain('  before Wednesday 1 January 2014 · P');
    expect(stdout).toContain('  from Wednesday 1 January 2014, before Tuesday 1 September 2020 · P');
    expect(stdout).toContain('  from Tuesday 1 September 2020 · P');
    expect(stdout).toContain('  Serious incident notification: Local authority → Child Safeguarding Practice Review Panel through CSINS');
    expect(stdout).toContain('  Level 4 Acute / child protection (s47), and any red flag');
    expect(stdout).toContain('  Board must set, with a citation: LCSPR_PREPUB, LAC_DEATH_NOTIFY');
  });

  it('shows administrators the status markers, the seed files and lines, and what is still to confirm', () => {
    const { stdout } = rules([]);
    expect(stdout).toContain('  ICPC: 15 working days · P? (public, confirm before go-live)');
    expect(stdout).toContain('  ASSESS: 45 working days · P (public law or guidance, wording confirmed)');
    expect(stdout).toContain('Stated for WT2013 in a 2013 local guide; this edition’s own wording has not been checked.');
    expect(stdout).toContain('      Source: seeds/004_e13bb95539be3372.txt L40 · ');
    expect(stdout).toContain('  LCSPR_PREPUB: No national deadline recorded – board to set · U (unverified: no built-in value, the board must set it with a citation)');
    expect(stdout).toContain('  18.6 Unborn children · P? (public, confirm before go-live)');
    expect(stdout).toMatch(/23\.2 Deaths of care leavers · P .*\n.*Note: One summary calls this reporting non-mandatory: confirm/);
  });

  it('shows no superseded banner for the current edition', () => {
    expect(rules(['--edition', 'wt2023']).stdout).not.toContain('Superseded edition');
  });

  it('rejects an unknown edition with exit code 2', () => {
    const { exitCode, stderr } = rules(['--edition', 'wt2020']);
    expect(exitCode).toBe(2);
    expect(stderr).toContain('Unknown edition "wt2020": use one of wt2010, wt2013, wt2015, wt2018, wt2023.');
    expect(stderr).toContain('Usage: npm run knowledge -- rules [--edition <id>]');
  });
});

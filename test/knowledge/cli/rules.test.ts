import { describe, expect, it } from 'vitest';
import { runRules } from '../../../knowledge/cli/rules.ts';
import { captureOutput } from './captureOutput.ts';

function rules(args: string[]) {
  const io = captureOutput();
  const exitCode = runRules(args, io);
  return { exitCode, stdout: io.stdout(), stderr: io.stderr() };
}

describe('rules command', () => {
  it('prints the default edition’s clocks with status and citation', () => {
    const { exitCode, stdout } = rules([]);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^Working Together to Safeguard Children 2013 \(wt2013\)/);
    expect(stdout).toContain('  LADO_REPORT: 1 working day · S (stated in a seed document)');
    expect(stdout).toContain('      Source: seeds/004_e13bb95539be3372.txt L49 “report any allegation');
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

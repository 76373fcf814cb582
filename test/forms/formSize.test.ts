import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureFlows } from '../support/formSize.ts';
import { readmeFlowTable } from '../support/printFormSize.ts';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function tableInReadme(): string {
  const found = /<!-- forms:size -->\n([\s\S]*?)\n<!-- \/forms:size -->/.exec(README);
  if (found?.[1] === undefined) throw new Error('the README has no forms:size table');
  return found[1];
}

describe('the README’s table of form lengths', () => {
  it('is what `npm run forms:size` measures today', () => {
    expect(tableInReadme()).toBe(readmeFlowTable());
  });

  it('shows the shorter paths: no review step without a review, no kinds of abuse when none is suspected', () => {
    const size = (flow: string) => measureFlows().find((row) => row.flow === flow);
    expect(size('Review decision: no local review (WT2023)')!.cards).toBeLessThan(size('Review decision: local review started (WT2023)')!.cards);
    expect(size('Serious incident: serious harm, abuse not suspected (WT2023)')!.cards).toBeLessThan(size('Serious incident: serious harm, abuse known (WT2023)')!.cards);
    expect(size('Review decision: serious case review started (WT2013)')!.prefilled).toBeGreaterThan(1);
  });
});

import { describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../cards/adaptive/validateCard.ts';
import { renderSectionCard } from '../../cards/adaptive/renderSectionCard.ts';
import type { FormSpec } from '../../cards/forms/formSpec.ts';
import { consentForm } from '../../cards/thresholds/thresholdConsentForm.ts';
import { aboutForm, childVoiceForm, domainForm, overrideForm, redFlagsForm } from '../../cards/thresholds/thresholdForms.ts';
import { renderReferralSummaryCard, type ReferralSummaryInput } from '../../cards/thresholds/referralSummary.ts';
import { renderAnswerCard, renderUrgentCard } from '../../cards/thresholds/thresholdGuidanceCards.ts';
import { renderCardMessage } from '../../cards/slack/messageBlocks.ts';
import { loadBoards } from '../../knowledge/boards/boardRegistry.ts';
import type { ThresholdConsultation } from '../../knowledge/records/thresholdConsultation.ts';
import { recommendLevel } from '../../knowledge/thresholds/recommendLevel.ts';
import type { ThresholdDocument } from '../../knowledge/thresholds/thresholdDocument.ts';
import { sampleRecords } from '../knowledge/records/sampleRecords.ts';
import { messageLimitProblems } from '../slack/blockKitLimits.ts';

const boards = [...loadBoards().values()];
const referralExpectation = { text: 'Children’s social care decides within 1 working day.', citations: [] };

/** A referral summary with every line it can have: red flags, indicators, risk factors, the child's words and an override. */
function fullSummary(document: ThresholdDocument): ReferralSummaryInput {
  const [lowest, highest] = [document.levels[0]!, document.levels.at(-1)!];
  return {
    document,
    reference: 'THR-2026-000042',
    childVoice: 'She said she is scared to go home',
    record: {
      ...sampleRecords.threshold_consultation,
      concern: {
        ageBand: 'under1',
        redFlags: document.redFlags.slice(0, 2).map((flag) => flag.id),
        indicators: document.indicators.slice(0, 3).map((indicator) => indicator.id),
        notSureCount: 0,
        riskFactors: ['domesticAbuse', 'parentalSubstanceMisuse'],
      },
      level: { thresholdDocument: { id: document.id, version: document.version }, recommendedLevel: highest.id, practitionerLevel: lowest.id, overrideReason: 'Family already known and engaging' },
    } as ThresholdConsultation,
  };
}

function formCard(form: FormSpec) {
  return renderSectionCard(form, form.sections[0]!.id, { instanceId: 'instance-1', canGoBack: false });
}

/** Every threshold card of every shipped board, from its own document. */
function everyCard(board: (typeof boards)[number]) {
  const document = board.thresholds;
  const forms = [
    redFlagsForm(document),
    aboutForm(),
    childVoiceForm(),
    ...document.domains.map((domain, index) => domainForm(document, domain, { index: index + 1, count: document.domains.length })),
    ...document.levels.map((level) => overrideForm(document, level.id)),
    ...document.levels.flatMap((level) => {
      const rule = document.consentRules.find((candidate) => candidate.id === level.consentRule)!;
      return rule.consentNeeded ? [consentForm(level, rule)] : [];
    }),
  ];
  const guidance = [
    renderUrgentCard({ document, contacts: board.contacts, flags: document.redFlags, inWorkingHours: true }),
    renderUrgentCard({ document, contacts: board.contacts, flags: document.redFlags.slice(0, 1), inWorkingHours: false }),
    ...[true, false].flatMap((inWorkingHours) =>
      document.levels.map((level) => {
        const indicators = document.indicators.filter((indicator) => indicator.level === level.id).map((indicator) => indicator.id);
        return renderAnswerCard({ document, contacts: board.contacts, recommendation: recommendLevel(document, indicators), inWorkingHours, referralExpectation });
      }),
    ),
    renderAnswerCard({ document, contacts: board.contacts, recommendation: recommendLevel(document, [], { notSureCount: 2, childWordsGiven: true }), inWorkingHours: false }),
    renderAnswerCard({
      document,
      contacts: board.contacts,
      recommendation: recommendLevel(document, [], { redFlagIds: document.redFlags.map((flag) => flag.id) }),
      inWorkingHours: true,
      referralExpectation,
    }),
    renderReferralSummaryCard(fullSummary(document)),
  ];
  return [...forms.map(formCard), ...guidance];
}

describe.each(boards.map((board) => ({ name: board.id, board })))('threshold cards of $name', ({ board }) => {
  it('all parse as Adaptive Card 1.5 without warnings, and fit Slack as Block Kit messages', () => {
    const cards = everyCard(board);
    expect(cards.length).toBeGreaterThan(board.thresholds.domains.length + board.thresholds.levels.length);
    for (const card of cards) {
      expect(adaptiveCardProblems(card)).toEqual([]);
      expect(messageLimitProblems(renderCardMessage(card))).toEqual([]);
    }
  });

  it("offer, on the domain cards together, every indicator of the board's document exactly once", () => {
    const document = board.thresholds;
    const offered = document.domains.flatMap((domain, index) =>
      domainForm(document, domain, { index: index + 1, count: document.domains.length }).sections[0]!.fields[0]!.choices!.map((choice) => choice.value),
    );
    expect(offered.sort()).toEqual(document.indicators.map((indicator) => indicator.id).sort());
  });

  it('never offer the suggested level again when the practitioner chooses another', () => {
    const document = board.thresholds;
    for (const level of document.levels) {
      const choices = overrideForm(document, level.id).sections[0]!.fields[0]!.choices!.map((choice) => choice.value);
      expect(choices).toEqual(document.levels.filter((other) => other.id !== level.id).map((other) => other.id));
    }
  });
});

describe('consent in the words of the government’s information-sharing advice', () => {
  const board = boards.find((candidate) => candidate.id === 'sample-partnership')!;
  const document = board.thresholds;
  const ISA_URL = 'https://www.gov.uk/government/publications/safeguarding-practitioners-information-sharing-advice';

  it.each(document.levels.map((level) => [level.name, level] as const))('the answer for %s says consent is not the basis for sharing nor needed to refer, and cites the advice', (_name, level) => {
    const indicators = document.indicators.filter((indicator) => indicator.level === level.id).map((indicator) => indicator.id);
    const card = renderAnswerCard({ document, contacts: board.contacts, recommendation: recommendLevel(document, indicators), inWorkingHours: true });
    const consent = textBlocks(card).find((text) => text.startsWith('**Consent:**'))!;
    expect(consent).toContain('Consent is not the lawful basis for sharing information to protect a child, and you do not need it to make a referral.');
    expect(consent).toContain('Never ask where that could put the child at risk, or where the concern is about a parent.');
    const shown = JSON.stringify(card);
    expect(shown).toContain(ISA_URL);
    expect(shown).not.toContain('portsmouthscp');
  });

  it('asks for consent on a card that says when not to seek it', () => {
    const level = document.levels.find((candidate) => candidate.referralKind === 'childInNeed')!;
    const rule = document.consentRules.find((candidate) => candidate.id === level.consentRule)!;
    const text = textBlocks(formCard(consentForm(level, rule))).join('\n');
    expect(text).toContain('you do not need it to make a referral');
    expect(text).toContain('where the concern is about a parent');
    expect(text).toContain("Seek the parents' agreement");
  });
});

describe('the referral summary', () => {
  const board = boards.find((candidate) => candidate.id === 'sample-partnership')!;
  const input = fullSummary(board.thresholds);
  const card = renderReferralSummaryCard(input);

  it('keeps one field to a text block, red flags included', () => {
    const blocks = textBlocks(card);
    for (const block of blocks) expect(block).not.toContain('\n');
    expect(blocks).toContain("Child's age: Under 1");
    expect(blocks).toContain('Immediate danger (red flags):');
    expect(blocks).toContain('- Child in immediate danger or needing urgent medical help.');
    expect(blocks).toContain('- Child has disclosed abuse and is with, or about to return to, the person named.');
    expect(blocks).toContain("Risk factors in the family: Domestic abuse, A carer's alcohol or drug misuse");
    expect(blocks).toContain('What the child says or shows: She said she is scared to go home');
    expect(blocks).toContain('Level suggested by the threshold document: Acute / child protection (s47)');
    expect(blocks).toContain('Level I judge right: Universal, because Family already known and engaging');
  });

  it('keeps one field to a line on Slack too', () => {
    const slackLines = renderCardMessage(card).blocks.flatMap((block) => {
      const text = (block as { text?: { text?: string } }).text?.text;
      return text === undefined ? [] : text.split('\n').filter((line) => line.trim() !== '');
    });
    expect(slackLines.some((line) => line.includes("Child's age: Under 1") && !line.includes('Risk factors'))).toBe(true);
    expect(slackLines.some((line) => line.includes('Child in immediate danger or needing urgent medical help.') && !line.includes('Child has disclosed'))).toBe(true);
    expect(slackLines.some((line) => line.includes('Level suggested by the threshold document') && !line.includes('Level I judge right'))).toBe(true);
  });
});

function textBlocks(card: { body: unknown[] }): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const element = node as { type?: string; text?: unknown };
    if (element.type === 'TextBlock' && typeof element.text === 'string') found.push(element.text);
    Object.values(element).forEach(visit);
  };
  visit(card.body);
  return found;
}

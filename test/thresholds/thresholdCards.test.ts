import { describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../cards/adaptive/validateCard.ts';
import { renderSectionCard } from '../../cards/adaptive/renderSectionCard.ts';
import type { FormSpec } from '../../cards/forms/formSpec.ts';
import { consentForm } from '../../cards/thresholds/thresholdConsentForm.ts';
import { aboutForm, childVoiceForm, domainForm, overrideForm, redFlagsForm } from '../../cards/thresholds/thresholdForms.ts';
import { renderAnswerCard, renderUrgentCard } from '../../cards/thresholds/thresholdGuidanceCards.ts';
import { loadBoards } from '../../knowledge/boards/boardRegistry.ts';
import { recommendLevel } from '../../knowledge/thresholds/recommendLevel.ts';

const boards = [...loadBoards().values()];

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
    ...document.levels.map((level) => {
      const indicators = document.indicators.filter((indicator) => indicator.level === level.id).map((indicator) => indicator.id);
      return renderAnswerCard({ document, contacts: board.contacts, recommendation: recommendLevel(document, indicators), expectationCitations: [] });
    }),
    renderAnswerCard({ document, contacts: board.contacts, recommendation: recommendLevel(document, [], { notSureCount: 2 }), expectation: 'Within 1 working day.', expectationCitations: [document.citation] }),
  ];
  return [...forms.map(formCard), ...guidance];
}

describe.each(boards.map((board) => ({ name: board.id, board })))('threshold cards of $name', ({ board }) => {
  it('all parse as Adaptive Card 1.5 without warnings', () => {
    const cards = everyCard(board);
    expect(cards.length).toBeGreaterThan(board.thresholds.domains.length + board.thresholds.levels.length);
    for (const card of cards) expect(adaptiveCardProblems(card)).toEqual([]);
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

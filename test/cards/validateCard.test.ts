import { describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../cards/adaptive/validateCard.ts';

function card(body: unknown[], actions: unknown[] = []) {
  return { type: 'AdaptiveCard', version: '1.5', body, actions };
}

describe('adaptiveCardProblems', () => {
  it('runs in Node without a DOM', () => {
    expect(globalThis.document).toBeUndefined();
    expect(adaptiveCardProblems(card([{ type: 'TextBlock', text: 'Hello', wrap: true }]))).toEqual([]);
  });

  it.each([
    ['an unknown element type', card([{ type: 'Input.Signature', id: 'sig' }]), /UnknownElementType/],
    ['an unknown action type', card([], [{ type: 'Action.Teleport', title: 'Go' }]), /UnknownActionType/],
    ['a required input without a label', card([{ type: 'Input.Text', id: 'a', isRequired: true, errorMessage: 'Fill in' }]), /RequiredInputsShouldHaveLabel/],
    ['a required input without an error message', card([{ type: 'Input.Text', id: 'a', label: 'A', isRequired: true }]), /RequiredInputsShouldHaveErrorMessage/],
    [
      'two inputs with one id',
      card([
        { type: 'Input.Text', id: 'a', label: 'A' },
        { type: 'Input.Text', id: 'a', label: 'B' },
      ]),
      /DuplicateId/,
    ],
    ['a choice set without choices', card([{ type: 'Input.ChoiceSet', id: 'c', label: 'C', choices: [] }]), /CollectionCantBeEmpty/],
    [
      'a misspelt property',
      card([{ type: 'Input.ChoiceSet', id: 'c', label: 'C', isMultiselect: true, choices: [{ title: 'A', value: 'a' }] }]),
      /"isMultiselect" is not a property of Input.ChoiceSet/,
    ],
    ['a card version the library does not know', { type: 'AdaptiveCard', version: '9.0', body: [] }, /UnsupportedCardVersion/],
    ['a broken fallback', card([], [{ type: 'Action.Execute', title: 'Ack', verb: 'ack', fallback: { type: 'Action.Teleport', title: 'Ack' } }]), /in the fallback card: UnknownActionType/],
  ])('reports %s', (_case, json, problem) => {
    expect(adaptiveCardProblems(json).join('\n')).toMatch(problem);
  });

  it.each([
    ['a string', 'not a card'],
    ['an empty object', {}],
    ['another type', { type: 'MessageCard', body: [] }],
  ])('reports %s as not a card', (_case, json) => {
    expect(adaptiveCardProblems(json)).toEqual(['NotACard: a card is a JSON object of type "AdaptiveCard"']);
  });
});

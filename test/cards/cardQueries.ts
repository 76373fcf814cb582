import type { AdaptiveCardJson, AdaptiveElement } from '../../cards/adaptive/cardElements.ts';

/** Every element of a card's body, depth first, looking inside containers and columns. */
export function allElements(card: AdaptiveCardJson): AdaptiveElement[] {
  return card.body.flatMap(withDescendants);
}

function withDescendants(element: AdaptiveElement): AdaptiveElement[] {
  const children = [element.items, element.columns].flatMap((list) => (Array.isArray(list) ? (list as AdaptiveElement[]) : []));
  return [element, ...children.flatMap(withDescendants)];
}

export function elementById(card: AdaptiveCardJson, id: string): AdaptiveElement {
  const found = allElements(card).find((element) => element.id === id);
  if (found === undefined) throw new Error(`no element ${id}`);
  return found;
}

export function texts(card: AdaptiveCardJson): string[] {
  return allElements(card)
    .filter((element) => element.type === 'TextBlock')
    .map((element) => String(element.text));
}

/** The container holding a field's input, help and problem. */
export function fieldContainer(card: AdaptiveCardJson, inputId: string): AdaptiveElement {
  const found = allElements(card).find(
    (element) => element.type === 'Container' && Array.isArray(element.items) && element.items.some((item) => withDescendants(item).some((inner) => inner.id === inputId)),
  );
  if (found === undefined) throw new Error(`no container for ${inputId}`);
  return found;
}

import { escapeMarkdown, unescapeMarkdown } from './markdownText.ts';

/**
 * Small builders for Adaptive Card 1.5 JSON, shared by every card so they look and behave alike.
 * Properties left undefined are omitted, so the JSON stays what a host expects.
 */
export type AdaptiveElement = { type: string; [property: string]: unknown };
export type AdaptiveAction = { type: string; title?: string; [property: string]: unknown };

export type AdaptiveCardJson = {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: AdaptiveElement[];
  actions?: AdaptiveAction[];
  refresh?: { action: AdaptiveAction; userIds?: string[] };
};

export type Fact = { label: string; value: string };

type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

export function adaptiveCard(body: AdaptiveElement[], actions: AdaptiveAction[] = [], refresh?: AdaptiveCardJson['refresh']): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 && { actions }),
    ...(refresh !== undefined && { refresh }),
  };
}

export function withoutUndefined<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

export function heading(text: string): AdaptiveElement {
  return { type: 'TextBlock', text, size: 'large', weight: 'bolder', wrap: true, style: 'heading' };
}

export function subheading(text: string): AdaptiveElement {
  return { type: 'TextBlock', text, size: 'medium', weight: 'bolder', wrap: true, spacing: 'large' };
}

export function paragraph(text: string): AdaptiveElement {
  return { type: 'TextBlock', text, wrap: true };
}

export function subtleText(text: string): AdaptiveElement {
  return { type: 'TextBlock', text, wrap: true, isSubtle: true, size: 'small', spacing: 'small' };
}

/** Red text, e.g. what to fix under an input. */
export function attentionText(text: string): AdaptiveElement {
  return { type: 'TextBlock', text, wrap: true, color: 'attention', size: 'small', spacing: 'small' };
}

/** The protective marking, first on the card so it is seen before anything else. */
export function markingLine(marking: string): AdaptiveElement {
  return { type: 'TextBlock', text: marking, weight: 'bolder', color: 'attention', size: 'small' };
}

export function styledContainer(style: ContainerStyle, items: AdaptiveElement[]): AdaptiveElement {
  return { type: 'Container', style, items };
}

/**
 * Facts to read, each label above its value: labels wrap at spaces on any width, where a FactSet's narrow title
 * column breaks long words. Values are data (answers, references, contacts), shown exactly as given (markdown
 * escaped). Channels that draw facts their own way read them back with factsOfLabelledValues.
 */
export function labelledValues(facts: Fact[]): AdaptiveElement {
  return {
    type: 'Container',
    items: facts.flatMap((fact) => [
      { type: 'TextBlock', text: fact.label, wrap: true, weight: 'bolder', isSubtle: true, size: 'small', spacing: 'medium' },
      { type: 'TextBlock', text: escapeMarkdown(fact.value), wrap: true, spacing: 'none' },
    ]),
  };
}

function isFactLabel(element: AdaptiveElement): boolean {
  return element.type === 'TextBlock' && element.weight === 'bolder' && element.isSubtle === true && element.size === 'small';
}

/** The facts of a labelledValues container, values as given; undefined for any other element. */
export function factsOfLabelledValues(element: AdaptiveElement): Fact[] | undefined {
  const items = element.type === 'Container' && Array.isArray(element.items) ? (element.items as AdaptiveElement[]) : [];
  if (items.length === 0 || items.length % 2 !== 0) return undefined;
  const facts: Fact[] = [];
  for (let index = 0; index < items.length; index += 2) {
    const [label, value] = [items[index], items[index + 1]];
    if (!label || !value || !isFactLabel(label) || value.type !== 'TextBlock') return undefined;
    facts.push({ label: String(label.text), value: unescapeMarkdown(String(value.text)) });
  }
  return facts;
}

/** A numbered list in one TextBlock ("1. …"), which every host renders. */
export function numberedList(items: string[]): AdaptiveElement {
  return paragraph(items.map((item, index) => `${index + 1}. ${item}`).join('\n\n'));
}

export function bulletList(items: string[]): AdaptiveElement {
  return paragraph(items.map((item) => `- ${item}`).join('\n'));
}

export function actionSet(actions: AdaptiveAction[]): AdaptiveElement {
  return { type: 'ActionSet', actions };
}

type SubmitOptions = { style?: 'positive' | 'destructive'; withInputs?: boolean; tooltip?: string };

/** Action.Submit; without inputs unless asked, so "Back" and "Cancel" never send half-typed answers. */
export function submitAction(title: string, data: Record<string, unknown>, options: SubmitOptions = {}): AdaptiveAction {
  return withoutUndefined({
    type: 'Action.Submit',
    title,
    data,
    style: options.style,
    tooltip: options.tooltip,
    associatedInputs: options.withInputs === true ? 'auto' : 'none',
  });
}

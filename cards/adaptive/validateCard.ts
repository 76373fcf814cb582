import { createRequire } from 'node:module';
import type * as AdaptiveCardsLibrary from 'adaptivecards';

/*
 * The package's ES build (lib/) imports its own files without extensions, which Node's ES module
 * loader cannot resolve, so we load its self-contained UMD bundle (dist/) as CommonJS instead.
 * No DOM shim is needed: importing the bundle and parsing only test `typeof window` and never touch
 * `document`; the DOM is used when a card is rendered to HTML, which we never do on the server.
 */
const { AdaptiveCard, GlobalRegistry, SerializationContext, ValidationEvent, Versions } = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCardsLibrary;

/** Keys the library reads outside its property schemas (children, fallbacks, the schema URL). */
const STRUCTURAL_KEYS = new Set(['$schema', 'body', 'actions', 'items', 'columns', 'card', 'fallback']);

type Json = Record<string, unknown>;

/**
 * Everything the adaptivecards library finds wrong with a card for version 1.5, as readable strings
 * (empty when the card is clean): parse events, property validation, and also what a host would
 * silently ignore — properties the library does not know for that element (usually a typo) and
 * problems in the Action.Submit fallbacks that clients without Universal Actions will show instead.
 */
export function adaptiveCardProblems(cardJson: unknown): string[] {
  // The library silently accepts anything else, even {}.
  if (!isObject(cardJson) || cardJson.type !== 'AdaptiveCard') return ['NotACard: a card is a JSON object of type "AdaptiveCard"'];
  const problems = [...libraryProblems(cardJson), ...unknownPropertyProblems(cardJson, 'card')];
  if (containsFallback(cardJson)) {
    problems.push(...libraryProblems(withFallbacksApplied(cardJson)).map((problem) => `in the fallback card: ${problem}`));
  }
  return problems;
}

function libraryProblems(cardJson: unknown): string[] {
  const card = new AdaptiveCard();
  const context = new SerializationContext(Versions.v1_5);
  card.parse(cardJson, context);
  const problems: string[] = [];
  for (let index = 0; index < context.eventCount; index++) {
    const event = context.getEventAt(index);
    problems.push(`${ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    problems.push(`${ValidationEvent[event.event]}: ${event.message}`);
  }
  return problems;
}

function unknownPropertyProblems(node: unknown, path: string): string[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => unknownPropertyProblems(item, `${path}[${index}]`));
  if (!isObject(node)) return [];
  const known = knownProperties(node, path === 'card');
  const own =
    known === undefined
      ? []
      : Object.keys(node)
          .filter((key) => !known.has(key) && !STRUCTURAL_KEYS.has(key))
          .map((key) => `UnknownProperty: "${key}" is not a property of ${String(node.type)} (at ${path})`);
  const children = Object.entries(node).filter(([key]) => key !== 'data'); // an action's data is ours, not the card's
  return [...own, ...children.flatMap(([key, value]) => unknownPropertyProblems(value, `${path}.${key}`))];
}

/** Property names of a typed element or action per the library's schema; undefined for untyped objects. */
function knownProperties(node: Json, isRoot: boolean): Set<string> | undefined {
  if (typeof node.type !== 'string') return undefined;
  const instance = isRoot ? new AdaptiveCard() : (GlobalRegistry.elements.createInstance(node.type, Versions.v1_5) ?? GlobalRegistry.actions.createInstance(node.type, Versions.v1_5));
  if (instance === undefined) return undefined; // an unknown type is already a parse event
  const schema = instance.getSchema();
  const names = new Set<string>();
  for (let index = 0; index < schema.getCount(); index++) names.add(schema.getItemAt(index).name);
  return names;
}

function containsFallback(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(containsFallback);
  if (!isObject(node)) return false;
  return isObject(node.fallback) || Object.values(node).some(containsFallback);
}

/** The card as a client that cannot use an element or action sees it: each one replaced by its fallback. */
function withFallbacksApplied(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withFallbacksApplied);
  if (!isObject(node)) return node;
  if (isObject(node.fallback)) return withFallbacksApplied(node.fallback);
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withFallbacksApplied(value)]));
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { z } from 'zod';
import type { Fact } from '../../cards/adaptive/cardElements.ts';
import { formatLongDate, isIsoDate } from '../../knowledge/calendar/isoDate.ts';
import { formatLondonTime, londonDate } from '../../knowledge/calendar/london.ts';
import { isRecordType, RECORD_SCHEMAS } from '../../knowledge/records/recordSchema.ts';

type SchemaNode = {
  title?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
};

/** Bookkeeping every record carries, shown elsewhere on the card or of no use to the reader. */
const HIDDEN_KEYS = new Set(['type', 'schemaVersion', 'boardId']);

const schemas = new Map<string, SchemaNode>();

function schemaOf(recordType: string): SchemaNode {
  let schema = schemas.get(recordType);
  if (!schema) {
    schema = isRecordType(recordType) ? (z.toJSONSchema(RECORD_SCHEMAS[recordType], { io: 'input', unrepresentable: 'any' }) as SchemaNode) : {};
    schemas.set(recordType, schema);
  }
  return schema;
}

/** The schema of a property, looked up through unions (a known or unknown child, for example). */
function propertySchema(node: SchemaNode | undefined, key: string): SchemaNode | undefined {
  if (!node) return undefined;
  const own = node.properties?.[key];
  if (own) return own;
  for (const branch of [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])]) {
    const found = propertySchema(branch, key);
    if (found) return found;
  }
  return undefined;
}

function itemsSchema(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node) return undefined;
  return node.items ?? [...(node.anyOf ?? []), ...(node.oneOf ?? [])].map(itemsSchema).find(Boolean);
}

/** 'dateOfBirth' → 'Date of birth', for fields without a title. */
function labelOf(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function displayOf(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' && isIsoDate(value)) return formatLongDate(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))) {
    const instant = new Date(value);
    return `${formatLondonTime(instant)} on ${formatLongDate(londonDate(instant))}`;
  }
  return String(value);
}

function collect(value: unknown, node: SchemaNode | undefined, label: string, facts: Fact[]): void {
  if (value === undefined || value === null || value === '') return;
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item !== 'object' || item === null)) {
      if (value.length > 0) facts.push({ label, value: value.map(displayOf).join(', ') });
      return;
    }
    value.forEach((item, index) => collect(item, itemsSchema(node), `${label} ${index + 1}`, facts));
    return;
  }
  if (typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (label === '' && HIDDEN_KEYS.has(key)) continue;
      const childNode = propertySchema(node, key);
      const childLabel = childNode?.title ?? labelOf(key);
      collect(child, childNode, label === '' ? childLabel : `${label} › ${childLabel}`, facts);
    }
    return;
  }
  facts.push({ label, value: displayOf(value) });
}

/**
 * A stored record as facts to read, labelled with its schema's field titles ("The adult the allegation is about ›
 * Full name"). Case detail: only for the record view in a one-to-one chat with an authorised person.
 */
export function recordFacts(recordType: string, payload: unknown): Fact[] {
  const facts: Fact[] = [];
  collect(payload, schemaOf(recordType), '', facts);
  return facts;
}

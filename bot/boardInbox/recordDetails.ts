import { z } from 'zod';
import type { Fact } from '../../cards/adaptive/cardElements.ts';
import { formatLongDate, isIsoDate } from '../../knowledge/calendar/isoDate.ts';
import { formatLondonTime, londonDate } from '../../knowledge/calendar/london.ts';
import { isRecordType, RECORD_SCHEMAS } from '../../knowledge/records/recordSchema.ts';
import { codeInWords } from './recordWords.ts';

type SchemaNode = {
  title?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
};

/** A part of a record as it is read: the form's section, or one entry of a repeated one ("Child 2 of 2"). */
export interface RecordSection {
  title: string;
  facts: Fact[];
}

/** Bookkeeping every record carries, shown elsewhere on the card or of no use to the reader. */
const HIDDEN_KEYS = new Set(['type', 'schemaVersion', 'boardId']);
const HEADER_TITLE = 'About this record';

const schemas = new Map<string, SchemaNode>();

function schemaOf(recordType: string): SchemaNode {
  let schema = schemas.get(recordType);
  if (!schema) {
    schema = isRecordType(recordType) ? (z.toJSONSchema(RECORD_SCHEMAS[recordType], { io: 'input', unrepresentable: 'any' }) as SchemaNode) : {};
    schemas.set(recordType, schema);
  }
  return schema;
}

function branchesOf(node: SchemaNode): SchemaNode[] {
  return [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])];
}

/** The schema of a property, looked up through unions (a known or unknown child, for example). */
function propertySchema(node: SchemaNode | undefined, key: string): SchemaNode | undefined {
  if (!node) return undefined;
  return (
    node.properties?.[key] ??
    branchesOf(node)
      .map((branch) => propertySchema(branch, key))
      .find(Boolean)
  );
}

/** The property names in the schema's order (the form's order), through unions. */
function propertyOrder(node: SchemaNode | undefined): string[] {
  if (!node) return [];
  return [...new Set([...Object.keys(node.properties ?? {}), ...branchesOf(node).flatMap(propertyOrder)])];
}

function itemsSchema(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node) return undefined;
  return node.items ?? branchesOf(node).map(itemsSchema).find(Boolean);
}

function isCode(node: SchemaNode | undefined): boolean {
  return node !== undefined && (node.enum !== undefined || node.const !== undefined || branchesOf(node).some(isCode));
}

/** 'dateOfBirth' → 'Date of birth', for fields without a title. */
function labelOf(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function displayOf(key: string, value: unknown, node: SchemaNode | undefined): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value !== 'string') return String(value);
  if (isCode(node)) return codeInWords(key, value);
  if (isIsoDate(value)) return formatLongDate(value);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))) {
    const instant = new Date(value);
    return `${formatLondonTime(instant)} on ${formatLongDate(londonDate(instant))}`;
  }
  return value;
}

/** An object's entries in the schema's order, then any the schema does not name; empty ones left out. */
function entriesOf(value: Record<string, unknown>, node: SchemaNode | undefined): Array<[string, unknown, SchemaNode | undefined]> {
  const keys = [...new Set([...propertyOrder(node).filter((key) => Object.hasOwn(value, key)), ...Object.keys(value)])];
  return keys.filter((key) => !isEmpty(value[key])).map((key) => [key, value[key], propertySchema(node, key)]);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The facts of one section: nested groups labelled "Case manager › Name", lists of words joined. */
function factsOf(value: Record<string, unknown>, node: SchemaNode | undefined, prefix = ''): Fact[] {
  return entriesOf(value, node).flatMap(([key, child, childNode]) => {
    const label = `${prefix}${childNode?.title ?? labelOf(key)}`;
    if (isObject(child)) return factsOf(child, childNode, `${label} › `);
    if (Array.isArray(child)) {
      if (child.every(isObject)) return child.flatMap((item, index) => factsOf(item, itemsSchema(childNode), `${label} ${index + 1} › `));
      return [{ label, value: child.map((item) => displayOf(key, item, itemsSchema(childNode))).join(', ') }];
    }
    return [{ label, value: displayOf(key, child, childNode) }];
  });
}

/**
 * A stored record as it is read: the record schema's sections in the form's order, each with its field titles and
 * the values in words; a repeated section (children, adults) entry by entry; nothing that was not entered. Case
 * detail: only for the record view in a one-to-one chat with an authorised person.
 */
export function recordSections(recordType: string, payload: unknown): RecordSection[] {
  if (!isObject(payload)) return [];
  const schema = schemaOf(recordType);
  const header: Fact[] = [];
  const sections: RecordSection[] = [];
  for (const [key, value, node] of entriesOf(payload, schema)) {
    if (HIDDEN_KEYS.has(key)) continue;
    const title = node?.title ?? labelOf(key);
    if (isObject(value)) {
      sections.push({ title, facts: factsOf(value, node) });
    } else if (Array.isArray(value) && value.every(isObject)) {
      const itemNode = itemsSchema(node);
      const itemTitle = itemNode?.title ?? title;
      value.forEach((item, index) => sections.push({ title: `${itemTitle} ${index + 1} of ${value.length}`, facts: factsOf(item, itemNode) }));
    } else {
      header.push(...factsOf({ [key]: value }, { properties: { [key]: node ?? {} } }));
    }
  }
  const filled = sections.filter((section) => section.facts.length > 0);
  return header.length === 0 ? filled : [{ title: HEADER_TITLE, facts: header }, ...filled];
}

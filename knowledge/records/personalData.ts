import { z } from 'zod';
import type { RecordType, SafeguardingRecord } from './recordSchema.ts';
import { RECORD_SCHEMAS, RECORD_TYPES } from './recordSchema.ts';

/**
 * Where each record type holds personal data, as paths like `children[].fullName`, read from the
 * `personalData: true` marks on its schema's fields. Logs and alerts redact these; tests scan for them.
 */

type JsonSchemaNode = {
  personalData?: boolean;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  oneOf?: JsonSchemaNode[];
  anyOf?: JsonSchemaNode[];
  allOf?: JsonSchemaNode[];
};

function collectPaths(node: JsonSchemaNode, path: string, into: Set<string>): void {
  if (node.personalData === true) {
    into.add(path);
    return;
  }
  for (const [key, child] of Object.entries(node.properties ?? {})) collectPaths(child, path ? `${path}.${key}` : key, into);
  if (node.items) collectPaths(node.items, `${path}[]`, into);
  for (const branch of [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])]) {
    collectPaths(branch, path, into);
  }
}

function pathsOf(type: RecordType): readonly string[] {
  const paths = new Set<string>();
  collectPaths(z.toJSONSchema(RECORD_SCHEMAS[type], { io: 'input' }) as JsonSchemaNode, '', paths);
  return [...paths];
}

export const personalDataPaths: Readonly<Record<RecordType, readonly string[]>> = Object.fromEntries(RECORD_TYPES.map((type) => [type, pathsOf(type)])) as Record<RecordType, readonly string[]>;

/** `children[].fullName` → ['children', '[]', 'fullName'] */
function segmentsOf(path: string): string[] {
  return path.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part]));
}

function visit(value: unknown, segments: readonly string[], onLeaf: (holder: Record<string, unknown>, key: string) => void): void {
  const [head, ...rest] = segments;
  if (head === undefined || value === null || typeof value !== 'object') return;
  if (head === '[]') {
    if (Array.isArray(value)) value.forEach((item) => visit(item, rest, onLeaf));
    return;
  }
  const holder = value as Record<string, unknown>;
  if (!(head in holder)) return;
  if (rest.length === 0) onLeaf(holder, head);
  else visit(holder[head], rest, onLeaf);
}

/** The values found at a path such as `children[].fullName`: one per list entry, none where the field is empty. */
export function valuesAt(record: unknown, path: string): unknown[] {
  const values: unknown[] = [];
  visit(record, segmentsOf(path), (holder, key) => {
    if (holder[key] !== undefined && holder[key] !== null) values.push(holder[key]);
  });
  return values;
}

export const REDACTED = '[redacted]';

/** A copy of the record with every personal-data field replaced by "[redacted]". */
export function redactPersonalData<T extends SafeguardingRecord>(record: T): T {
  const copy = structuredClone(record);
  for (const path of personalDataPaths[record.type]) {
    visit(copy, segmentsOf(path), (holder, key) => {
      holder[key] = REDACTED;
    });
  }
  return copy;
}

/** The personal-data values in a record, as text, for scanning logs and messages for leaks. */
export function personalDataValues(record: SafeguardingRecord): string[] {
  return personalDataPaths[record.type].flatMap((path) => valuesAt(record, path).map(String));
}

import { z } from 'zod';
import type { Choice, FieldKind, FieldSpec, SectionSpec } from './formSpec.ts';

export type FieldOverride = Partial<Omit<FieldSpec, 'id'>>;

export type SectionOverrides<Shape> = {
  intro?: string;
  warnings?: string[];
  appliesWhen?: SectionSpec['appliesWhen'];
  /** Per field: what the schema cannot say, e.g. { phone: { kind: 'phone' } } or friendlier choice titles. */
  fields?: { [FieldId in keyof Shape]?: FieldOverride };
};

/** Strings allowed to be longer than this are asked for in a multi-line box. */
const MULTILINE_FROM_LENGTH = 200;
const PHONE_FIELD_ID = /phone/i;

/**
 * Derives a section's fields from a record schema whose properties carry `.meta({ title, description })`,
 * so a form is declared once: title → label, description → help, optional → not required, z.enum →
 * choice, z.array(z.enum) → multiChoice, z.boolean (or z.literal(true)) → toggle, z.iso.date/time/datetime →
 * date/time/datetime, z.email → email, z.e164 (or a string field whose id mentions "phone") → phone,
 * z.number → number, string max length → maxLength (over 200: multiline).
 * Throws, naming the field, when a property has no input it can be asked with and no `kind` override.
 */
export function sectionFromSchema<Schema extends z.ZodObject>(id: string, title: string, schema: Schema, overrides: SectionOverrides<Schema['shape']> = {}): SectionSpec<Schema> {
  const fieldOverrides: Record<string, FieldOverride | undefined> = overrides.fields ?? {};
  const fields = Object.entries(schema.shape).map(([fieldId, fieldSchema]) => fieldFromSchema(fieldId, fieldSchema, fieldOverrides[fieldId] ?? {}));
  return {
    id,
    title,
    ...(overrides.intro !== undefined && { intro: overrides.intro }),
    ...(overrides.warnings !== undefined && { warnings: overrides.warnings }),
    ...(overrides.appliesWhen !== undefined && { appliesWhen: overrides.appliesWhen }),
    fields,
    schema,
  };
}

type DerivedInput = { kind: FieldKind; choices?: Choice[]; maxLength?: number };

function fieldFromSchema(id: string, schema: z.ZodType, override: FieldOverride): FieldSpec {
  const derived = derivedInput(id, innermost(schema));
  const kind = override.kind ?? derived?.kind;
  if (kind === undefined) throw new Error(`Field "${id}": no input matches its schema; give a kind override`);
  const { title, description } = metadata(schema);
  const field: FieldSpec = {
    id,
    label: title ?? humanise(id),
    kind,
    required: isRequired(schema, kind),
    ...(description !== undefined && { help: description }),
    ...(derived?.maxLength !== undefined && { maxLength: derived.maxLength }),
    ...(derived?.choices !== undefined && { choices: derived.choices }),
  };
  return { ...field, ...override };
}

/** A toggle is required when it must be switched on; anything else when it cannot be left empty. */
function isRequired(schema: z.ZodType, kind: FieldKind): boolean {
  if (kind === 'toggle') return !schema.safeParse(false).success;
  return !schema.safeParse(undefined).success && !schema.safeParse(null).success;
}

function derivedInput(fieldId: string, schema: z.ZodType): DerivedInput | undefined {
  if (schema instanceof z.ZodBoolean) return { kind: 'toggle' };
  if (schema instanceof z.ZodLiteral && schema.values.has(true)) return { kind: 'toggle' };
  if (schema instanceof z.ZodNumber) return { kind: 'number' };
  if (schema instanceof z.ZodEnum) return { kind: 'choice', choices: choicesOf(schema) };
  if (schema instanceof z.ZodArray) {
    const element = innermost(schema.element as z.ZodType);
    return element instanceof z.ZodEnum ? { kind: 'multiChoice', choices: choicesOf(element) } : undefined;
  }
  if (schema instanceof z.ZodStringFormat) return withMaxLength(formatKind(schema.format ?? ''), schema.maxLength);
  if (schema instanceof z.ZodString) return withMaxLength(plainStringKind(fieldId, schema.maxLength), schema.maxLength);
  return undefined;
}

/** Long bounded text gets a multi-line box; a field named like a phone number gets a phone input. */
function plainStringKind(fieldId: string, maxLength: number | null): FieldKind {
  if ((maxLength ?? 0) > MULTILINE_FROM_LENGTH) return 'multiline';
  return PHONE_FIELD_ID.test(fieldId) ? 'phone' : 'text';
}

function formatKind(format: string): FieldKind {
  switch (format) {
    case 'email':
      return 'email';
    case 'e164':
      return 'phone';
    case 'date':
      return 'date';
    case 'time':
      return 'time';
    case 'datetime':
      return 'datetime';
    default:
      return 'text';
  }
}

function withMaxLength(kind: FieldKind, maxLength: number | null): DerivedInput {
  return maxLength === null ? { kind } : { kind, maxLength };
}

function choicesOf(schema: z.ZodEnum): Choice[] {
  return schema.options.map((option) => ({ value: String(option), title: humanise(String(option)) }));
}

/** The schema under optional / nullable / default / readonly wrappers and the input side of pipes. */
function innermost(schema: z.ZodType): z.ZodType {
  const inner = wrapped(schema);
  return inner === undefined ? schema : innermost(inner);
}

function wrapped(schema: z.ZodType): z.ZodType | undefined {
  const definition = schema.def;
  if (definition.type === 'pipe') return (definition as z.core.$ZodPipeDef).in as z.ZodType;
  if ('innerType' in definition) return definition.innerType as z.ZodType;
  return undefined;
}

/** Title and description, wherever they were attached: the outermost wins. */
function metadata(schema: z.ZodType): { title?: string; description?: string } {
  const inner = wrapped(schema);
  const fromInner = inner === undefined ? {} : metadata(inner);
  const meta = schema.meta() ?? {};
  const title = typeof meta.title === 'string' ? meta.title : fromInner.title;
  const description = schema.description ?? fromInner.description;
  return {
    ...(title !== undefined && { title }),
    ...(description !== undefined && { description }),
  };
}

/** 'agencyStaff', 'agency_staff' or 'agency-staff' → 'Agency staff'. */
export function humanise(identifier: string): string {
  const words = identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

import { personalDataPaths, valuesAt } from './personalData.ts';
import { isRecordType, RECORD_TYPES, type RecordType } from './recordSchema.ts';

/** The personal-data fields that hold a person's name: a child's full name, the adult's name and known-as, a contact's name. */
const NAME_KEYS = new Set(['name', 'fullName', 'knownAs']);

function isNamePath(path: string): boolean {
  return NAME_KEYS.has(path.slice(path.lastIndexOf('.') + 1));
}

export const personNamePaths: Readonly<Record<RecordType, readonly string[]>> = Object.fromEntries(
  RECORD_TYPES.map((type): [RecordType, readonly string[]] => [type, personalDataPaths[type].filter(isNamePath)]),
) as Record<RecordType, readonly string[]>;

/** 'José  O’Brien' and 'jose o'brien' read the same: no accents, one case, one kind of apostrophe, single spaces. */
export function normalisedName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02BC`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .toLocaleLowerCase('en-GB')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where a record names a person: the path of the field and the name as recorded. */
export interface NamedPerson {
  path: string;
  name: string;
}

export function peopleNamedIn(recordType: string, payload: unknown): NamedPerson[] {
  if (!isRecordType(recordType)) return [];
  return personNamePaths[recordType].flatMap((path) =>
    valuesAt(payload, path)
      .filter((value): value is string => typeof value === 'string')
      .map((name) => ({ path, name })),
  );
}

/** The fields naming exactly this person: the whole name must match, so 'Ann Smith' never finds 'Anne Smith' or 'Ann Smithson'. */
export function fieldsNaming(search: string, recordType: string, payload: unknown): NamedPerson[] {
  const wanted = normalisedName(search);
  return peopleNamedIn(recordType, payload).filter((person) => normalisedName(person.name) === wanted);
}

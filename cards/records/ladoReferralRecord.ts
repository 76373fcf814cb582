import type { z } from 'zod';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { ladoReferralSchema, type LadoHarmTestLimb, type LadoReferral } from '../../knowledge/lado/index.ts';
import type { SectionValues } from '../forms/formSpec.ts';
import { validatedRecord, type RecordResult } from './recordResult.ts';
import { childRecordOf, LADO_REFERRAL_SECTIONS as SECTION } from '../lado/index.ts';

/** What the flow settles before the form: the gate and the start of the clock. */
export type LadoReferralFacts = {
  boardId: string;
  edition: EditionId;
  allegationKnownAt: string;
  harmTestLimbs: LadoHarmTestLimb[];
  immediateDanger: boolean;
  childReferralAlsoNeeded: boolean;
  /** When the referrer, not sure the child was safe, was shown what to do first (999, the LADO, the emergency duty team). */
  immediateActionsShownAt?: string;
};

/**
 * The referral record from the answered sections, validated with the record schema. Problems name the
 * section and field, never the values entered.
 */
export function buildLadoReferral(facts: LadoReferralFacts, values: Record<string, SectionValues | SectionValues[] | undefined>, declaredAt: string): RecordResult<LadoReferral> {
  const referrer = single(values[SECTION.referrer]);
  const { caseManagerName, caseManagerRole, caseManagerPhone, caseManagerEmail, ...contact } = referrer;
  const caseManager =
    caseManagerName === undefined
      ? {}
      : { caseManager: { name: caseManagerName, role: caseManagerRole, phone: caseManagerPhone, email: caseManagerEmail, organisation: contact.organisation, agencyType: contact.agencyType } };
  const candidate: z.input<typeof ladoReferralSchema> = {
    type: 'lado_referral',
    schemaVersion: 1,
    boardId: facts.boardId,
    edition: facts.edition,
    allegationKnownAt: facts.allegationKnownAt,
    gate: { harmTestLimbs: facts.harmTestLimbs, immediateDanger: facts.immediateDanger, childReferralAlsoNeeded: facts.childReferralAlsoNeeded },
    referrer: { ...contact, ...caseManager } as z.input<typeof ladoReferralSchema>['referrer'],
    subject: single(values[SECTION.subject]) as z.input<typeof ladoReferralSchema>['subject'],
    children: list(values[SECTION.child]).map(childRecordOf),
    allegation: single(values[SECTION.allegation]) as z.input<typeof ladoReferralSchema>['allegation'],
    actionsTaken: {
      ...single(values[SECTION.actionsTaken]),
      ...(facts.immediateActionsShownAt === undefined ? {} : { immediateActionsShownAt: facts.immediateActionsShownAt }),
    } as z.input<typeof ladoReferralSchema>['actionsTaken'],
    declaration: { ...single(values[SECTION.declaration]), declaredAt } as z.input<typeof ladoReferralSchema>['declaration'],
  };
  return validatedRecord(ladoReferralSchema, candidate);
}

function single(values: SectionValues | SectionValues[] | undefined): SectionValues {
  if (values === undefined) return {};
  return Array.isArray(values) ? (values[0] ?? {}) : values;
}

function list(values: SectionValues | SectionValues[] | undefined): SectionValues[] {
  if (values === undefined) return [];
  return Array.isArray(values) ? values : [values];
}

/**
 * What a referral about another adult may start from, read back from the one just sent: the gate and the clock, and,
 * as the form's sections hold them, the referrer, the children, the allegation and the actions taken. Never the adult.
 */
export function carriedForward(record: LadoReferral): { facts: LadoReferralFacts; values: Record<string, SectionValues | SectionValues[]> } {
  const { caseManager, ...contact } = record.referrer;
  const referrer: SectionValues =
    caseManager === undefined
      ? contact
      : { ...contact, caseManagerName: caseManager.name, caseManagerRole: caseManager.role, caseManagerPhone: caseManager.phone, caseManagerEmail: caseManager.email };
  return {
    facts: {
      boardId: record.boardId,
      edition: record.edition,
      allegationKnownAt: record.allegationKnownAt,
      harmTestLimbs: record.gate.harmTestLimbs,
      immediateDanger: record.gate.immediateDanger,
      childReferralAlsoNeeded: record.gate.childReferralAlsoNeeded,
    },
    values: {
      [SECTION.referrer]: referrer,
      [SECTION.child]: record.children.map((child): SectionValues => ({ ...child })),
      [SECTION.allegation]: { ...record.allegation },
      [SECTION.actionsTaken]: { ...record.actionsTaken },
    },
  };
}

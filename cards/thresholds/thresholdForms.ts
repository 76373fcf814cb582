import { z } from 'zod';
import { AGE_BANDS, THRESHOLD_RISK_FACTORS } from '../../knowledge/records/thresholdConsultation.ts';
import { AGENCY_TYPES } from '../../knowledge/records/fields.ts';
import type { AssessmentDomain, ThresholdDocument } from '../../knowledge/thresholds/thresholdDocument.ts';
import { defineForm, type Choice, type FormSpec } from '../forms/formSpec.ts';

/**
 * The threshold walk's cards, built from the board's own threshold document: a board with other
 * levels, domains or indicators gets other questions without a code change.
 */

export const AGE_BAND_TITLES: Record<(typeof AGE_BANDS)[number], string> = {
  unborn: 'Unborn',
  under1: 'Under 1',
  '1to4': '1 to 4',
  '5to10': '5 to 10',
  '11to15': '11 to 15',
  '16to17': '16 or 17',
};

export const AGENCY_TITLES: Record<(typeof AGENCY_TYPES)[number], string> = {
  school: 'School',
  college: 'College',
  earlyYears: 'Early years',
  health: 'Health',
  police: 'Police',
  childrensSocialCare: "Children's social care",
  adultServices: 'Adult services',
  probationOrYouthJustice: 'Probation or youth justice',
  housing: 'Housing',
  voluntaryOrCommunity: 'Voluntary or community',
  faithOrSport: 'Faith or sport',
  other: 'Other',
};

export const RISK_FACTOR_TITLES: Record<(typeof THRESHOLD_RISK_FACTORS)[number], string> = {
  domesticAbuse: 'Domestic abuse',
  parentalSubstanceMisuse: "A carer's alcohol or drug misuse",
  parentalMentalIllHealth: "A carer's mental ill health",
  parentalLearningDisability: "A carer's learning disability",
};

const titled = <Value extends string>(titles: Record<Value, string>): Choice[] => Object.entries<string>(titles).map(([value, title]) => ({ value, title }));

/** An enum over ids that may be empty, as a zod enum needs at least one value. */
const idsOf = (ids: readonly string[]) => z.array(z.enum(ids as [string, ...string[]]));

export function redFlagsForm(document: ThresholdDocument): FormSpec {
  return defineForm({
    id: 'threshold-red-flags',
    title: 'Is the child in immediate danger?',
    recordType: 'threshold_consultation',
    sections: [
      {
        id: 'redFlags',
        title: 'Immediate danger first',
        intro: 'Tick anything that is happening now. If none of these apply, press Continue.',
        fields: [
          {
            id: 'redFlags',
            label: 'Red flags',
            kind: 'multiChoice',
            required: false,
            style: 'expanded',
            choices: document.redFlags.map((flag) => ({ value: flag.id, title: flag.text })),
          },
        ],
        schema: z.strictObject({ redFlags: idsOf(document.redFlags.map((flag) => flag.id)).default([]) }),
      },
    ],
  });
}

export function aboutForm(): FormSpec {
  return defineForm({
    id: 'threshold-about',
    title: 'About you and the child',
    recordType: 'threshold_consultation',
    sections: [
      {
        id: 'about',
        title: 'About you and the child',
        intro: "No names are needed: this check keeps the child's details out of the record.",
        fields: [
          { id: 'agencyType', label: 'Where you work', kind: 'choice', required: true, style: 'compact', choices: titled(AGENCY_TITLES) },
          { id: 'ageBand', label: "The child's age", kind: 'choice', required: true, style: 'compact', choices: titled(AGE_BAND_TITLES) },
        ],
        schema: z.strictObject({ agencyType: z.enum(AGENCY_TYPES), ageBand: z.enum(AGE_BANDS) }),
      },
    ],
  });
}

/** One card per Assessment Framework domain: the document's indicators of every level, and "not sure". */
export function domainForm(document: ThresholdDocument, domain: AssessmentDomain, step: { index: number; count: number }): FormSpec {
  const levelOrder = new Map(document.levels.map((level) => [level.id, level.order]));
  const indicators = document.indicators.filter((indicator) => indicator.domain === domain.id).sort((a, b) => (levelOrder.get(a.level) ?? 0) - (levelOrder.get(b.level) ?? 0));
  return defineForm({
    id: `threshold-domain-${domain.id}`,
    title: `${domain.title} (${step.index} of ${step.count})`,
    recordType: 'threshold_consultation',
    sections: [
      {
        id: 'domain',
        title: `${domain.title} (${step.index} of ${step.count})`,
        intro: `Tick what you have seen or been told${domain.covers.length > 0 ? ` about ${domain.covers.join(', ')}` : ''}. Leave it empty if nothing here applies.`,
        fields: [
          {
            id: 'indicators',
            label: 'What applies',
            kind: 'multiChoice',
            required: false,
            style: 'expanded',
            choices: indicators.map((indicator) => ({ value: indicator.id, title: indicator.text })),
          },
          { id: 'notSure', label: "I'm not sure about this area", kind: 'toggle', required: false },
        ],
        schema: z.strictObject({
          indicators: idsOf(indicators.map((indicator) => indicator.id)).default([]),
          notSure: z.boolean().default(false),
        }),
      },
    ],
  });
}

export function childVoiceForm(): FormSpec {
  return defineForm({
    id: 'threshold-voice',
    title: "The child's voice",
    recordType: 'threshold_consultation',
    sections: [
      {
        id: 'voice',
        title: "The child's voice and the family",
        intro: 'What does the child say, or show, about what is happening and what they want? Use their words where you can.',
        fields: [
          { id: 'childVoice', label: 'What the child says or shows', kind: 'multiline', required: false, maxLength: 2000 },
          { id: 'keepChildVoice', label: 'Keep these words in the record', kind: 'toggle', required: false },
          { id: 'riskFactors', label: 'Anything of these in the family?', kind: 'multiChoice', required: false, style: 'expanded', choices: titled(RISK_FACTOR_TITLES) },
        ],
        schema: z.strictObject({
          childVoice: z.string().trim().max(2000).optional(),
          keepChildVoice: z.boolean().default(false),
          riskFactors: z.array(z.enum(THRESHOLD_RISK_FACTORS)).default([]),
        }),
      },
    ],
  });
}

/** Professional judgement: another level of the document, with the reason. */
export function overrideForm(document: ThresholdDocument, suggestedLevelId: string): FormSpec {
  const others = document.levels.filter((level) => level.id !== suggestedLevelId);
  return defineForm({
    id: 'threshold-override',
    title: 'Your judgement',
    recordType: 'threshold_consultation',
    sections: [
      {
        id: 'override',
        title: 'Choose a different level',
        intro: 'Your professional judgement counts. The record keeps both the suggested level and yours.',
        fields: [
          { id: 'practitionerLevel', label: 'The level you judge right', kind: 'choice', required: true, style: 'expanded', choices: others.map((level) => ({ value: level.id, title: level.name })) },
          { id: 'overrideReason', label: 'Why', kind: 'multiline', required: true, maxLength: 2000 },
        ],
        schema: z.strictObject({
          practitionerLevel: z.enum(others.map((level) => level.id) as [string, ...string[]]),
          overrideReason: z.string().trim().min(1).max(2000),
        }),
      },
    ],
  });
}

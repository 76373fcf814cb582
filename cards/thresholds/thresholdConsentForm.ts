import { z } from 'zod';
import { thresholdOutcomeSection } from '../../knowledge/records/thresholdConsultation.ts';
import { CONSENT_PRINCIPLES } from '../../knowledge/thresholds/informationSharingAdvice.ts';
import type { ConsentRule, ThresholdLevel } from '../../knowledge/thresholds/thresholdDocument.ts';
import { defineForm, type FormSpec } from '../forms/formSpec.ts';
import { sectionFromSchema } from '../forms/sectionFromSchema.ts';

const { consent, consentNotSoughtReason } = thresholdOutcomeSection.shape;

/** Asked only where the level's consent rule needs consent, so 'notRequired' is never offered. */
const consentAnswerSchema = z
  .strictObject({
    consent: consent.unwrap().exclude(['notRequired']).meta({ title: 'Consent' }),
    consentNotSoughtReason: consentNotSoughtReason.meta({
      title: 'Why consent was not sought',
      description: 'Needed only if you have not asked. If asking would put the child at risk, or the concern is about a parent, say so.',
    }),
  })
  // The record's own rule (a reason when consent was not sought), so the card and the record never disagree.
  .superRefine((answer, context) => {
    const checked = thresholdOutcomeSection.safeParse({ nextStep: 'discussWithSafeguardingLead', ...answer });
    if (!checked.success) for (const issue of checked.error.issues) context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

/** The consent the level asks for, in the words of the board's own rule and of the government's information-sharing advice. */
export function consentForm(level: ThresholdLevel, rule: ConsentRule): FormSpec {
  return defineForm({
    id: 'threshold-consent',
    title: 'Consent',
    recordType: 'threshold_consultation',
    sections: [
      sectionFromSchema('consent', `Consent for ${level.name}`, consentAnswerSchema, {
        intro: [rule.text, ...CONSENT_PRINCIPLES].join('\n\n'),
        fields: {
          consent: {
            style: 'expanded',
            choices: [
              { value: 'given', title: 'Consent given' },
              { value: 'refused', title: 'Consent refused' },
              { value: 'notSought', title: 'Not sought (yet)' },
            ],
          },
          consentNotSoughtReason: { kind: 'multiline' },
        },
      }),
    ],
  });
}

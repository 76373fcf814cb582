import { z } from 'zod';
import type { LadoHarmTest } from '../../knowledge/lado/ladoHarmTest.ts';
import { NONE_MET, NOT_SURE, type HarmTestAnswer } from '../../knowledge/lado/harmTestRouting.ts';
import { ladoReferralSchema } from '../../knowledge/lado/ladoReferral.ts';
import { defineForm, type FormSpec } from '../forms/formSpec.ts';
import { HARM_TEST_EXAMPLES } from '../../knowledge/lado/ladoGuidance.ts';
import { sectionFromSchema } from '../forms/sectionFromSchema.ts';

/** The questions before the LADO form: the harm test, and when the allegation came to light. */

export const LADO_GATE_FORM_ID = 'ladoGate';
export const LADO_KNOWN_AT_FORM_ID = 'ladoKnownAt';

/** The harm test as a card, with the limbs of the test for the referral's date (three or four) plus "not sure" and "none". */
export function ladoGateForm(test: LadoHarmTest): FormSpec {
  const answers: [HarmTestAnswer, ...HarmTestAnswer[]] = [NOT_SURE, NONE_MET, ...test.limbs.map((limb) => limb.id)];
  const schema = z.strictObject({
    harmTest: z
      .array(z.enum(answers))
      .min(1)
      .refine((chosen) => chosen.length === 1 || (!chosen.includes(NOT_SURE) && !chosen.includes(NONE_MET)), {
        error: 'choose parts of the test, or "not sure", or "none of these", but not a mix',
      })
      .meta({ title: 'Has the person…', description: 'Choose every part that applies. Any one is enough for a referral.' }),
    childReferralAlsoNeeded: z.boolean().meta({ title: 'A child also needs a referral to children’s social care' }),
  });
  const limbChoices = test.limbs.map((limb) => ({
    value: limb.id,
    title: `${capitalise(limb.text)} (${HARM_TEST_EXAMPLES[limb.number]})`,
  }));
  return defineForm({
    id: LADO_GATE_FORM_ID,
    title: 'Allegation about someone who works with children',
    recordType: 'lado_referral',
    sections: [
      sectionFromSchema('harmTest', 'The harm test', schema, {
        intro: 'Think about what the person did or may have done, not about whether you can prove it.',
        fields: {
          harmTest: {
            style: 'expanded',
            choices: [...limbChoices, { value: NOT_SURE, title: 'I am not sure' }, { value: NONE_MET, title: 'None of these' }],
          },
        },
      }),
    ],
  });
}

const MINUTES_OF_CLOCK_SKEW = 5;

/** When the allegation came to the organisation's attention: it starts the clock, so it cannot be in the future. */
export function ladoKnownAtForm(now: Date): FormSpec {
  const latest = new Date(now.getTime() + MINUTES_OF_CLOCK_SKEW * 60_000);
  const schema = z.strictObject({
    allegationKnownAt: ladoReferralSchema.shape.allegationKnownAt.refine((value) => new Date(value) <= latest, {
      error: 'this is in the future: give the date and time your organisation first heard of it',
    }),
  });
  return defineForm({
    id: LADO_KNOWN_AT_FORM_ID,
    title: 'When did you hear of it?',
    recordType: 'lado_referral',
    sections: [
      sectionFromSchema('knownAt', 'When it came to your attention', schema, {
        intro: 'The date and time your organisation first heard of the allegation (London time). It starts the clock for telling the LADO. If it was just now, leave it as it is.',
      }),
    ],
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

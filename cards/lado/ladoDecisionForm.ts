import { z } from 'zod';
import { formatLongDate } from '../../knowledge/calendar/isoDate.ts';
import type {} from '../../knowledge/editions/editionId.ts';
import { harmTestLimb, LADO_HARM_TESTS } from '../../knowledge/lado/ladoHarmTest.ts';
import { LADO_HARM_TEST_LIMBS } from '../../knowledge/lado/harmTestLimbs.ts';
import { ladoDecisionSchema } from '../../knowledge/lado/ladoDecision.ts';
import { defineForm } from '../forms/formSpec.ts';
import { sectionFromSchema } from '../forms/sectionFromSchema.ts';

/** The LADO's decision on a referral or consultation, declared from the record schema (knowledge/lado/ladoDecision.ts). */

const decision = ladoDecisionSchema.shape;
const meeting = decision.meeting.unwrap().shape;

const decisionSection = z
  .strictObject({
    threshold: decision.threshold,
    limbsMet: decision.limbsMet,
    reasons: decision.reasons.max(4000),
    policeOrSection47Needed: decision.policeOrSection47Needed,
    investigatedBy: decision.investigatedBy,
    suspensionAdvice: decision.suspensionAdvice,
  })
  // Said on the card, where it can be fixed; the record schema checks it again on submit.
  .refine((values) => values.threshold !== 'met' || values.limbsMet.length > 0, {
    path: ['limbsMet'],
    error: 'name at least one limb when the harm test is met',
  });

/** Each limb in its own words, with the referral dates it applies to where it has not always applied. */
function limbChoices() {
  return LADO_HARM_TEST_LIMBS.map((id) => {
    const tests = LADO_HARM_TESTS.filter((test) => test.limbs.some((limb) => limb.id === id));
    const from = tests[0]?.appliesFrom;
    const before = tests.at(-1)?.appliesBefore;
    const dates = [from === undefined ? undefined : `from ${formatLongDate(from)}`, before === undefined ? undefined : `before ${formatLongDate(before)}`].filter((part) => part !== undefined);
    const text = harmTestLimb(id).text;
    return { value: id, title: `${text.charAt(0).toUpperCase()}${text.slice(1)}${dates.length === 0 ? '' : ` (referrals ${dates.join(', ')})`}` };
  });
}

/** The meeting is optional; its attendees are typed one per line as "role, organisation". */
const meetingSection = z
  .strictObject({
    meetingKind: meeting.kind.optional().meta({ title: 'Meeting held, if any' }),
    meetingHeldOn: meeting.heldOn.optional().meta({ title: 'Date of the meeting' }),
    meetingAttendees: z.string().trim().max(2000).optional().meta({
      title: 'Attendees by role',
      description: 'One per line: role, organisation. For example "Detective sergeant, Sample Police". No names.',
    }),
  })
  .superRefine((values, context) => {
    const given = [values.meetingKind, values.meetingHeldOn, values.meetingAttendees].filter((value) => value !== undefined);
    if (given.length === 0 || given.length === 3) return;
    for (const key of ['meetingKind', 'meetingHeldOn', 'meetingAttendees'] as const) {
      if (values[key] === undefined) context.addIssue({ code: 'custom', path: [key], message: 'fill this in too, or leave the meeting empty' });
    }
  });

export const ladoDecisionForm = defineForm({
  id: 'ladoDecision',
  title: 'LADO decision',
  recordType: 'lado_decision',
  marking: 'OFFICIAL-SENSITIVE',
  sections: [
    sectionFromSchema('decision', 'Decision', decisionSection, {
      intro: 'Is the harm test met? Record the limbs and your reasons.',
      fields: {
        threshold: {
          choices: [
            { value: 'met', title: 'Threshold met' },
            { value: 'notMet', title: 'Threshold not met' },
            { value: 'consultationOnly', title: 'Consultation only' },
          ],
        },
        limbsMet: { choices: limbChoices(), style: 'expanded' },
      },
    }),
    sectionFromSchema('meeting', 'Strategy or evaluation meeting', meetingSection),
  ],
});

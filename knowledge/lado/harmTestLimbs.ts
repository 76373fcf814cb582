import { z } from 'zod';

/** Every limb of the harm test any wording has had, by the id records keep (domain brief §6.1); ladoHarmTest.ts has the wordings. */
export const LADO_HARM_TEST_LIMBS = ['harmedChild', 'possibleCriminalOffence', 'behavedUnsuitablyTowardsChildren', 'mayPoseRiskOfHarm', 'mayBeUnsuitableToWorkWithChildren'] as const;
export type LadoHarmTestLimb = (typeof LADO_HARM_TEST_LIMBS)[number];

export const harmTestLimbSchema = z.enum(LADO_HARM_TEST_LIMBS).meta({
  title: 'Harm test limb',
  description:
    'Behaved in a way that has harmed or may have harmed a child; possibly committed a criminal offence against or related to a child; ' +
    'behaved towards a child or children in a way that indicates he or she is unsuitable to work with children (referrals before 2014); ' +
    'behaved in a way that indicates they may pose a risk of harm to children (from 2014); behaved or may have behaved in a way that indicates ' +
    'they may not be suitable to work with children (referrals from 1 September 2020).',
});

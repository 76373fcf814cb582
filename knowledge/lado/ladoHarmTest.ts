import type { Citation, RuleStatus } from '../citation.ts';
import type { IsoDate } from '../calendar/isoDate.ts';
import type { LadoHarmTestLimb } from './harmTestLimbs.ts';
import { publicSource } from '../editions/sources.ts';

export type LadoHarmLimb = { id: LadoHarmTestLimb; number: 1 | 2 | 3 | 4; text: string };

/**
 * The LADO harm test: meeting any one limb is enough. Which wording applies follows the date the allegation is
 * referred, not the board's edition: the local allegations procedures and KCSIE apply to every referral
 * (domain brief §6.1).
 */
export type LadoHarmTest = {
  limbs: readonly LadoHarmLimb[];
  /** The test applies to referrals made on or after this date (inclusive). */
  appliesFrom?: IsoDate;
  /** The test applies to referrals made before this date (exclusive). */
  appliesBefore?: IsoDate;
  status: RuleStatus;
  citations: readonly Citation[];
};

const HARMED_A_CHILD: LadoHarmLimb = { id: 'harmedChild', number: 1, text: 'behaved in a way that has harmed, or may have harmed, a child' };
const POSSIBLE_OFFENCE: LadoHarmLimb = { id: 'possibleCriminalOffence', number: 2, text: 'possibly committed a criminal offence against or related to a child' };
const UNSUITABLE_TOWARDS_CHILDREN: LadoHarmLimb = {
  id: 'behavedUnsuitablyTowardsChildren',
  number: 3,
  text: 'behaved towards a child or children in a way that indicates he or she is unsuitable to work with children',
};
const RISK_OF_HARM: LadoHarmLimb = {
  id: 'mayPoseRiskOfHarm',
  number: 3,
  text: 'behaved towards a child or children in a way that indicates they may pose a risk of harm to children',
};
const NOT_SUITABLE: LadoHarmLimb = {
  id: 'mayBeUnsuitableToWorkWithChildren',
  number: 4,
  text: 'behaved or may have behaved in a way that indicates they may not be suitable to work with children (transferable risk, including conduct outside work)',
};

/** From 2014 the third limb reads "may pose a risk of harm to children" (domain brief §6.1). */
export const RISK_OF_HARM_WORDING_FROM: IsoDate = '2014-01-01';
/** KCSIE 2020 para 211 added the fourth limb, in force from 1 September 2020. */
export const FOURTH_LIMB_IN_FORCE: IsoDate = '2020-09-01';

/** Working Together 2010 Appendix 5 wording, as the local allegations procedures still quote it. */
export const PRE_2014_TEST: LadoHarmTest = {
  limbs: [HARMED_A_CHILD, POSSIBLE_OFFENCE, UNSUITABLE_TOWARDS_CHILDREN],
  appliesBefore: RISK_OF_HARM_WORDING_FROM,
  status: 'P',
  citations: [
    publicSource('DARL', {
      locator: 'Working Together 2010 Appendix 5 wording, as quoted by the local procedure',
      quote: 'behaved towards a child or children in a way that indicates he or she is unsuitable to work with children',
    }),
  ],
};

/** The three limbs of procedures based on the 2015 guidance. */
export const THREE_LIMB_TEST: LadoHarmTest = {
  limbs: [HARMED_A_CHILD, POSSIBLE_OFFENCE, RISK_OF_HARM],
  appliesFrom: RISK_OF_HARM_WORDING_FROM,
  appliesBefore: FOURTH_LIMB_IN_FORCE,
  status: 'P',
  citations: [publicSource('LUT')],
};

export const FOUR_LIMB_TEST: LadoHarmTest = {
  limbs: [HARMED_A_CHILD, POSSIBLE_OFFENCE, RISK_OF_HARM, NOT_SUITABLE],
  appliesFrom: FOURTH_LIMB_IN_FORCE,
  status: 'P',
  citations: [
    publicSource('KCSIE20', { locator: 'KCSIE 2020 para 211', quote: 'behaved or may have behaved in a way that indicates they may not be suitable to work with children' }),
    publicSource('KCSIE'),
    publicSource('STAFFSCP'),
    publicSource('NYC'),
  ],
};

/** Every wording of the test, oldest first; together they cover every date. */
export const LADO_HARM_TESTS: readonly LadoHarmTest[] = [PRE_2014_TEST, THREE_LIMB_TEST, FOUR_LIMB_TEST];

/** The test for a referral made on a date (London), whatever edition the board runs. */
export function harmTestOn(date: IsoDate): LadoHarmTest {
  const test = LADO_HARM_TESTS.find((candidate) => (candidate.appliesFrom === undefined || date >= candidate.appliesFrom) && (candidate.appliesBefore === undefined || date < candidate.appliesBefore));
  if (test === undefined) throw new Error(`No LADO harm test covers ${date}`);
  return test;
}

/** Each limb once, by its record id, with the wording it had: for labelling limbs recorded at any date. */
export function harmTestLimb(id: LadoHarmLimb['id']): LadoHarmLimb {
  const limb = LADO_HARM_TESTS.flatMap((test) => test.limbs).find((candidate) => candidate.id === id);
  if (limb === undefined) throw new Error(`No LADO harm test limb "${id}"`);
  return limb;
}

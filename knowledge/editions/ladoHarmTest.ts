import type { Citation, RuleStatus } from '../citation.ts';
import type { IsoDate } from '../calendar/isoDate.ts';
import { publicSource } from './sources.ts';

export type LadoHarmLimb = { number: 1 | 2 | 3 | 4; text: string };

/** The LADO harm test: meeting any one limb is enough. */
export type LadoHarmTest = {
  limbs: readonly LadoHarmLimb[];
  /** The test applies to allegations on or after this date (inclusive). */
  appliesFrom?: IsoDate;
  /** The test applies to allegations before this date (exclusive). */
  appliesBefore?: IsoDate;
  status: RuleStatus;
  citations: readonly Citation[];
};

const HARMED_A_CHILD: LadoHarmLimb = { number: 1, text: 'behaved in a way that has harmed, or may have harmed, a child' };
const POSSIBLE_OFFENCE: LadoHarmLimb = { number: 2, text: 'possibly committed a criminal offence against or related to a child' };
const RISK_OF_HARM: LadoHarmLimb = {
  number: 3,
  text: 'behaved towards a child or children in a way that indicates they may pose a risk of harm to children',
};
const NOT_SUITABLE: LadoHarmLimb = {
  number: 4,
  text: 'behaved or may have behaved in a way that indicates they may not be suitable to work with children (transferable risk, including conduct outside work)',
};

/** KCSIE 2020 para 211 added the fourth limb, in force from 1 September 2020. */
export const FOURTH_LIMB_IN_FORCE: IsoDate = '2020-09-01';

export const THREE_LIMB_TEST: LadoHarmTest = {
  limbs: [HARMED_A_CHILD, POSSIBLE_OFFENCE, RISK_OF_HARM],
  status: 'P',
  citations: [publicSource('LUT'), publicSource('KCSIE')],
};

export const FOUR_LIMB_TEST: LadoHarmTest = {
  limbs: [HARMED_A_CHILD, POSSIBLE_OFFENCE, RISK_OF_HARM, NOT_SUITABLE],
  status: 'P',
  citations: [
    publicSource('KCSIE20', { locator: 'KCSIE 2020 para 211', quote: 'behaved or may have behaved in a way that indicates they may not be suitable to work with children' }),
    publicSource('STAFFSCP'),
    publicSource('NYC'),
  ],
};

/** WT2018 spans the change: three limbs for allegations before 1 September 2020, four from then. */
export const WT2018_HARM_TESTS: readonly LadoHarmTest[] = [
  { ...THREE_LIMB_TEST, appliesBefore: FOURTH_LIMB_IN_FORCE },
  { ...FOUR_LIMB_TEST, appliesFrom: FOURTH_LIMB_IN_FORCE },
];

/** The test that applies on a date, from an edition's list of tests. */
export function harmTestOn(tests: readonly LadoHarmTest[], date: IsoDate): LadoHarmTest | undefined {
  return tests.find(
    (test) =>
      (test.appliesFrom === undefined || date >= test.appliesFrom) &&
      (test.appliesBefore === undefined || date < test.appliesBefore),
  );
}

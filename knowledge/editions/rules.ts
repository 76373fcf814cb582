import type { Rule } from './rule.ts';
import { publicSource, seedSource } from './sources.ts';

/** The rules of domain brief §2.2, keyed by their numbers. Packs pick the ones that apply to them. */
export const RULES = {
  '10.1': {
    id: '10.1', title: 'Serious case (LSCB Regulations 2006 reg 5(2))', status: 'S',
    text: 'Abuse or neglect of a child is known or suspected, and either the child has died, or the child has been seriously harmed and there is cause for concern about how the authority, its board partners or others worked together to safeguard the child. A death does not need the working-together limb.',
    citations: [
      seedSource('003', 'L1204–1212', 'abuse or neglect of a child is known or suspected'),
      seedSource('000', 'L39'),
      seedSource('000', 'L148'),
    ],
  },
  '10.2': {
    id: '10.2', title: 'Always or consider a serious case review (chapter 8)', status: 'P?',
    text: 'Always hold a serious case review when a child dies (including suspected suicide) and abuse or neglect is known or suspected to be a factor. Consider one after serious harm (a potentially life-threatening injury, serious sexual abuse, or serious and permanent impairment of health or development) where there are concerns about how agencies worked together.',
    citations: [publicSource('SC13'), publicSource('NPFC')],
  },
  '10.3': {
    id: '10.3', title: 'Independence and management reviews', status: 'S',
    text: 'The review panel chair and the overview author are independent; each agency writes an individual management review.',
    citations: [seedSource('002', 'L565'), seedSource('000', 'L366')],
  },
  '10.4': {
    id: '10.4', title: 'Executive summary (Annex B)', status: 'S',
    text: 'The executive summary follows the Annex B template and names the LSCB chair, the panel chair and the author, with each panel member’s job title and employer.',
    citations: [seedSource('002', 'L564'), seedSource('002', 'L593–621')],
  },
  '10.5': {
    id: '10.5', title: 'Serious incident notifications', status: 'S',
    text: 'Government Offices monitor serious incident notifications and advise on the review criteria (the DfE from 21 February 2011). The local authority also notifies Ofsted under LAC(2007)25; your board sets the timescale.',
    note: 'No deadline for the Ofsted notification has been verified.',
    citations: [
      seedSource('002', 'L635–636', 'monitoring the pattern of serious incident notifications'),
      publicSource('KNOW'),
      publicSource('BWD'),
    ],
  },
  '10.6': {
    id: '10.6', title: 'Publication', status: 'S',
    text: 'Executive summaries are published. Overview reports of reviews started from 10 June 2010 are published in full unless there are compelling reasons relating to a child’s welfare.',
    citations: [seedSource('002', 'L564'), seedSource('003', 'L1289')],
  },
  '10.7': {
    id: '10.7', title: 'Referrals', status: 'S',
    text: 'Every referral leads to a conversation with a qualified social worker; the local authority decides on assessment; the LSCB should consider protocols for professional disagreement.',
    citations: [seedSource('002', 'L486'), seedSource('002', 'L489')],
  },
  '10.8': {
    id: '10.8', title: 'Allegations against people who work with children', status: 'P',
    text: 'Allegations follow Appendix 5; your board sets the timescale for telling the LADO. There is no national threshold-document duty; risk protocols are local.',
    note: 'No WT2010 report-to-LADO timescale has been verified.',
    citations: [publicSource('DARL'), seedSource('002', 'L490')],
  },
  '13.1': {
    id: '13.1', title: 'Serious case criteria unchanged', status: 'S',
    text: 'The regulation 5 criteria for a serious case review stay as they were.',
    citations: [seedSource('000', 'L204', 'The statutory criteria for undertaking and publication SCRs should remain unchanged')],
  },
  '13.2': {
    id: '13.2', title: 'Deaths in custody', status: 'P?',
    text: 'Always hold a serious case review after a child dies in custody, on remand, in a young offender institution, secure training centre or secure children’s home, or while detained under the Mental Health Act.',
    note: 'Which edition made this mandatory is not confirmed.',
    citations: [publicSource('CORN')],
  },
  '13.3': {
    id: '13.3', title: 'National panel of independent experts', status: 'S',
    text: 'The national panel advises and challenges the LSCB chair on starting a serious case review, on reviewers and on publication; a chair who decides not to start one may have to attend the panel.',
    citations: [seedSource('004', 'L21'), seedSource('004', 'L76')],
  },
  '13.4': {
    id: '13.4', title: 'Learning and improvement framework', status: 'S',
    text: 'Reviews may use any learning model consistent with the principles. The local framework includes reviews of cases below the serious case review threshold and reviews of good practice.',
    citations: [
      seedSource('004', 'L74', 'LSCBs may use any learning model which is consistent with the principles in this guidance'),
      seedSource('004', 'L24'),
      seedSource('004', 'L80'),
    ],
  },
  '13.5': {
    id: '13.5', title: 'Publication in full', status: 'S',
    text: 'Reports are published in full with the LSCB’s response, stay on the LSCB’s website for at least 12 months, and remain readily available afterwards.',
    citations: [seedSource('004', 'L78'), seedSource('003', 'L1291')],
  },
  '13.6': {
    id: '13.6', title: 'Thresholds, early help and assessment', status: 'S',
    text: 'The LSCB publishes a threshold document, clarifies threshold decisions and resolves disagreements. Early help uses an inter-agency assessment such as the CAF. A single assessment follows local protocols.',
    citations: [seedSource('004', 'L32'), seedSource('004', 'L68'), seedSource('004', 'L34')],
  },
  '13.7': {
    id: '13.7', title: 'Report allegations to the LADO', status: 'S',
    text: 'Statutory partner agencies report any allegation to the LADO within 1 working day.',
    citations: [seedSource('004', 'L49', 'report any allegation to the local authority designated officer (LADO) within 1 working day')],
  },
  '15.1': {
    id: '15.1', title: 'Notifiable incident', status: 'P',
    text: 'A child dies (including suspected suicide) and abuse or neglect is known or suspected; a child is seriously harmed and abuse or neglect is known or suspected; a looked-after child dies (any cause); or a child dies in a regulated setting (any cause). Every serious case review case is notifiable; not every notifiable incident becomes a serious case review.',
    citations: [publicSource('PDOR'), publicSource('SEFT')],
  },
  '15.2': {
    id: '15.2', title: 'Seriously harmed', status: 'P',
    text: 'Includes, but is not limited to, a potentially life-threatening injury, or serious and/or likely long-term impairment of health or development. Recovery does not rule it out.',
    citations: [publicSource('SEFT'), seedSource('003', 'L1226')],
  },
  '15.3': {
    id: '15.3', title: 'Serious case review decision', status: 'P',
    text: 'The test is regulation 5 plus deaths in custody. The LSCB where the child normally lives decides whether a notified incident meets the criteria, normally within one month of notification; the final decision rests with the chair, who tells the national panel (and Ofsted when a review starts).',
    citations: [
      publicSource('RICH', { quote: 'should normally be made within one month of notification of the incident' }),
      publicSource('NPFC'),
      publicSource('CYPN'),
    ],
  },
  '15.4': {
    id: '15.4', title: 'LADO harm test and timescale', status: 'P',
    text: 'The three-limb harm test applies; allegations are reported to the LADO within 1 working day.',
    citations: [publicSource('LUT')],
  },
  '18.1': {
    id: '18.1', title: 'Serious incident notification (Children Act 2004 s16C)', status: 'P',
    text: 'Where the local authority knows or suspects that a child has been abused or neglected, it must notify the Child Safeguarding Practice Review Panel if the child dies or is seriously harmed in its area, or if, while normally resident in its area, the child dies or is seriously harmed outside England.',
    citations: [
      publicSource('CA04'),
      publicSource('EESSIN', { quote: 'while normally resident in the local authority’s area, the child dies or is seriously harmed outside England' }),
      publicSource('CAMBS'),
      publicSource('NEL'),
      publicSource('SOLI'),
    ],
  },
  '18.2': {
    id: '18.2', title: 'Rapid review', status: 'P',
    text: 'A rapid review follows every serious incident notification (unless the case proves not to meet the criteria) and cannot happen without one. The duty sits with the local authority where the incident occurred.',
    citations: [publicSource('PFAQ')],
  },
  '18.3': {
    id: '18.3', title: 'Local child safeguarding practice review criteria (SI 2018/789 reg 11)', status: 'P',
    text: 'The partners weigh whether the case (a) highlights or may highlight improvements needed, including ones identified before; (b) highlights recurrent themes; (c) highlights concerns about two or more agencies working together effectively; or (d) is one the Panel considered and concluded a local review may be more appropriate.',
    citations: [publicSource('SI789R11')],
  },
  '18.4': {
    id: '18.4', title: 'LADO timescale, harm test and threshold document', status: 'P',
    text: 'Allegations are reported to the LADO within 1 working day; the fourth harm-test limb applies from 1 September 2020. The safeguarding partners publish a transparent, accessible and easily understood threshold document.',
    citations: [publicSource('STAFFCC'), publicSource('NYC'), publicSource('WYT', { quote: 'transparent, accessible and easily understood' })],
  },
  '18.5': {
    id: '18.5', title: 'Serious harm (WT2018)', status: 'P',
    text: 'Includes, but is not limited to, serious and/or long-term impairment of a child’s mental health or intellectual, emotional, social or behavioural development, and impairment of physical health. Use judgement where impairment is likely to be long-term; even if a child recovers, including from a one-off incident, serious harm may still have occurred.',
    citations: [
      publicSource('EESSIN', { quote: 'Serious harm includes (but is not limited to) serious and/or long-term impairment of a child’s mental health or intellectual, emotional, social or behavioural development. It also covers impairment of physical health.' }),
      publicSource('TEES'),
    ],
    note: 'The judgement and recovery sentences are WT2023’s wording as quoted by local procedures; WT2018’s own text has not been checked for them.',
  },
  '18.6': {
    id: '18.6', title: 'Unborn children', status: 'P?',
    text: 'A serious incident involving an unborn child is considered against the same criteria.',
    citations: [publicSource('CA04')],
    note: 'Asked for in issue 12; no source seen yet. Confirm against the Panel’s practice guidance before go-live.',
  },
  '23.1': {
    id: '23.1', title: 'Serious harm (WT2023)', status: 'P',
    text: 'Includes, but is not limited to, serious and/or long-term impairment of mental health or development and of physical health. Use judgement where long-term impairment is likely; a one-off incident with recovery can still be serious harm.',
    citations: [publicSource('TEES'), publicSource('NEL')],
  },
  '23.2': {
    id: '23.2', title: 'Deaths of care leavers', status: 'P',
    text: 'The local authority notifies the Secretary of State and Ofsted of the death of a care leaver up to and including the age of 24, where it knows the person was a care leaver, whether or not abuse or neglect is suspected. No rapid review or local review is required.',
    note: 'One summary calls this reporting non-mandatory: confirm the guidance’s exact wording.',
    citations: [publicSource('SLOUGH'), publicSource('NYSCP'), publicSource('NYSCPP'), publicSource('CUMB')],
  },
  '23.3': {
    id: '23.3', title: 'Safeguarding partner roles (WT2023)', status: 'P?',
    text: 'Lead and delegated safeguarding partners, a partnership chair, independent scrutiny, and a strategic role for education.',
    citations: [publicSource('WT23')],
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

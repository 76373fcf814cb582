import type { Activity } from 'botbuilder';
import {
  ALLEGATION_SOURCE,
  CHILD_DETAILS,
  CONSULTATION,
  HARM_TEST,
  IMMEDIATE_DANGER,
  LAWFUL_BASIS,
  LOW_LEVEL_CONCERN,
  OFSTED_NOTIFICATION,
  REFERRAL_WARNINGS,
  REGULATORS,
  REPORTING_RESTRICTIONS,
} from '../../knowledge/lado/ladoGuidance.ts';
import type { GuidanceStatement } from '../../knowledge/guidanceStatement.ts';
import { LADO_REFERRAL_SECTIONS as SECTION } from '../../cards/lado/ladoReferralForm.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { formatLongDate } from '../../knowledge/calendar/isoDate.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { harmTestOn } from '../../knowledge/lado/ladoHarmTest.ts';
import { publicSource } from '../../knowledge/editions/sources.ts';
import { statementMessage } from '../forms/guidance.ts';
import { clockStatement } from './ladoClock.ts';

/** What "why?" shows at each moment of the LADO flow: the statement just made and what it rests on. */
export type LadoTopic = 'safety' | 'harmTest' | 'lowLevel' | 'consultation' | 'warnings' | 'clock' | 'anotherAdult' | 'resume';

const ONE_FORM_PER_ADULT: GuidanceStatement = {
  title: 'One referral per adult',
  paragraphs: ['Each adult an allegation is about needs a referral of their own, so the LADO can manage each one; the referrals are linked by the LADO.'],
  citations: [publicSource('NYC')],
};

/** The wording follows the date of the referral, whatever edition the board runs; so do the sources. */
function harmTestStatement(referralDate: string): GuidanceStatement {
  const test = harmTestOn(referralDate);
  return {
    title: HARM_TEST.title,
    paragraphs: [...HARM_TEST.paragraphs, `For a referral made on ${formatLongDate(referralDate)} the test has ${test.limbs.length} parts, in the wording in use on that date.`],
    citations: [...test.citations],
  };
}

export function explainTopic(topic: LadoTopic, board: Board, londonDate: string): Partial<Activity> | undefined {
  const statement = statementFor(topic, board, londonDate);
  return statement === undefined ? undefined : statementMessage(statement, board.edition);
}

function statementFor(topic: LadoTopic, board: Board, londonDate: string): GuidanceStatement | undefined {
  switch (topic) {
    case 'safety':
      return IMMEDIATE_DANGER;
    case 'harmTest':
      return harmTestStatement(londonDate);
    case 'lowLevel':
      return LOW_LEVEL_CONCERN;
    case 'consultation':
      return CONSULTATION;
    case 'warnings':
      return REFERRAL_WARNINGS;
    case 'clock':
      return clockStatement(board, board.edition);
    case 'anotherAdult':
      return ONE_FORM_PER_ADULT;
    case 'resume':
      return undefined;
  }
}

/** "why?" on a card of the referral form. */
export function explainReferralSection(sectionId: string, board: Board, edition: EditionId): Partial<Activity> {
  return statementMessage(referralSectionStatement(sectionId, board, edition), edition);
}

/** Several statements as one, under the first one's title, each source once. */
function together(first: GuidanceStatement, ...more: GuidanceStatement[]): GuidanceStatement {
  const all = [first, ...more];
  const citations = all.flatMap((statement) => statement.citations);
  return {
    title: first.title,
    paragraphs: all.flatMap((statement) => statement.paragraphs),
    citations: citations.filter((citation, index) => citations.findIndex((other) => other.source === citation.source && other.locator === citation.locator) === index),
  };
}

function referralSectionStatement(sectionId: string, board: Board, edition: EditionId): GuidanceStatement {
  switch (sectionId) {
    case SECTION.subject:
      return together(ONE_FORM_PER_ADULT, REPORTING_RESTRICTIONS, REGULATORS);
    case SECTION.child:
      return CHILD_DETAILS;
    case SECTION.allegation:
      return together(REFERRAL_WARNINGS, ALLEGATION_SOURCE);
    case SECTION.actionsTaken:
      return together(REFERRAL_WARNINGS, OFSTED_NOTIFICATION);
    case SECTION.declaration:
      return LAWFUL_BASIS;
    default:
      return clockStatement(board, edition);
  }
}

import type { Activity } from 'botbuilder';
import { guidanceCard } from '../../cards/forms/ladoCards.ts';
import {
  CONSULTATION,
  HARM_TEST,
  IMMEDIATE_DANGER,
  LAWFUL_BASIS,
  LOW_LEVEL_CONCERN,
  REFERRAL_WARNINGS,
  REPORTING_RESTRICTIONS,
  type GuidanceStatement,
} from '../../cards/forms/ladoGuidance.ts';
import { LADO_REFERRAL_SECTIONS as SECTION } from '../../cards/forms/ladoReferralForm.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { getEdition } from '../../knowledge/editions/editions.ts';
import { harmTestOn, type LadoHarmTest } from '../../knowledge/editions/ladoHarmTest.ts';
import { publicSource } from '../../knowledge/editions/sources.ts';
import { cardMessage } from '../forms/cardMessage.ts';
import { clockStatement } from './ladoClock.ts';

/** What "why?" shows at each moment of the LADO flow: the statement just made and what it rests on. */
export type LadoTopic = 'safety' | 'harmTest' | 'lowLevel' | 'consultation' | 'warnings' | 'clock' | 'anotherAdult' | 'resume';

const ONE_FORM_PER_ADULT: GuidanceStatement = {
  title: 'One referral per adult',
  paragraphs: ['Each adult an allegation is about needs a referral of their own, so the LADO can manage each one; the referrals are linked by the LADO.'],
  citations: [publicSource('NYC')],
};

/** The test that applies on a date under the board's edition (WT2018 changes on 1 September 2020). */
export function harmTestFor(edition: EditionId, londonDate: string): LadoHarmTest {
  const pack = getEdition(edition);
  const test = harmTestOn(pack.ladoHarmTests, londonDate) ?? pack.ladoHarmTests.at(-1);
  if (test === undefined) throw new Error(`Edition ${edition} has no LADO harm test`);
  return test;
}

function harmTestStatement(edition: EditionId, londonDate: string): GuidanceStatement {
  const test = harmTestFor(edition, londonDate);
  return {
    title: HARM_TEST.title,
    paragraphs: [
      ...HARM_TEST.paragraphs,
      `Under ${getEdition(edition).title} the test has ${test.limbs.length} parts.`,
    ],
    citations: [...test.citations, ...HARM_TEST.citations.filter((citation) => !test.citations.some((own) => own.source === citation.source))],
  };
}

/** A statement as a card naming the guidance edition it comes from. */
export function statementMessage(statement: GuidanceStatement, edition: EditionId): Partial<Activity> {
  return cardMessage(guidanceCard(statement, [{ label: 'Guidance edition', value: getEdition(edition).title }]));
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
      return harmTestStatement(board.edition, londonDate);
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

function referralSectionStatement(sectionId: string, board: Board, edition: EditionId): GuidanceStatement {
  switch (sectionId) {
    case SECTION.subject:
      return { ...ONE_FORM_PER_ADULT, paragraphs: [...ONE_FORM_PER_ADULT.paragraphs, ...REPORTING_RESTRICTIONS.paragraphs], citations: [...ONE_FORM_PER_ADULT.citations, ...REPORTING_RESTRICTIONS.citations] };
    case SECTION.allegation:
    case SECTION.actionsTaken:
      return REFERRAL_WARNINGS;
    case SECTION.declaration:
      return LAWFUL_BASIS;
    default:
      return clockStatement(board, edition);
  }
}

import type { Citation } from '../citation.ts';
import type { CriterionOutcome } from '../editions/assessIncident.ts';
import type { EditionPack } from '../editions/editionPack.ts';
import type { IncidentCriterion } from '../editions/incidentCriteria.ts';
import type { GuidanceStatement } from '../guidanceStatement.ts';

/** What the serious incident flow tells people besides its cards, each statement with the sources it rests on. */

/** Each source once, in the order the criteria cite them. */
export function uniqueCitations(criteria: readonly Pick<CriterionOutcome, 'citations'>[]): Citation[] {
  const seen = new Set<string>();
  return criteria
    .flatMap((criterion) => criterion.citations)
    .filter((citation) => {
      const key = `${citation.source} ${citation.locator ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** A review decision that goes against criteria answered as met, each of which always requires a review. */
export function criteriaGoneAgainstStatement(criteria: readonly IncidentCriterion[]): GuidanceStatement {
  return {
    title: 'This decision goes against criteria you answered as met',
    paragraphs: [
      ['You answered these criteria as met, and each always requires a serious case review:', ...criteria.map((criterion) => `- ${criterion.text} (${criterion.ruleId})`)].join('\n'),
      'You can still record this decision: give your reason in the box on the decision card, or change the decision. The reason is kept with the record and goes to the board’s system.',
    ],
    citations: uniqueCitations(criteria),
  };
}

/** "why?" at the criteria: every criterion of the edition in full, with its sources. */
export function criteriaStatement(pack: EditionPack): GuidanceStatement {
  return {
    title: `The criteria under ${pack.title}`,
    paragraphs: [
      ...pack.incidentCriteria.map((criterion) => criterion.text),
      ...(pack.seriousHarmDefinition === undefined ? [] : [`${pack.seriousHarmDefinition.title}: ${pack.seriousHarmDefinition.text}`]),
    ],
    citations: uniqueCitations(pack.incidentCriteria),
  };
}

/** Why someone who is not a manager cannot notify, what to do instead, and who to call. */
export function onlyManagersStatement(boardName: string): GuidanceStatement {
  return {
    title: 'Only managers can notify the board',
    paragraphs: [
      `${boardName} takes serious incident notifications from managers named in its configuration, so that someone accountable raises each one.`,
      '**Tell your manager or your safeguarding lead now**: they notify the board, and the national bodies where the guidance says so.',
      'If a child is in immediate danger, call **999**. If a child has died, the child death review (CDOP) must also be told: your safeguarding lead will make sure of it.',
    ],
    citations: [{ source: `${boardName}: who may notify the board` }],
  };
}

import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { executiveSummarySchema, type ExecutiveSummary } from '../../knowledge/seriousIncident/executiveSummary.ts';
import type { SectionValues, ValuesBySection } from '../forms/formSpec.ts';
import { EXECUTIVE_SUMMARY_SECTIONS as SECTION } from '../seriousIncident/executiveSummaryForm.ts';
import { validatedRecord, type RecordResult } from './recordResult.ts';

function lines(text: unknown): string[] {
  return typeof text === 'string'
    ? text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
    : [];
}

/** "Designated nurse, Sample ICB" → { jobTitle, employer }; the employer is everything after the first comma. */
function panelMemberOf(line: string): { jobTitle: string; employer: string } {
  const [jobTitle = '', ...employer] = line.split(',');
  return { jobTitle: jobTitle.trim(), employer: employer.join(',').trim() };
}

/** The executive summary record from its answered sections (cards/seriousIncident/executiveSummaryForm.ts). */
export type ExecutiveSummaryHeader = { boardId: string; edition: EditionId; reviewReference: string };

export function buildExecutiveSummary(header: ExecutiveSummaryHeader, values: ValuesBySection): RecordResult<ExecutiveSummary> {
  const section = (sectionId: string) => (values[sectionId] ?? {}) as SectionValues;
  const { panelMembers, ...introduction } = section(SECTION.introduction);
  const recommendations = ((values[SECTION.recommendation] ?? []) as SectionValues[]).map(({ relevantAgencies, responsibleAgencies, ...rest }) => ({
    ...rest,
    relevantAgencies: lines(relevantAgencies),
    responsibleAgencies: lines(responsibleAgencies),
  }));
  return validatedRecord(executiveSummarySchema, {
    type: 'executive_summary',
    schemaVersion: 1,
    ...header,
    introduction: { ...introduction, panelMembers: lines(panelMembers).map(panelMemberOf) },
    facts: section(SECTION.facts),
    keyIssues: section(SECTION.keyIssues),
    learning: section(SECTION.learning),
    recommendations,
    independence: section(SECTION.independence),
  });
}

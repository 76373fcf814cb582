import { z } from 'zod';
import {
  executiveSummaryFactsSection,
  executiveSummaryIntroductionSection,
  executiveSummaryKeyIssuesSection,
  executiveSummaryLearningSection,
  executiveSummaryRecommendationSchema,
  executiveSummarySchema,
} from '../../knowledge/seriousIncident/executiveSummary.ts';
import { defineForm } from '../forms/formSpec.ts';
import { sectionFromSchema, type FieldOverride } from '../forms/sectionFromSchema.ts';

/**
 * The executive summary of a serious case review in the five sections of the WT2010 Annex B template
 * (domain brief §7.5; seeds/002 L593–621), declared from the record schema. Lists (panel members, agencies) are
 * typed one per line; names here are published, so they are the only names it asks for.
 */

const LONG_TEXT: FieldOverride = { kind: 'multiline', maxLength: 4000 };

function longTexts<Key extends string>(keys: readonly Key[]): Record<Key, FieldOverride> {
  return Object.fromEntries(keys.map((key) => [key, LONG_TEXT])) as Record<Key, FieldOverride>;
}

const intro = executiveSummaryIntroductionSection.shape;
const introductionFormSchema = z.strictObject({
  ...intro,
  panelMembers: z.string().trim().min(1).max(2000).meta({
    title: 'Panel members',
    description: 'One per line: job title, employer. For example "Designated nurse, Sample ICB".',
  }),
});

const recommendation = executiveSummaryRecommendationSchema.shape;
const agencyLines = (title: string) => z.string().trim().min(1).max(1000).meta({ title, description: 'One agency per line.' });
const recommendationFormSchema = z.strictObject({
  ...recommendation,
  relevantAgencies: agencyLines('Relevant agencies'),
  responsibleAgencies: agencyLines('Responsible agencies'),
});

const independenceSchema = executiveSummarySchema.shape.independence;

export const EXECUTIVE_SUMMARY_SECTIONS = {
  introduction: 'introduction',
  facts: 'facts',
  keyIssues: 'keyIssues',
  learning: 'learning',
  recommendation: 'recommendation',
  independence: 'independence',
} as const;
const SECTION = EXECUTIVE_SUMMARY_SECTIONS;

export const executiveSummaryForm = defineForm({
  id: 'executiveSummary',
  title: 'Executive summary (Annex B)',
  recordType: 'executive_summary',
  sections: [
    sectionFromSchema(SECTION.introduction, '1 Introduction', introductionFormSchema, {
      intro: 'The names of the LSCB chair, the panel chair and the overview author are published with the summary.',
      fields: longTexts(['circumstances', 'reviewProcess', 'parallelProcesses', 'familyInvolvement', 'panelMembers']),
    }),
    sectionFromSchema(SECTION.facts, '2 Facts', executiveSummaryFactsSection, {
      warnings: ['The summary is published: anonymise it. No names of the child, the family or the practitioners.'],
      fields: longTexts(['keyFacts']),
    }),
    sectionFromSchema(SECTION.keyIssues, '3 Key issues', executiveSummaryKeyIssuesSection, {
      fields: longTexts(['themes', 'keyDecisions', 'earlyInterventionOpportunities', 'hindsight']),
    }),
    sectionFromSchema(SECTION.learning, '4 Priorities for learning and change', executiveSummaryLearningSection, {
      fields: longTexts(['agencyLessons', 'interAgencyLessons', 'goodPractice', 'systemsToImprove']),
    }),
    sectionFromSchema(SECTION.recommendation, '5 Recommendations and action plan', recommendationFormSchema, {
      intro: 'One card per recommendation, completed ones included.',
      fields: {
        ...longTexts(['recommendation', 'monitoring', 'impactEvaluation', 'relevantAgencies', 'responsibleAgencies']),
        progress: {
          choices: [
            { value: 'notStarted', title: 'Not started' },
            { value: 'inProgress', title: 'In progress' },
            { value: 'completed', title: 'Completed' },
          ],
        },
      },
    }),
    sectionFromSchema(SECTION.independence, 'Independence', independenceSchema),
  ],
});

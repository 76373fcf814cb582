import { z } from 'zod';
import { fullNameSchema, narrativeSchema, recordHeader, shortTextSchema } from '../records/fields.ts';

/**
 * The serious case review executive summary, in the five sections of the WT2010 Annex B template
 * (domain brief §7.5; seeds/002 L593–621). Names in it are published: they are marked `published`.
 */

const publishedName = (title: string) => fullNameSchema.meta({ title, personalData: true, published: true });

export const executiveSummaryIntroductionSection = z
  .strictObject({
    circumstances: narrativeSchema.meta({ title: 'Circumstances that led to the review' }),
    reviewProcess: narrativeSchema.meta({ title: 'How the review was carried out' }),
    lscbChair: publishedName('LSCB chair'),
    panelChair: publishedName('Review panel chair'),
    overviewAuthor: publishedName('Overview author'),
    panelMembers: z
      .array(
        z.strictObject({
          jobTitle: shortTextSchema.meta({ title: 'Job title' }),
          employer: shortTextSchema.meta({ title: 'Employer' }),
        }),
      )
      .min(1)
      .meta({ title: 'Panel members (job title and employer)' }),
    parallelProcesses: narrativeSchema.optional().meta({
      title: 'Parallel processes',
      description: 'For example criminal proceedings or a mental-health investigation, and how they related to the review.',
    }),
    familyInvolvement: narrativeSchema.meta({ title: 'How the family (and the child, if seriously harmed) took part' }),
  })
  .meta({ title: '1 Introduction' });

export const executiveSummaryFactsSection = z
  .strictObject({
    keyFacts: narrativeSchema.meta({ title: 'Key facts and sequence of events', description: 'Consistent with the overview chronology.' }),
    anonymisationConfirmed: z.literal(true, { error: 'confirm the summary is appropriately anonymised' }).meta({
      title: 'The summary is appropriately anonymised',
    }),
  })
  .meta({ title: '2 Facts' });

export const executiveSummaryKeyIssuesSection = z
  .strictObject({
    themes: narrativeSchema.meta({ title: 'Key issues or themes' }),
    keyDecisions: narrativeSchema.meta({ title: 'Key decisions' }),
    earlyInterventionOpportunities: narrativeSchema.meta({ title: 'Chances to intervene early' }),
    hindsight: narrativeSchema.meta({ title: 'Could or should decisions have been different?' }),
  })
  .meta({ title: '3 Key issues' });

export const executiveSummaryLearningSection = z
  .strictObject({
    agencyLessons: narrativeSchema.meta({ title: 'Lessons for agencies' }),
    interAgencyLessons: narrativeSchema.meta({ title: 'Lessons for working together' }),
    goodPractice: narrativeSchema.meta({ title: 'Good practice' }),
    systemsToImprove: narrativeSchema.meta({ title: 'Systems to improve' }),
  })
  .meta({ title: '4 Priorities for learning and change' });

export const executiveSummaryRecommendationSchema = z.strictObject({
  recommendation: narrativeSchema.meta({ title: 'Recommendation' }),
  relevantAgencies: z.array(shortTextSchema).min(1).meta({ title: 'Relevant agencies' }),
  responsibleAgencies: z.array(shortTextSchema).min(1).meta({ title: 'Responsible agencies' }),
  monitoring: narrativeSchema.meta({ title: 'How it is monitored, and by whom' }),
  progress: z.enum(['notStarted', 'inProgress', 'completed']).meta({ title: 'Progress' }),
  impactEvaluation: narrativeSchema.optional().meta({ title: 'Evaluation of impact' }),
});

export const executiveSummaryRecommendationsSection = z
  .array(executiveSummaryRecommendationSchema)
  .min(1)
  .meta({ title: '5 Recommendations and action plan', description: 'Include completed actions.' });

export const executiveSummarySchema = z
  .strictObject({
    ...recordHeader('executive_summary'),
    reviewReference: shortTextSchema.meta({ title: 'Review reference' }),
    introduction: executiveSummaryIntroductionSection,
    facts: executiveSummaryFactsSection,
    keyIssues: executiveSummaryKeyIssuesSection,
    learning: executiveSummaryLearningSection,
    recommendations: executiveSummaryRecommendationsSection,
    independence: z
      .strictObject({
        panelChairIndependent: z.boolean().meta({ title: 'Panel chair declared independence' }),
        overviewAuthorIndependent: z.boolean().meta({ title: 'Overview author declared independence' }),
      })
      .meta({ title: 'Independence declarations' }),
  })
  // Held here before publication: the draft names people and sets out the case, so it is OFFICIAL-SENSITIVE until published.
  .meta({ title: 'Executive summary (Annex B)', marking: 'OFFICIAL-SENSITIVE' });

export type ExecutiveSummary = z.infer<typeof executiveSummarySchema>;

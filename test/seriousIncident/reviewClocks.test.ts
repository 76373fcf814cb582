import { describe, expect, it } from 'vitest';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { decisionClocks, decisionFlagsNationalPanel, milestoneClocks, nationalNotificationClocks, nationalNotificationSteps, notificationClocks } from '../../knowledge/editions/reviewClocks.ts';

describe('the clocks a notification starts', () => {
  it.each([
    ['wt2013', ['SCR_DECISION', 'SIN_2013'], { fromAwareness: ['SIN_2013'], fromNotification: ['SCR_DECISION'] }],
    ['wt2015', ['SIN_2015'], { fromAwareness: ['SIN_2015'], fromNotification: ['SCR_DECISION'] }],
    // The rapid review runs "within 15 working days of becoming aware", not from the notification to the Panel.
    ['wt2018', ['SIN', 'RAPID_REVIEW'], { fromAwareness: ['SIN', 'RAPID_REVIEW'], fromNotification: [] }],
    ['wt2023', ['SIN', 'RAPID_REVIEW'], { fromAwareness: ['SIN', 'RAPID_REVIEW'], fromNotification: [] }],
    ['wt2023', ['LAC_DEATH_NOTIFY'], { fromAwareness: ['LAC_DEATH_NOTIFY'], fromNotification: [] }],
  ] as const)('%s with the criteria’s %j', (edition, assessed, expected) => {
    expect(notificationClocks(edition, assessed)).toEqual(expected);
  });
});

describe('a review decision', () => {
  it.each([
    ['wt2013', 'noReview', { stops: ['SCR_DECISION'], starts: ['PANEL_NO_SCR'] }, true],
    ['wt2015', 'goodPracticeReview', { stops: ['SCR_DECISION'], starts: ['PANEL_NO_SCR'] }, true],
    ['wt2013', 'scr', { stops: ['SCR_DECISION'], starts: ['SCR_COMPLETE'] }, false],
    ['wt2010', 'noReview', { stops: ['SCR_DECISION'], starts: [] }, false],
    ['wt2023', 'lcspr', { stops: ['RAPID_REVIEW'], starts: ['LCSPR_PUBLISH'] }, false],
    ['wt2023', 'noLcspr', { stops: ['RAPID_REVIEW'], starts: [] }, false],
  ] as const)('%s %s', (edition, outcome, change, flagged) => {
    expect(decisionClocks(edition, outcome)).toEqual(change);
    expect(decisionFlagsNationalPanel(edition, outcome)).toBe(flagged);
  });
});

describe('national notifications', () => {
  const stepsOf = (edition: EditionId) => nationalNotificationSteps(edition).map((step) => [step.step, step.clockIds]);

  it('are the edition’s notifications to national bodies, not its reviews', () => {
    expect(stepsOf('wt2013')).toEqual([
      ['Serious incident', ['SIN_2013']],
      ['Decision to start a serious case review', []],
      ['Decision not to start a serious case review', ['PANEL_NO_SCR']],
    ]);
    expect(stepsOf('wt2023')).toEqual([
      ['Serious incident notification', ['SIN']],
      ['Death of a looked-after child, or of a care leaver up to and including age 24', ['LAC_DEATH_NOTIFY']],
    ]);
  });

  it('stop their clock and start nothing: the rapid review already runs from awareness', () => {
    const [sin] = nationalNotificationSteps('wt2023');
    expect(nationalNotificationClocks('wt2023', sin!)).toEqual({ stops: ['SIN'], starts: [] });
    const notToStart = nationalNotificationSteps('wt2013')[2]!;
    expect(nationalNotificationClocks('wt2013', notToStart)).toEqual({ stops: ['PANEL_NO_SCR'], starts: [] });
  });
});

describe('milestones', () => {
  it.each([
    ['wt2013', 'published', { stops: ['SCR_COMPLETE'], starts: ['SCR_ON_WEBSITE'] }],
    ['wt2013', 'removedFromWebsite', { stops: ['SCR_ON_WEBSITE'], starts: [] }],
    ['wt2013', 'reportCompleted', { stops: ['SCR_COMPLETE'], starts: [] }],
    ['wt2023', 'published', { stops: ['LCSPR_PUBLISH'], starts: [] }],
    ['wt2023', 'rapidReviewSentToPanel', { stops: ['RAPID_REVIEW'], starts: [] }],
    ['wt2023', 'reviewStarted', { stops: [], starts: [] }],
    ['wt2018', 'publicationPlanned', { stops: [], starts: ['LCSPR_PREPUB'] }],
    ['wt2023', 'prePublicationCopySent', { stops: ['LCSPR_PREPUB'], starts: [] }],
    ['wt2013', 'publicationPlanned', { stops: [], starts: [] }],
  ] as const)('%s %s', (edition, kind, change) => {
    expect(milestoneClocks(edition, kind)).toEqual(change);
  });
});

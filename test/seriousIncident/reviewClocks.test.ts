import { describe, expect, it } from 'vitest';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import {
  decisionClocks,
  decisionFlagsNationalPanel,
  milestoneClocks,
  nationalNotificationClocks,
  nationalNotificationSteps,
  notificationClocks,
  rapidReviewDue,
} from '../../knowledge/editions/reviewClocks.ts';

describe('the clocks a notification starts', () => {
  it.each([
    ['wt2013', ['SCR_DECISION', 'SIN_2013'], { fromAwareness: ['SIN_2013'], fromNotification: ['SCR_DECISION'], afterNationalNotification: [] }],
    ['wt2015', ['SIN_2015'], { fromAwareness: ['SIN_2015'], fromNotification: ['SCR_DECISION'], afterNationalNotification: [] }],
    ['wt2023', ['SIN', 'RAPID_REVIEW'], { fromAwareness: ['SIN'], fromNotification: [], afterNationalNotification: ['RAPID_REVIEW'] }],
    ['wt2023', ['LAC_DEATH_NOTIFY'], { fromAwareness: ['LAC_DEATH_NOTIFY'], fromNotification: [], afterNationalNotification: [] }],
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

  it('stop their clock; the one to the Panel starts the rapid review when the case needs one', () => {
    const [sin] = nationalNotificationSteps('wt2023');
    expect(nationalNotificationClocks('wt2023', sin!, true)).toEqual({ stops: ['SIN'], starts: ['RAPID_REVIEW'] });
    expect(nationalNotificationClocks('wt2023', sin!, false)).toEqual({ stops: ['SIN'], starts: [] });
    const notToStart = nationalNotificationSteps('wt2013')[2]!;
    expect(nationalNotificationClocks('wt2013', notToStart, false)).toEqual({ stops: ['PANEL_NO_SCR'], starts: [] });
  });

  it('need a rapid review for a death or serious harm with abuse or neglect in the area, from WT2018', () => {
    const notification = { edition: 'wt2023' as const, nature: 'childDeath' as const, abuseOrNeglect: { status: 'suspected' as const, categories: [] }, incident: { occurredOn: '2026-11-22', location: 'Home', area: 'inArea' as const } };
    expect(rapidReviewDue(notification)).toBe(true);
    expect(rapidReviewDue({ ...notification, abuseOrNeglect: { status: 'notSuspected', categories: [] } })).toBe(false);
    expect(rapidReviewDue({ ...notification, nature: 'careLeaverDeath' })).toBe(false);
    expect(rapidReviewDue({ ...notification, edition: 'wt2013' })).toBe(false);
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
  ] as const)('%s %s', (edition, kind, change) => {
    expect(milestoneClocks(edition, kind)).toEqual(change);
  });
});

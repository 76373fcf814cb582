import { describe, expect, it } from 'vitest';
import { ALERT_REFRESH_VERB, alertActionSchema } from '../../cards/adaptive/submissionContract.ts';
import { factsOfLabelledValues } from '../../cards/adaptive/cardElements.ts';
import { renderAlertCard } from '../../cards/templates/alertCard.ts';
import type { AlertCardInput } from '../../cards/templates/alertCard.ts';
import { allElements } from './cardQueries.ts';

const alert: AlertCardInput = {
  reference: 'LADO-2026-000123',
  typeLabel: 'LADO referral',
  boardName: 'Northshire Safeguarding Children Partnership',
  dueText: 'By the end of Tuesday 22 April 2025',
  status: 'New',
  actions: [
    { verb: 'acknowledge', title: 'Acknowledge' },
    { verb: 'assignToMe', title: 'Assign to me' },
  ],
  cardId: 'alert-7f3a',
};

/** A record's case detail, which must never reach a channel. */
const canaryRecord = {
  childName: 'Zebedee Canary',
  childDateOfBirth: '2011-02-03',
  subjectName: 'Quentin Canary',
  address: '1 Canary Wharf Lane',
  summary: 'Canary allegation text',
};
const canaryStrings = Object.values(canaryRecord);

/** The facts the card shows, each label above its value. */
function facts(card: ReturnType<typeof renderAlertCard>) {
  return allElements(card)
    .map(factsOfLabelledValues)
    .find((found) => found !== undefined);
}

describe('renderAlertCard', () => {
  it('shows reference, type, board, due time, status and who has it, labels above values, and nothing else', () => {
    const card = renderAlertCard({ ...alert, assignee: 'Robin Duty' });
    expect(facts(card)).toEqual([
      { label: 'Reference', value: 'LADO-2026-000123' },
      { label: 'Due', value: 'By the end of Tuesday 22 April 2025' },
      { label: 'Status', value: 'New' },
      { label: 'Assigned to', value: 'Robin Duty' },
    ]);
    expect(JSON.stringify(card)).toContain('LADO referral');
    expect(JSON.stringify(card)).toContain('Northshire Safeguarding Children Partnership');
    expect(JSON.stringify(card)).not.toContain('"FactSet"');
  });

  it('says nobody has it yet when unassigned', () => {
    expect(facts(renderAlertCard(alert))).toContainEqual({ label: 'Assigned to', value: 'Nobody yet' });
  });

  it('uses Universal Actions with an Action.Submit fallback carrying the same data', () => {
    const card = renderAlertCard(alert);
    const expected = { verb: 'acknowledge', reference: 'LADO-2026-000123', cardId: 'alert-7f3a' };
    expect(card.actions?.[0]).toEqual({
      type: 'Action.Execute',
      title: 'Acknowledge',
      verb: 'acknowledge',
      data: expected,
      fallback: { type: 'Action.Submit', title: 'Acknowledge', data: expected, associatedInputs: 'none' },
    });
    for (const action of card.actions ?? []) expect(alertActionSchema.parse(action.data).verb).toBe(action.verb);
  });

  it('refreshes through Universal Actions, for the named users when given', () => {
    expect(renderAlertCard(alert).refresh).toEqual({
      action: { type: 'Action.Execute', verb: ALERT_REFRESH_VERB, data: { verb: ALERT_REFRESH_VERB, reference: 'LADO-2026-000123', cardId: 'alert-7f3a' } },
    });
    expect(renderAlertCard({ ...alert, refreshUserIds: ['29:1abc'] }).refresh?.userIds).toEqual(['29:1abc']);
  });

  it('has no room in its type for case detail', () => {
    // @ts-expect-error: childName is not an alert field
    expect(() => renderAlertCard({ ...alert, childName: 'Zebedee Canary' })).toThrow('unexpected childName');
  });

  it('refuses case detail smuggled in at run time, without repeating it in the error', () => {
    const smuggled: AlertCardInput = Object.assign({}, alert, canaryRecord);
    const attempt = () => renderAlertCard(smuggled);
    expect(attempt).toThrow(/unexpected childName, childDateOfBirth, subjectName, address, summary/);
    const message = (() => {
      try {
        attempt();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const canary of canaryStrings) expect(message).not.toContain(canary);
  });

  it('refuses a reference that is not one, such as a name', () => {
    expect(() => renderAlertCard({ ...alert, reference: 'Zebedee Canary' })).toThrow('reference: invalid_format');
  });

  it('refuses an action that claims the refresh verb', () => {
    expect(() => renderAlertCard({ ...alert, actions: [{ verb: ALERT_REFRESH_VERB, title: 'Refresh' }] })).toThrow('actions: custom');
  });

  it("contains none of the canary record's strings", () => {
    const card = JSON.stringify(renderAlertCard({ ...alert, assignee: 'Robin Duty', refreshUserIds: ['29:1abc'] }));
    for (const canary of canaryStrings) expect(card).not.toContain(canary);
  });

  it('keeps its structure (snapshot)', () => {
    expect(renderAlertCard({ ...alert, assignee: 'Robin Duty' })).toMatchSnapshot();
  });
});

describe('an alert card for a client without Universal Actions (Web Chat, the local page)', () => {
  it('has the same content with Action.Submit buttons carrying the same data, and no refresh', () => {
    const universal = renderAlertCard(alert);
    const plain = renderAlertCard({ ...alert, universalActions: false });
    expect(plain.body).toEqual(universal.body);
    expect(plain.refresh).toBeUndefined();
    expect(plain.actions?.map((action) => [action.type, action.title, action.data])).toEqual([
      ['Action.Submit', 'Acknowledge', { verb: 'acknowledge', reference: alert.reference, cardId: alert.cardId }],
      ['Action.Submit', 'Assign to me', { verb: 'assignToMe', reference: alert.reference, cardId: alert.cardId }],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { recogniseBoardStaffCommand } from '../../dialogs/boardStaff/boardStaffPhrases.ts';
import { dueText } from '../../bot/messaging/dueText.ts';

describe('what board staff type', () => {
  it.each([
    ['register this channel for LADO alerts', { kind: 'register', target: { topic: 'lado_referral' }, words: 'LADO' }],
    ['<at>Safeguarding assistant</at> register this channel for serious incident alerts.', { kind: 'register', target: { topic: 'serious_incident_notification' }, words: 'serious incident' }],
    ['Register this chat for operations alerts', { kind: 'register', target: { topic: 'operations' }, words: 'operations' }],
    ['register this channel for SCR alerts', { kind: 'register', target: { topic: 'scr_decision' }, words: 'SCR' }],
    ['register this channel for lado-duty alerts', { kind: 'register', target: { route: 'lado-duty' }, words: 'lado-duty' }],
    ['unregister this channel', { kind: 'unregister' }],
    ['unregister this channel for LADO alerts', { kind: 'unregister', target: { topic: 'lado_referral' }, words: 'LADO' }],
    ['Which alerts come here?', { kind: 'routesHere' }],
    ['my open items', { kind: 'openItems' }],
    ['open items', { kind: 'openItems' }],
    ['open lado-2026-000123', { kind: 'openRecord', reference: 'LADO-2026-000123' }],
    ['board report', { kind: 'boardReport' }],
    ['<at>Safeguarding assistant</at> Board report.', { kind: 'boardReport' }],
  ])('%s', (text, command) => {
    expect(recogniseBoardStaffCommand(text)).toEqual(command);
  });

  it.each(['I want to make a LADO referral', 'open', 'register', 'help', 'what items are open for the child?'])('leaves "%s" to the flows', (text) => {
    expect(recogniseBoardStaffCommand(text)).toBeUndefined();
  });
});

describe('due times on alerts, in London time', () => {
  it.each([
    [new Date('2026-03-04T00:00:00Z'), 'By the end of Tuesday 3 March 2026'],
    [new Date('2026-07-01T23:00:00Z'), 'By the end of Wednesday 1 July 2026'],
    [new Date('2026-07-01T13:30:00Z'), 'By 14:30 on Wednesday 1 July 2026 (London time)'],
    [null, 'No deadline set'],
  ])('%s → %s', (dueBy, text) => {
    expect(dueText(dueBy)).toBe(text);
  });
});

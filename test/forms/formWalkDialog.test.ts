import { MemoryStorage, type UserState } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { adaptiveCardProblems } from '../../cards/adaptive/validateCard.ts';
import { defineForm } from '../../cards/forms/formSpec.ts';
import { sectionFromSchema } from '../../cards/forms/sectionFromSchema.ts';
import { renderReceiptCard } from '../../cards/templates/receiptCard.ts';
import { cardMessage } from '../../dialogs/forms/cardMessage.ts';
import { UserStateDraftStore } from '../../dialogs/forms/draftStore.ts';
import { startDraft } from '../../dialogs/forms/formDraft.ts';
import { FormWalkDialog, type FormWalkResult } from '../../dialogs/forms/formWalkDialog.ts';
import type { SubmissionRequest } from '../../dialogs/ports.ts';
import type { Reply } from '../support/conversation.ts';
import { replyText, WalkHarness } from './walkHarness.ts';

const petSection = sectionFromSchema(
  'pet',
  'Pets',
  z.strictObject({
    petName: z.string().trim().min(2).max(200).meta({ title: 'Pet name' }),
    species: z.enum(['cat', 'dog']).meta({ title: 'Species' }),
  }),
);
const ownerSection = sectionFromSchema('owner', 'Owner', z.strictObject({ email: z.email().max(254).meta({ title: 'Email' }) }));
const declarationSection = sectionFromSchema('declaration', 'Declaration', z.strictObject({ agreed: z.literal(true).meta({ title: 'I agree' }) }));
const form = defineForm({ id: 'petForm', title: 'Pet registration', recordType: 'pet', sections: [ownerSection, petSection, declarationSection] });

const FIXED_NOW = new Date('2026-03-02T10:00:00Z');

function walkWith(submitted: SubmissionRequest[]) {
  return (userState: UserState) =>
    new FormWalkDialog({
      dialogId: 'petWalk',
      form,
      drafts: new UserStateDraftStore(userState),
      time: { now: () => FIXED_NOW },
      submissions: {
        async submit(request) {
          submitted.push(request);
          return { recordId: 'r1', reference: 'PET-2026-000001', duplicate: false, submittedAt: FIXED_NOW, clocks: [], deliveredThrough: 'boardInbox', alert: 'none' };
        },
      },
      repeatable: { pet: { itemTitle: (position) => `Pet ${position}`, countOf: (count) => (count === 1 ? '1 pet' : `${count} pets`), addAnotherLabel: 'Add another pet' } },
      stepBanner: () => 'Banner: 1 working day left',
      explain: () => ({ text: 'Because the pet rules say so [PETS]' }),
      buildRecord: (draft) => ({ ok: true, recordType: 'pet', record: draft.values, clocks: [] }),
      receipt: (receipt) => [cardMessage(renderReceiptCard({ reference: receipt.reference, title: 'Registered', nextSteps: ['Wait'] }))],
      resumeHint: 'type **resume pets**.',
    });
}

function newDraft(instanceId = 'instance-1') {
  return startDraft({ formId: form.id, instanceId, boardId: 'sample-partnership', ownerIdentity: 'local:walk-user', firstSectionId: 'owner', facts: {}, now: FIXED_NOW });
}

const card = (replies: Reply[]) => replies.flatMap((reply) => reply.attachments ?? []).at(-1)?.content;
const action = (section: string, intent: string, instance = 'instance-1') => ({ form: form.id, instance, section, intent });

describe('FormWalkDialog', () => {
  it('walks sections with a step indicator and banner, repeats a section, and submits from the summary', async () => {
    const submitted: SubmissionRequest[] = [];
    const chat = new WalkHarness({ dialog: walkWith(submitted) });

    const first = replyText(await chat.begin({ draft: newDraft() }));
    expect(first).toContain('Step 1 of 3 · Owner');
    expect(first).toContain('Banner: 1 working day left');

    expect(replyText(await chat.submits({ ...action('owner', 'next'), email: 'owner@example.org' }))).toContain('Step 2 of 3 · Pet 1');
    expect(replyText(await chat.submits({ ...action('pet', 'next'), petName: 'Tibbles', species: 'cat' }))).toContain('You have added 1 pet');
    expect(replyText(await chat.submits({ choice: 'add' }))).toContain('Step 2 of 3 · Pet 2');
    await chat.submits({ ...action('pet', 'next'), petName: 'Rex', species: 'dog' });
    expect(replyText(await chat.says('continue'))).toContain('Step 3 of 3 · Declaration');

    const summary = await chat.submits({ ...action('declaration', 'next'), agreed: 'true' });
    const summaryText = replyText(summary);
    expect(summaryText).toContain('Check your answers');
    expect(summaryText).toContain('Tibbles');
    expect(summaryText).toContain('Rex');
    expect(adaptiveCardProblems(card(summary))).toEqual([]);

    const receipt = replyText(await chat.submits(action('review', 'confirm')));
    expect(receipt).toContain('PET-2026-000001');
    expect(submitted).toHaveLength(1);
    expect(submitted[0]?.formInstanceId).toBe('instance-1');
    expect(submitted[0]?.record).toMatchObject({ pet: [{ petName: 'Tibbles' }, { petName: 'Rex' }] });
    expect(chat.results).toEqual([expect.objectContaining({ outcome: 'submitted' } satisfies Partial<FormWalkResult>)]);
  });

  it('says what to fix on a bad card and keeps what was typed, then accepts the corrected card', async () => {
    const chat = new WalkHarness({ dialog: walkWith([]) });
    await chat.begin({ draft: newDraft() });
    const refused = await chat.submits({ ...action('owner', 'next'), email: 'not-an-email' });
    expect(replyText(refused)).toContain('There is 1 thing to fix');
    expect(replyText(refused)).toContain('not-an-email');
    expect(adaptiveCardProblems(card(refused))).toEqual([]);

    const unknownField = replyText(await chat.submits({ ...action('owner', 'next'), email: 'owner@example.org', isAdmin: 'true' }));
    expect(unknownField).toContain('Unexpected field "isAdmin"');
    expect(replyText(await chat.submits({ ...action('owner', 'next'), email: 'owner@example.org' }))).toContain('Step 2 of 3');
  });

  it('refuses a card from another form instance or an earlier step, and changes nothing', async () => {
    const chat = new WalkHarness({ dialog: walkWith([]) });
    await chat.begin({ draft: newDraft() });
    await chat.submits({ ...action('owner', 'next'), email: 'owner@example.org' });

    const foreign = replyText(await chat.submits({ ...action('pet', 'next', 'someone-elses-instance'), petName: 'Evil', species: 'cat' }));
    expect(foreign).toContain('no longer open here, or to someone else');
    expect(foreign).toContain('Step 2 of 3 · Pet 1');

    const earlier = replyText(await chat.submits({ ...action('owner', 'next'), email: 'changed@example.org' }));
    expect(earlier).toContain('earlier card');
    await chat.submits({ ...action('pet', 'next'), petName: 'Tibbles', species: 'cat' });
    await chat.says('continue');
    const summary = replyText(await chat.submits({ ...action('declaration', 'next'), agreed: 'true' }));
    expect(summary).toContain('owner@example.org');
    expect(summary).not.toContain('changed@example.org');
    expect(summary).not.toContain('Evil');
  });

  it('goes back, edits a section from the summary, and returns to the summary', async () => {
    const chat = new WalkHarness({ dialog: walkWith([]) });
    await chat.begin({ draft: newDraft() });
    await chat.submits({ ...action('owner', 'next'), email: 'owner@example.org' });
    const back = replyText(await chat.submits(action('pet', 'back')));
    expect(back).toContain('Step 1 of 3 · Owner');
    expect(back).toContain('owner@example.org');
    await chat.submits({ ...action('owner', 'next'), email: 'owner@example.org' });
    await chat.submits({ ...action('pet', 'next'), petName: 'Tibbles', species: 'cat' });
    await chat.says('continue');
    await chat.submits({ ...action('declaration', 'next'), agreed: 'true' });

    expect(replyText(await chat.submits(action('owner', 'edit')))).toContain('Step 1 of 3 · Owner');
    const summary = replyText(await chat.submits({ ...action('owner', 'next'), email: 'new-owner@example.org' }));
    expect(summary).toContain('Check your answers');
    expect(summary).toContain('new-owner@example.org');
  });

  it('keeps the draft after Cancel, across a restart and in another conversation of the same user', async () => {
    const storage = new MemoryStorage();
    const chat = new WalkHarness({ dialog: walkWith([]), storage });
    await chat.begin({ draft: newDraft() });
    await chat.submits({ ...action('owner', 'next'), email: 'owner@example.org' });
    expect(replyText(await chat.submits(action('pet', 'cancel')))).toContain('resume pets');
    expect(chat.results).toEqual([{ outcome: 'stopped' }]);

    const restarted = new WalkHarness({ dialog: walkWith([]), storage, conversationId: 'another-conversation' });
    const resumed = replyText(
      await restarted.beginWith(async (context, userState) => ({
        draft: await new UserStateDraftStore(userState).load(context, form.id, FIXED_NOW),
      })),
    );
    expect(resumed).toContain('Step 2 of 3 · Pet 1');
    expect(replyText(await restarted.submits(action('pet', 'back')))).toContain('owner@example.org');
  });

  it('forgets a draft after a week without changes', async () => {
    const storage = new MemoryStorage();
    const chat = new WalkHarness({ dialog: walkWith([]), storage });
    await chat.begin({ draft: newDraft() });
    const eightDaysLater = new Date(FIXED_NOW.getTime() + 8 * 86_400_000);
    let loaded: unknown = 'not loaded';
    await new WalkHarness({ dialog: walkWith([]), storage }).beginWith(async (context, userState) => {
      loaded = await new UserStateDraftStore(userState).load(context, form.id, eightDaysLater);
      return { draft: newDraft('instance-2') };
    });
    expect(loaded).toBeUndefined();
  });

  it('answers "why?" with what the step rests on', async () => {
    const chat = new WalkHarness({ dialog: walkWith([]) });
    await chat.begin({ draft: newDraft() });
    expect(replyText(await chat.says('why?'))).toContain('[PETS]');
    expect(replyText(await chat.says('blah'))).toContain('Please answer on the card');
  });
});

import { TurnContext, type Activity } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { SectionCardOptions } from '../../cards/adaptive/renderSectionCard.ts';
import { cardActionSchema, type CardAction } from '../../cards/adaptive/submissionContract.ts';
import { applicableForm, applicableValues, findSection, type FormSpec, type KnownAnswers, type SectionValues } from '../../cards/forms/formSpec.ts';
import { parseSectionSubmission, type FieldProblem } from '../../cards/forms/parseSubmission.ts';
import type { ClockStart, SubmissionPort, SubmissionReceipt, TimeSource } from '../ports.ts';
import { getTurnUser } from '../turnUser.ts';
import { userText } from '../userInput.ts';
import { cardMessage } from './cardMessage.ts';
import type { DraftStore } from './draftStore.ts';
import { draftKeyOf, scheduleDraftReminders, type WalkReminders } from './draftReminders.ts';
import type { FormDraft } from './formDraft.ts';
import { ADD_ANOTHER, addAnotherChoice, CONTINUE, REMOVE, stepCard, type AddAnotherChoice, type RepeatableSection, type WalkView } from './walkCards.ts';
import { cancelledText, cannotSubmitYetText, earlierStepText, formClosedText, staleCardText, useTheCardText } from './walkMessages.ts';
import type { KeepsDraft } from './keptDraft.ts';
import { addAnotherItem, afterBack, afterNext, editSection, finishItems, removeCurrentItem, withAnswers, type WalkLayout } from './walkNavigation.ts';
import { isWhy } from './whyQuestion.ts';

export type { RepeatableSection } from './walkCards.ts';

/** The record a confirmed draft becomes, or what stops it (plain English, no case detail). */
export type RecordBuild = { ok: true; recordType: string; record: unknown; clocks: ClockStart[] } | { ok: false; problems: string[] };

/**
 * What a section's accepted answers lead to before the walk goes on: keep the user on the card with a warning
 * to act on, or stop the walk (the answers and any facts kept in the draft, to resume later).
 */
export type SectionCheck<Facts extends object> =
  { kind: 'hold'; messages: Array<Partial<Activity>>; problems: FieldProblem[] } | { kind: 'stop'; messages: Array<Partial<Activity>>; facts: Partial<Facts> };

export interface FormWalkSettings<Facts extends object> {
  dialogId: string;
  form: FormSpec;
  drafts: DraftStore;
  time: TimeSource;
  submissions: SubmissionPort;
  /** The receipt says whether board staff were alerted, and the submitter is told later when they were not yet. */
  reportAlert?: boolean;
  repeatable?: Record<string, RepeatableSection>;
  /** A line kept in front of the user on every card, e.g. the time left on the clock. */
  stepBanner?(draft: FormDraft<Facts>, now: Date): string | undefined;
  /** The answer to "why?" at the current step: what it rests on, with citations. */
  explain?(draft: FormDraft<Facts>): Partial<Activity>;
  /** Checked when a section's answers are accepted, before the walk moves on. */
  checkSection?(draft: FormDraft<Facts>, values: SectionValues, now: Date): SectionCheck<Facts> | undefined;
  /** Builds and validates the whole record from the draft when the user confirms. */
  buildRecord(draft: FormDraft<Facts>, now: Date): RecordBuild;
  /** What the user sees once the record is submitted: the receipt card and anything else. */
  receipt(receipt: SubmissionReceipt, draft: FormDraft<Facts>): Array<Partial<Activity>>;
  /** The board's accepted domains for secure work email addresses, when it keeps a list. */
  secureEmailDomains?(draft: FormDraft<Facts>): readonly string[] | undefined;
  /** Reminders to the drafter as the clock the form will start nears its end; cancelled on submit. */
  reminders?: WalkReminders<Facts>;
  /** How to carry on later, e.g. 'type **resume my LADO referral** in any chat with me.' */
  resumeHint: string;
}

export interface FormWalkOptions<Facts extends object = object> {
  /** A new draft (from the flow's questions before the form) or one loaded to resume. */
  draft: FormDraft<Facts>;
}

export type FormWalkResult<Facts extends object = object> = { outcome: 'submitted'; receipt: SubmissionReceipt; draft: FormDraft<Facts> } | { outcome: 'stopped' };

type WalkState = { instanceId: string };

/**
 * The shared form walk: one card per section with a step indicator, Next / Back / Cancel, repeatable
 * sections, a summary where any section can be edited, then confirm → SubmissionPort.submit → receipt.
 * The draft lives in the user's state (DraftStore) and is saved after every accepted step; a card from
 * another form instance or an earlier step is refused and changes nothing.
 */
export class FormWalkDialog<Facts extends object> extends Dialog<FormWalkOptions<Facts>> implements KeepsDraft {
  readonly #settings: FormWalkSettings<Facts>;
  readonly #layout: WalkLayout;

  constructor(settings: FormWalkSettings<Facts>) {
    super(settings.dialogId);
    this.#settings = settings;
    const repeatable = new Set(Object.keys(settings.repeatable ?? {}));
    for (const sectionId of repeatable) findSection(settings.form, sectionId);
    this.#layout = { sectionIdsOf: (draft) => this.#formOf(draft).sections.map((section) => section.id), repeatable };
  }

  override async beginDialog(dc: DialogContext, options?: FormWalkOptions<Facts>): Promise<DialogTurnResult> {
    if (options?.draft === undefined) throw new Error(`${this.id} needs a draft to walk`);
    const state: WalkState = { instanceId: options.draft.instanceId };
    dc.activeDialog!.state = state;
    const draft = await this.#save(dc.context, options.draft);
    await this.#showStep(dc.context, draft);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { instanceId } = dc.activeDialog!.state as WalkState;
    const draft = await this.#settings.drafts.load<Facts>(dc.context, this.#settings.form.id, this.#settings.time.now());
    if (draft?.instanceId !== instanceId) {
      await dc.context.sendActivity(formClosedText);
      return dc.endDialog({ outcome: 'stopped' } satisfies FormWalkResult<Facts>);
    }
    const action = cardActionSchema.safeParse(dc.context.activity.value);
    if (action.success) return this.#onCardAction(dc, draft, action.data);
    if (draft.stage === 'addAnother') {
      const choice = addAnotherChoice(userText(dc.context));
      if (choice !== undefined) return this.#onAddAnother(dc, draft, choice);
    }
    if (isWhy(userText(dc.context)) && this.#settings.explain !== undefined) {
      await dc.context.sendActivity(this.#settings.explain(draft));
      return Dialog.EndOfTurn;
    }
    await dc.context.sendActivity(useTheCardText);
    return Dialog.EndOfTurn;
  }

  async resumeHintIfKept(context: TurnContext): Promise<string | undefined> {
    const draft = await this.#settings.drafts.load<Facts>(context, this.#settings.form.id, this.#settings.time.now());
    return draft === undefined ? undefined : this.#settings.resumeHint;
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    const draft = await this.#settings.drafts.load<Facts>(context, this.#settings.form.id, this.#settings.time.now());
    if (draft !== undefined) await this.#showStep(context, draft);
  }

  async #onCardAction(dc: DialogContext, draft: FormDraft<Facts>, action: CardAction): Promise<DialogTurnResult> {
    if (action.form !== draft.formId || action.instance !== draft.instanceId) return this.#refuse(dc, draft, staleCardText);
    if (action.intent === 'cancel') return this.#stop(dc);

    const onReview = draft.stage === 'review';
    const onThisSection = draft.stage === 'section' && action.section === draft.sectionId;
    switch (action.intent) {
      case 'next':
        return onThisSection ? this.#onNext(dc, draft) : this.#refuse(dc, draft, earlierStepText);
      case 'back':
        return onThisSection ? this.#moveTo(dc, afterBack(draft, this.#layout)) : this.#refuse(dc, draft, earlierStepText);
      case 'edit':
        return onReview && this.#layout.sectionIdsOf(draft).includes(action.section) ? this.#moveTo(dc, editSection(draft, action.section)) : this.#refuse(dc, draft, earlierStepText);
      case 'confirm':
        return onReview ? this.#onConfirm(dc, draft) : this.#refuse(dc, draft, earlierStepText);
    }
  }

  async #onNext(dc: DialogContext, draft: FormDraft<Facts>): Promise<DialogTurnResult> {
    const section = findSection(this.#settings.form, draft.sectionId);
    const raw = dc.context.activity.value as unknown;
    const secureEmailDomains = this.#settings.secureEmailDomains?.(draft);
    const parsed = parseSectionSubmission(section, raw, { now: this.#settings.time.now(), ...(secureEmailDomains !== undefined && { secureEmailDomains }) });
    if (!parsed.ok) {
      await this.#showStep(dc.context, draft, { ...(typedAnswers(raw) !== undefined && { values: typedAnswers(raw) }), problems: parsed.problems });
      return Dialog.EndOfTurn;
    }
    const check = this.#settings.checkSection?.(draft, parsed.values, this.#settings.time.now());
    switch (check?.kind) {
      case 'hold':
        await dc.context.sendActivities(check.messages);
        await this.#showStep(dc.context, draft, { values: parsed.values, problems: check.problems });
        return Dialog.EndOfTurn;
      case 'stop': {
        const kept = withAnswers(draft, this.#layout, parsed.values);
        await this.#save(dc.context, { ...kept, facts: { ...kept.facts, ...check.facts } });
        await dc.context.sendActivities(check.messages);
        return dc.endDialog({ outcome: 'stopped' } satisfies FormWalkResult<Facts>);
      }
      default:
        return this.#moveTo(dc, afterNext(draft, this.#layout, parsed.values));
    }
  }

  async #onAddAnother(dc: DialogContext, draft: FormDraft<Facts>, choice: AddAnotherChoice): Promise<DialogTurnResult> {
    switch (choice) {
      case ADD_ANOTHER:
        return this.#moveTo(dc, addAnotherItem(draft));
      case REMOVE:
        return this.#moveTo(dc, removeCurrentItem(draft));
      case CONTINUE:
        return this.#moveTo(dc, finishItems(draft, this.#layout));
    }
  }

  async #onConfirm(dc: DialogContext, draft: FormDraft<Facts>): Promise<DialogTurnResult> {
    const now = this.#settings.time.now();
    const built = this.#settings.buildRecord({ ...draft, values: applicableValues(this.#settings.form, knownOf(draft)) as FormDraft['values'] }, now);
    if (!built.ok) {
      await dc.context.sendActivity(cannotSubmitYetText(built.problems));
      await this.#showStep(dc.context, draft);
      return Dialog.EndOfTurn;
    }
    const user = getTurnUser(dc.context);
    const receipt = await this.#settings.submissions.submit({
      recordType: built.recordType,
      record: built.record,
      formInstanceId: draft.instanceId,
      boardId: draft.boardId,
      submitter: { identity: user.identity, ...(user.displayName !== undefined && { displayName: user.displayName }) },
      conversation: TurnContext.getConversationReference(dc.context.activity),
      clocks: built.clocks,
      ...(this.#settings.reportAlert === true && { reportAlert: true }),
    });
    // Bot-side state is purged once the record is handed off (domain brief §8).
    await this.#settings.drafts.discard(dc.context, draft.formId);
    await this.#settings.reminders?.port.cancel(draftKeyOf(draft));
    await dc.context.sendActivities(this.#settings.receipt(receipt, draft));
    return dc.endDialog({ outcome: 'submitted', receipt, draft } satisfies FormWalkResult<Facts>);
  }

  async #stop(dc: DialogContext): Promise<DialogTurnResult> {
    await dc.context.sendActivity(cancelledText(this.#settings.resumeHint));
    return dc.endDialog({ outcome: 'stopped' } satisfies FormWalkResult<Facts>);
  }

  async #refuse(dc: DialogContext, draft: FormDraft<Facts>, text: string): Promise<DialogTurnResult> {
    await dc.context.sendActivity(text);
    await this.#showStep(dc.context, draft);
    return Dialog.EndOfTurn;
  }

  async #moveTo(dc: DialogContext, draft: FormDraft<Facts>): Promise<DialogTurnResult> {
    const saved = await this.#save(dc.context, draft);
    await this.#showStep(dc.context, saved);
    return Dialog.EndOfTurn;
  }

  async #save(context: TurnContext, draft: FormDraft<Facts>): Promise<FormDraft<Facts>> {
    const saved = { ...draft, updatedAt: this.#settings.time.now().toISOString() };
    await this.#settings.drafts.save(context, saved);
    const { reminders } = this.#settings;
    if (reminders !== undefined) await scheduleDraftReminders(reminders, context, saved, this.#settings.drafts.expiresAt(saved));
    return saved;
  }

  async #showStep(context: TurnContext, draft: FormDraft<Facts>, shown?: Pick<SectionCardOptions, 'values' | 'problems'>): Promise<void> {
    const banner = this.#settings.stepBanner?.(draft, this.#settings.time.now());
    const view: WalkView = { form: this.#formOf(draft), layout: this.#layout, repeatable: this.#settings.repeatable ?? {}, ...(banner !== undefined && { banner }) };
    await context.sendActivity(cardMessage(stepCard(view, draft, shown)));
  }

  /** The form as this draft is asked it: without the sections its answers rule out. */
  #formOf(draft: FormDraft): FormSpec {
    return applicableForm(this.#settings.form, knownOf(draft));
  }
}

function knownOf(draft: FormDraft): KnownAnswers {
  return { values: draft.values, facts: { ...draft.facts } };
}

/** What the user typed, to put back on the card beside the problems so nothing is lost. */
function typedAnswers(raw: unknown): SectionValues | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  return raw as SectionValues;
}

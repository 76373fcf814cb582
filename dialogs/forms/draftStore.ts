import type { StatePropertyAccessor, TurnContext, UserState } from 'botbuilder';
import type { FormDraft } from './formDraft.ts';
import { getTurnUser } from '../turnUser.ts';

/** Where drafts live between turns: the user's own state, so nobody else ever sees them. */
export interface DraftStore {
  /**
   * The user's draft of a form, unless there is none or it has been idle too long (it is then discarded). Only the
   * form's own walk saves it, so its facts are the ones that walk declares.
   */
  load<Facts extends object>(context: TurnContext, formId: string, now: Date): Promise<FormDraft<Facts> | undefined>;
  save(context: TurnContext, draft: FormDraft): Promise<void>;
  discard(context: TurnContext, formId: string): Promise<void>;
  /** When the draft is discarded if nobody changes it again. */
  expiresAt(draft: FormDraft): Date;
}

type DraftsByForm = Record<string, FormDraft>;

const MS_PER_DAY = 86_400_000;
/** In-progress dialog state is deleted after 7 days of inactivity (domain brief §8). */
export const DEFAULT_DRAFT_IDLE_DAYS = 7;

/** Drafts in botbuilder user state (saved by the turn pipeline after each turn, with eTags). */
export class UserStateDraftStore implements DraftStore {
  readonly #drafts: StatePropertyAccessor<DraftsByForm>;
  readonly #idleDays: number;

  constructor(userState: UserState, idleDays = DEFAULT_DRAFT_IDLE_DAYS) {
    this.#drafts = userState.createProperty<DraftsByForm>('formDrafts');
    this.#idleDays = idleDays;
  }

  async load<Facts extends object>(context: TurnContext, formId: string, now: Date): Promise<FormDraft<Facts> | undefined> {
    const drafts = await this.#all(context);
    const draft = Object.hasOwn(drafts, formId) ? drafts[formId] : undefined;
    if (draft === undefined || draft.ownerIdentity !== getTurnUser(context).identity) return undefined;
    if (now > this.expiresAt(draft)) {
      await this.discard(context, formId);
      return undefined;
    }
    return draft as FormDraft<Facts>;
  }

  async save(context: TurnContext, draft: FormDraft): Promise<void> {
    const drafts = await this.#all(context);
    await this.#drafts.set(context, { ...drafts, [draft.formId]: draft });
  }

  async discard(context: TurnContext, formId: string): Promise<void> {
    const { [formId]: _discarded, ...others } = await this.#all(context);
    await this.#drafts.set(context, others);
  }

  expiresAt(draft: FormDraft): Date {
    return new Date(Date.parse(draft.updatedAt) + this.#idleDays * MS_PER_DAY);
  }

  async #all(context: TurnContext): Promise<DraftsByForm> {
    return (await this.#drafts.get(context, {})) ?? {};
  }
}

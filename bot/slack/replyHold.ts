import type { Activity, ResourceResponse } from 'botbuilder';

type Post = (activities: Array<Partial<Activity>>) => Promise<ResourceResponse[]>;

/**
 * Holds a turn's replies back instead of posting them, so a form submission can be answered in Slack's own
 * response (errors beside the fields, or the next step in the modal). Once released, what was held is posted in
 * order and later replies go straight out, after it.
 */
export class ReplyHold {
  readonly #held: Array<Partial<Activity>> = [];
  #released: Promise<unknown> | undefined;

  async send(activities: Array<Partial<Activity>>, post: Post): Promise<ResourceResponse[]> {
    if (this.#released !== undefined) {
      await this.#released;
      return post(activities);
    }
    this.#held.push(...activities);
    return activities.map(() => ({ id: '' }));
  }

  /** What the turn has said so far. */
  get held(): ReadonlyArray<Partial<Activity>> {
    return this.#held;
  }

  /** Posts `activities` (by default all held) and lets later replies through. */
  release(post: Post, activities: ReadonlyArray<Partial<Activity>> = this.#held): Promise<unknown> {
    this.#released ??= activities.length === 0 ? Promise.resolve() : post([...activities]);
    return this.#released;
  }
}

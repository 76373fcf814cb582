import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { ThresholdConsultation } from '../../knowledge/records/thresholdConsultation.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import type { TestConversation, Reply } from '../support/conversation.ts';
import { next } from '../support/cardChat.ts';

/** A practitioner with a user of their own, so drafts never cross between tests. */
export const newPractitioner = (extra: Record<string, string> = {}) => ({ userId: `practitioner-${randomUUID()}`, userName: 'Test practitioner', ...extra });

/** A Teams user of the Northfield partnership (second demo board, three-level document), by its tenant id. */
export const NORTHFIELD_TENANT = '00000000-0000-4000-8000-00000000b001';

export interface Walk {
  /** Red flags ticked first (comma-separated ids); the walk then goes on to the full check. */
  redFlags?: string;
  about?: { agencyType: string; ageBand: string };
  /** Indicator ids ticked per domain, in the document's domain order. */
  domains: string[];
  /** Domains (by position) answered "not sure". */
  notSure?: number[];
  voice?: Record<string, string>;
}

/** From "threshold" to the suggested level: red flags (then on to the full check), about, each domain card, the child's voice. */
export async function walkToAnswer(chat: TestConversation, walk: Walk): Promise<Reply[]> {
  await chat.says('threshold');
  await next(chat, { redFlags: walk.redFlags ?? '' });
  if (walk.redFlags) await chat.submits({ choice: 'continue' });
  await next(chat, walk.about ?? { agencyType: 'school', ageBand: '5to10' });
  for (const [index, indicators] of walk.domains.entries()) {
    await next(chat, { indicators, notSure: String(walk.notSure?.includes(index) ?? false) });
  }
  return next(chat, walk.voice ?? { childVoice: '', keepChildVoice: 'false', riskFactors: '' });
}

/** The stored record behind the reference a receipt showed. */
export async function recordShownIn(bot: BotUnderTest, receiptText: string): Promise<ThresholdConsultation> {
  const reference = /\b[A-Z]+-\d{4}-\d{6}\b/.exec(receiptText)?.[0];
  expect(reference, 'a reference on the receipt').toBeDefined();
  const { rows } = await bot.app.db.query<{ payload: ThresholdConsultation }>('SELECT payload FROM records WHERE reference = $1', [reference]);
  expect(rows).toHaveLength(1);
  return rows[0]!.payload;
}

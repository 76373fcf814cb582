import { randomUUID } from 'node:crypto';
import type { TestConversation, Reply } from '../support/conversation.ts';
import { next } from '../support/cardChat.ts';

/** A practitioner with a user of their own, so drafts never cross between tests. */
export const newPractitioner = (extra: Record<string, string> = {}) => ({ userId: `practitioner-${randomUUID()}`, userName: 'Test practitioner', ...extra });

export interface Walk {
  redFlags?: string;
  about?: { agencyType: string; ageBand: string };
  /** Indicator ids ticked per domain, in the document's domain order. */
  domains: string[];
  voice?: Record<string, string>;
}

/** From "threshold" to the suggested level: red flags, about, each domain card, the child's voice. */
export async function walkToAnswer(chat: TestConversation, walk: Walk): Promise<Reply[]> {
  await chat.says('threshold');
  await next(chat, { redFlags: walk.redFlags ?? '' });
  await next(chat, walk.about ?? { agencyType: 'school', ageBand: '5to10' });
  for (const indicators of walk.domains) await next(chat, { indicators, notSure: 'false' });
  return next(chat, walk.voice ?? { childVoice: '', keepChildVoice: 'false', riskFactors: '' });
}

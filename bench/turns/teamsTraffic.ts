import { randomUUID } from 'node:crypto';

/** What a load phase measured: each turn's round-trip time, and the wall time of the whole phase. */
export interface PhaseTimings {
  turnMilliseconds: number[];
  wallMilliseconds: number;
}

/** The turns of one fresh Teams personal chat: the bot is installed (conversation update), then two messages. */
export const TURNS_PER_CONVERSATION = 3;

function personalChatActivities(connectorUrl: string): Record<string, unknown>[] {
  const userId = `29:${randomUUID()}`;
  const user = { id: userId, name: 'Bench User', aadObjectId: randomUUID() };
  const tenant = { id: '5c0d8d44-0000-4000-8000-00000000be0c' };
  const common = {
    channelId: 'msteams',
    serviceUrl: connectorUrl,
    from: user,
    recipient: { id: '28:bench-bot', name: 'Safeguarding assistant' },
    conversation: { id: `a:${randomUUID()}`, conversationType: 'personal', tenantId: tenant.id },
    channelData: { tenant },
    locale: 'en-GB',
  };
  const at = () => ({ id: randomUUID(), timestamp: new Date().toISOString(), localTimestamp: new Date().toISOString() });
  return [
    { ...common, ...at(), type: 'conversationUpdate', membersAdded: [user] },
    { ...common, ...at(), type: 'message', text: 'help', textFormat: 'plain' },
    { ...common, ...at(), type: 'message', text: 'cancel', textFormat: 'plain' },
  ];
}

async function postTurn(botUrl: string, activity: Record<string, unknown>): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  await response.arrayBuffer();
  if (response.status >= 300) throw new Error(`bot answered a turn with ${response.status}`);
  return performance.now() - start;
}

/** `conversations` fresh personal chats, `concurrency` at a time, each turn posted after the previous one is answered. */
export async function driveConversations(botUrl: string, connectorUrl: string, conversations: number, concurrency: number): Promise<PhaseTimings> {
  const turnMilliseconds: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < conversations) {
        next++;
        for (const activity of personalChatActivities(connectorUrl)) turnMilliseconds.push(await postTurn(botUrl, activity));
      }
    }),
  );
  return { turnMilliseconds, wallMilliseconds: performance.now() - start };
}

/** The value below which `fraction` of the sorted timings fall. */
export function percentile(timings: number[], fraction: number): number {
  const sorted = [...timings].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

import type { Activity } from 'botbuilder';
import type { NamedPerson } from '../../dialogs/boardStaff/roleAdministrationPort.ts';
import { isWellFormedIdentity, normaliseIdentity } from '../../knowledge/boards/identity.ts';

interface MentionEntity {
  type: 'mention';
  mentioned?: { id?: string; name?: string; aadObjectId?: string };
}

const isMention = (entity: unknown): entity is MentionEntity => (entity as { type?: unknown } | null)?.type === 'mention';

/**
 * The identity of someone a message mentions, other than the bot: in Teams by the mention's Entra object id
 * (mentioned.aadObjectId), in Slack by the workspace and member id (mentioned.id). An identity typed out in full
 * (aad:…, slack:…, local:…) is taken too.
 */
export function mentionedPerson(activity: Pick<Activity, 'channelId' | 'entities' | 'recipient' | 'conversation'>, typed: string): NamedPerson | undefined {
  const mention = (activity.entities ?? []).filter(isMention).find((entity) => entity.mentioned?.id !== activity.recipient?.id);
  const who = mention?.mentioned;
  const name = who?.name ? { displayName: who.name } : {};
  if (activity.channelId === 'msteams' && who?.aadObjectId) return { identity: normaliseIdentity(`aad:${who.aadObjectId}`), ...name };
  if (activity.channelId === 'slack' && who?.id) return { identity: `slack:${activity.conversation.tenantId ?? 'unknown'}:${who.id}`, ...name };
  const typedIdentity = typed.trim();
  return isWellFormedIdentity(typedIdentity) ? { identity: normaliseIdentity(typedIdentity) } : undefined;
}

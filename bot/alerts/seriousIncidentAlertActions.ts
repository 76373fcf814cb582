import type { AlertActionRegistry } from './alertActions.ts';

/**
 * The review decision button on serious incident alert cards: the chair or a member of the business team takes the
 * notification for decision (it is assigned to them, as "Assign to me" does), so the card shows who owns it. The
 * decision itself, with its criteria answers and reasons, and the milestones after it are records entered in a
 * one-to-one chat ("record review decision <reference>"), never in a channel.
 */
export function withSeriousIncidentAlertActions(registry: AlertActionRegistry): AlertActionRegistry {
  const assignToMe = registry.find('assignToMe');
  if (!assignToMe) throw new Error('the serious incident actions build on the standard "assignToMe" action');
  return registry.register({
    verb: 'reviewTakeForDecision',
    title: 'Take for review decision',
    offeredFor: (item) => item.recordType === 'serious_incident_notification' && item.state !== 'done',
    apply: assignToMe.apply,
  });
}

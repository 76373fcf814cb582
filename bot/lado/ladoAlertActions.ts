import type { AlertActionDefinition, AlertActionRegistry } from '../alerts/alertActions.ts';

const LADO_RECORD_TYPES = ['lado_referral', 'lado_consultation'];

/**
 * The LADO's button on LADO alert cards: they take the referral or consultation for decision, so the card shows
 * who owns it. The decision itself (threshold met / not met / consultation only, with reasons) and later the
 * outcome are records, entered in a one-to-one chat ("record LADO decision <reference>"), never in a channel.
 */
const ladoTakeForDecision: AlertActionDefinition = {
  verb: 'ladoTakeForDecision',
  title: 'LADO: take for decision',
  offeredFor: (item) => LADO_RECORD_TYPES.includes(item.recordType) && item.state !== 'done',
  apply: (item, actor) =>
    item.state === 'done'
      ? { state: item.state, acknowledgedBy: item.acknowledgedBy, assigneeIdentity: item.assigneeIdentity, assigneeName: item.assigneeName }
      : { state: 'assigned', acknowledgedBy: item.acknowledgedBy ?? actor.identity, assigneeIdentity: actor.identity, assigneeName: actor.displayName ?? null },
};

export function withLadoAlertActions(registry: AlertActionRegistry): AlertActionRegistry {
  return registry.register(ladoTakeForDecision);
}

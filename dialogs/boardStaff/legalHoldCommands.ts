import type { TurnContext } from 'botbuilder';
import { isSharedConversation, speakerOnly } from '../privateChat.ts';
import { getTurnUser } from '../turnUser.ts';
import type { LegalHoldCommand } from './legalHoldPhrases.ts';
import type { LegalHoldPort } from './boardStaffPorts.ts';

const BOARD_ADMIN = 'boardAdmin';

const HOW_TO = [
  'To place a legal hold, say what and why, for example:',
  '- **hold LADO-2026-000123 because IICSA request**',
  '- **hold case LADO-2026-000123 because litigation** (the referral and every record of that case)',
  '- **hold person Full Name because police investigation** (every record naming that person)',
  'To lift one, start with **lift hold** instead. A held record is never purged. Give the reason without names.',
].join('\n');

function describeTarget(command: Extract<LegalHoldCommand, { target: unknown }>): string {
  const { target } = command;
  if (target.scope === 'person') return 'that person';
  return target.scope === 'case' ? `case ${target.reference}` : target.reference;
}

/**
 * Legal holds in chat: a board admin, in a one-to-one chat (a person's name is case detail), places or lifts a hold
 * with a reason. Everyone else, and every shared conversation, is told how it works and nothing changes.
 */
export async function runLegalHoldCommand(context: TurnContext, command: LegalHoldCommand, port: LegalHoldPort): Promise<void> {
  const user = getTurnUser(context);
  if (isSharedConversation(context)) {
    await context.sendActivity(speakerOnly('Legal holds are placed and lifted in a one-to-one chat with me, not here: nothing has changed.'));
    return;
  }
  if (!user.roles.includes(BOARD_ADMIN)) {
    await context.sendActivity(`Only a board admin of ${user.boardName} can place or lift a legal hold. Nothing has changed.`);
    return;
  }
  if (command.kind === 'howTo') {
    await context.sendActivity(HOW_TO);
    return;
  }
  const outcome = await port[command.kind](user, command.target, command.reason);
  if (outcome.kind === 'badReason') {
    await context.sendActivity(`${outcome.message}. Nothing has changed.`);
    return;
  }
  const what = describeTarget(command);
  if (outcome.references.length === 0) {
    await context.sendActivity(
      command.kind === 'place' ? `I found no record of ${user.boardName} for ${what}, so no hold was placed.` : `No record for ${what} is under a legal hold, so nothing changed.`,
    );
    return;
  }
  const list = outcome.references.map((reference) => `- ${reference}`);
  await context.sendActivity(
    command.kind === 'place'
      ? [`Legal hold placed on ${list.length} record(s). They will not be purged until the hold is lifted:`, ...list].join('\n')
      : [`Legal hold lifted on ${list.length} record(s). They are purged when their retention period has ended:`, ...list].join('\n'),
  );
}

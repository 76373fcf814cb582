import type { BoardContacts } from '../../knowledge/boards/boardContacts.ts';
import { contactFor } from '../../knowledge/boards/boardContacts.ts';
import type { ThresholdLevel } from '../../knowledge/thresholds/thresholdDocument.ts';

/**
 * Who the practitioner contacts about a level, and by when, in plain words. A child protection concern goes by phone
 * to the urgent line of the moment: the front door in the board's working hours, the emergency duty team outside them.
 */

/** Inside the board's working hours the front door takes urgent calls; outside them, the emergency duty team. */
export function urgentLineKey(inWorkingHours: boolean): 'frontDoor' | 'emergencyDutyTeam' {
  return inWorkingHours ? 'frontDoor' : 'emergencyDutyTeam';
}

/** The contacts a level's answer lists: 999 and the urgent line for child protection, else the level's own contact. */
export function levelContactKeys(level: ThresholdLevel, inWorkingHours: boolean): string[] {
  if (level.referralKind === 'childProtection') return ['police', inWorkingHours && level.contact ? level.contact : urgentLineKey(inWorkingHours)];
  return level.contact ? [level.contact] : [];
}

export function withWhomByWhen(level: ThresholdLevel, contacts: BoardContacts, inWorkingHours: boolean): string {
  const levelContact = level.contact === undefined || level.contact === 'frontDoor' ? 'the front door' : (contactFor(contacts, level.contact)?.name ?? 'the front door');
  switch (level.referralKind) {
    case 'childProtection': {
      const line = inWorkingHours ? `${levelContact} now: it is within working hours` : 'the emergency duty team now: it is outside working hours';
      return `Phone ${line}. Then confirm the referral in writing within your board's timescale. If the child is in immediate danger, call 999 first.`;
    }
    case 'childInNeed':
      return `Talk to your safeguarding lead today, then contact ${levelContact} in its working hours, by phone or its referral form.`;
    case 'earlyHelp':
      return `Talk with the family about early help as soon as you can, then contact ${levelContact}. Tell your safeguarding lead.`;
    case 'none':
      return 'Within your own service: keep supporting the child and review at your usual checks. Talk to your safeguarding lead straight away if anything changes or worries you.';
  }
}

/** What happens after early help is offered; a referral to children's social care has the edition's clock instead. */
export const EARLY_HELP_EXPECTATION =
  "Early help goes ahead only with the family's agreement. If they say no and you are still worried, or the needs grow, talk to your safeguarding lead about a referral to children's social care.";

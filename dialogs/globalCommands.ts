/** Words that work at any point of any conversation. */
export type GlobalCommand = 'help' | 'cancel' | 'startOver' | 'menu';

const commands: Array<[GlobalCommand, RegExp]> = [
  ['help', /^(help|\?|what can you do\??)$/i],
  ['cancel', /^(cancel|stop|quit|exit)$/i],
  ['startOver', /^(start over|start again|restart|reset)$/i],
  ['menu', /^(menu|main menu|home)$/i],
];

export function recogniseGlobalCommand(text: string | undefined): GlobalCommand | undefined {
  if (!text) return undefined;
  const normalised = text.trim().replace(/[.!]+$/, '');
  return commands.find(([, pattern]) => pattern.test(normalised))?.[0];
}

export function isGreeting(text: string): boolean {
  return /^(hi|hello|hey|good (morning|afternoon|evening))\b/i.test(text.trim());
}

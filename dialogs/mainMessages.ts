import type { FlowEntry } from './flowCatalogue.ts';

/** The words of the main menu, kept apart from the dialog's mechanics. */
export function greeting(boardName: string): string {
  return (
    `Hello. I'm the safeguarding assistant for ${boardName}.\n\n` +
    'I walk you through the local safeguarding procedures and fill in the forms with you. I advise; you and your safeguarding lead decide.'
  );
}

export function menuPrompt(flows: readonly FlowEntry[], returning: boolean): string {
  const lead = returning ? 'Is there anything else I can help with?' : 'What would you like to do?';
  if (flows.length === 0) return `${lead} Type **help** to see what I can do.`;
  return `${lead}\n\n${flows.map((flow) => `- **${flow.title}**: ${flow.summary}`).join('\n')}`;
}

/** The menu card's words in a channel or group chat, where forms open in a private chat. */
export function sharedMenuText(returning: boolean): string {
  const lead = returning ? 'Is there anything else I can help with?' : 'What would you like to do?';
  return `${lead} Forms open in a private chat with you, so case details never appear here.`;
}

export function helpText(flows: readonly FlowEntry[], activeFlowTitle?: string): string {
  const lines = [
    '**What I can do**',
    ...(flows.length > 0 ? flows.map((flow) => `- **${flow.title}**: ${flow.summary}`) : ['- The safeguarding flows are being set up for your board.']),
    '',
    '**Words that work at any time**',
    '- **help**: this message',
    '- **cancel**: stop what we are doing (nothing is submitted)',
    '- **start over**: go back to the beginning',
    '- **menu**: show the main menu',
    '',
    '**For board staff**',
    '- **my open items**: the board items your role can see; **open** and a reference (e.g. open LADO-2026-000123) to see one',
    '- **register this channel for LADO alerts** (or serious incident, SCR, operations alerts): board admins, in the channel',
    '',
    'If a child is in immediate danger, call **999** now.',
  ];
  if (activeFlowTitle) lines.push('', `We were in the middle of **${activeFlowTitle}**: reply to the last question to carry on.`);
  return lines.join('\n');
}

export const cancelledText = 'Cancelled. Nothing was submitted.';
export const notUnderstoodText = "Sorry, I didn't understand that.";

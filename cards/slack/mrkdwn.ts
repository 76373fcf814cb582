/**
 * The markdown our dialogs and cards write (**bold**, [links](url), "- " lists, "# " headings) in Slack's mrkdwn,
 * with &, < and > escaped as Slack requires, so user-typed text can never form a mention or a link.
 */
export function toMrkdwn(markdown: string): string {
  return escapeMrkdwn(markdown)
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<$2|$1>')
    .replace(/\*\*(.+?)\*\*/g, '*$1*')
    .replace(/__(.+?)__/g, '*$1*')
    .replace(/^#{1,6} +(.+)$/gm, '*$1*')
    .replace(/^(\s*)[-*] +/gm, '$1• ');
}

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Bold in mrkdwn, for text that is already mrkdwn (an empty text stays empty: "**" would show). */
export function bold(mrkdwn: string): string {
  return mrkdwn.trim() === '' ? mrkdwn : `*${mrkdwn.replace(/\*/g, '')}*`;
}

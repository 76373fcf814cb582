/**
 * The markdown our dialogs and cards write (**bold**, [links](url), "- " lists, "# " headings) in Slack's mrkdwn,
 * with &, < and > escaped as Slack requires, so user-typed text can never form a mention or a link.
 */
export function toMrkdwn(markdown: string): string {
  const converted = escapeMrkdwn(markdown.replace(MARKDOWN_ESCAPE, (_escape, character: string) => String.fromCharCode(HELD + character.charCodeAt(0))))
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<$2|$1>')
    .replace(/\*\*(.+?)\*\*/g, '*$1*')
    .replace(/__(.+?)__/g, '*$1*')
    .replace(/^#{1,6} +(.+)$/gm, '*$1*')
    .replace(/^(\s*)[-*] +/gm, '$1• ');
  return converted.replace(HELD_CHARACTER, (held) => literal(String.fromCharCode(held.charCodeAt(0) - HELD)));
}

/**
 * A character escaped in markdown (what someone typed, see cards/adaptive/markdownText.ts) is held aside while the
 * markup is converted, then put back as itself: mrkdwn has no escapes, so a formatting mark is followed by a
 * zero-width space, which keeps Slack from pairing it.
 */
const MARKDOWN_ESCAPE = /\\([\\`*_[\]<>~|#+\-.)])/g;
const HELD = 0xe000;
const HELD_CHARACTER = /[\ue000-\ue07f]/g;

function literal(character: string): string {
  if ('*_~`'.includes(character)) return `${character}\u200b`;
  return escapeMrkdwn(character);
}

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Bold in mrkdwn, for text that is already mrkdwn (an empty text stays empty: "**" would show). */
export function bold(mrkdwn: string): string {
  return mrkdwn.trim() === '' ? mrkdwn : `*${mrkdwn.replace(/\*/g, '')}*`;
}

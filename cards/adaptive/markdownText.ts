/**
 * What people typed, shown in Adaptive Card markdown (TextBlock text) exactly as typed: every character
 * markdown could read as formatting, a link or a list is escaped with a backslash (CommonMark), so "**bold**" and
 * "[link](https://…)" show literally. unescapeMarkdown gives the typed text back (the Slack renderer reads cards).
 */
const INLINE_MARKUP = /[\\`*_[\]<>~|]/g;
/** A line that would start a heading, a list or a numbered list: "# ", "- ", "+ ", "1. ", "1) ". */
const BLOCK_MARKUP = /^(\s*)(#|-|\+|\d+[.)])(?=\s|$)/gm;
const ESCAPED = /\\([\\`*_[\]<>~|#+\-.)])/g;

export function escapeMarkdown(text: string): string {
  return text.replace(INLINE_MARKUP, '\\$&').replace(BLOCK_MARKUP, (_match, indent: string, marker: string) => `${indent}${marker.replace(/[#+\-.)]$/, '\\$&')}`);
}

export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(ESCAPED, '$1');
}

import { escapeHtml } from './html.ts';

export const STYLESHEET_PATH = '/insight/insight.css';

/** A whole page: UK English, our own style sheet only, no scripts. `body` is HTML already escaped by its makers. */
export function pageShell(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<header><p class="service">Safeguarding assistant</p></header>
<main>
${body}
</main>
</body>
</html>
`;
}

/** A page that shows no figures, only why: no role, a refused identity, a failed sign-in. */
export function messagePage(title: string, paragraphs: readonly string[], link?: { href: string; text: string }): string {
  const text = paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n');
  const action = link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>` : '';
  return pageShell(title, `<h1>${escapeHtml(title)}</h1>\n${text}\n${action}`);
}

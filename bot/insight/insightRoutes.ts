import { readFileSync } from 'node:fs';
import type { Request, Response, Server } from 'restify';
import type { BoardDirectory } from '../boards/boardDirectory.ts';
import type { TimeSource } from '../../dialogs/ports.ts';
import { boardsVisibleTo, type InsightViewer } from '../../knowledge/boards/insightAccess.ts';
import { isWellFormedIdentity } from '../../knowledge/boards/identity.ts';
import { loopbackOnly } from '../localChat/loopbackOnly.ts';
import type { Logger } from '../logging/logger.ts';
import type { Queryable } from '../storage/database.ts';
import { loadBoardInsight } from './boardInsightQuery.ts';
import { CALLBACK_PATH, EntraSignIn, SignInRefused } from './entraSignIn.ts';
import { InsightCookies } from './insightCookies.ts';
import { readFilterForm } from './insightFilterForm.ts';
import { renderInsightPage } from './page/insightPage.ts';
import { messagePage, STYLESHEET_PATH } from './page/pageShell.ts';
import type { InsightSignInSettings } from '../config/environment.ts';

/** Our own style sheet only; no scripts at all; forms post back here; never framed. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SIGN_IN_PATH = '/insight/sign-in';
const SIGN_OUT_PATH = '/insight/sign-out';
const DEMO_USER = 'demo-user';
const stylesheet = readFileSync(new URL('./page/insight.css', import.meta.url));

export interface InsightRouteParts {
  db: Queryable;
  boards: BoardDirectory;
  time: TimeSource;
  logger: Logger;
  /** Local mode: the page opens on loopback as the demo user (or `?user=<name>`); no sign-in. */
  localMode: boolean;
  /** Outside local mode: sign-in with Entra ID. Without it the page is not served there. */
  signIn: InsightSignInSettings | undefined;
}

type Viewer = { kind: 'viewer'; viewer: InsightViewer; described: string; hiddenFields: Record<string, string>; signOutPath?: string };
type NoViewer = { kind: 'answered' };

function sendHtml(res: Response, status: number, html: string, extraHeaders: Record<string, string | string[]> = {}): void {
  const body = Buffer.from(html, 'utf8');
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': body.length,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'referrer-policy': 'no-referrer',
    ...extraHeaders,
  });
  res.end(body);
}

function redirect(res: Response, location: string, setCookie: string[] = []): void {
  res.writeHead(302, { location, 'referrer-policy': 'no-referrer', ...(setCookie.length ? { 'set-cookie': setCookie } : {}) });
  res.end();
}

const queryText = (req: Request, name: string): string | undefined => {
  const value = (req.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
};

/** The page's own address and query, where sign-in returns to ('/insight?board=…'). */
const returnPathOf = (req: Request) => (req.url?.startsWith('/insight') ? req.url : '/insight');

/**
 * GET /insight (the board's figures), its style sheet, and, with Entra sign-in configured, GET /insight/sign-in,
 * its callback and /insight/sign-out. Who may see a board's figures comes from the board's roles.
 */
export function registerInsightRoutes(server: Server, parts: InsightRouteParts): void {
  const { localMode, signIn: settings } = parts;
  if (!localMode && !settings) return;
  const guard = localMode ? [loopbackOnly] : [];
  const entra = !localMode && settings ? new EntraSignIn(settings) : undefined;
  const cookies = settings ? new InsightCookies(settings.sessionSecret, settings.publicUrl) : undefined;

  server.get(STYLESHEET_PATH, ...guard, async (_req: Request, res: Response) => {
    res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'content-length': stylesheet.length, 'cache-control': 'no-cache' });
    res.end(stylesheet);
  });

  /** Who is asking, or the answer already sent (a refused local identity, a redirect to sign in). */
  const viewerOf = (req: Request, res: Response): Viewer | NoViewer => {
    if (localMode) {
      const name = queryText(req, 'user') ?? DEMO_USER;
      const identity = `local:${name}`;
      if (!isWellFormedIdentity(identity)) {
        sendHtml(res, 400, messagePage('That is not a local user name', ['Local user names are lower-case letters, digits, dots, dashes and underscores.'], { href: '/insight', text: 'Open the page as the demo user' }));
        return { kind: 'answered' };
      }
      return { kind: 'viewer', viewer: { identity }, described: name === DEMO_USER ? 'the demo user' : `local user ${name}`, hiddenFields: name === DEMO_USER ? {} : { user: name } };
    }
    const person = cookies!.sessionOf(req.headers.cookie, parts.time.now());
    if (!person) {
      redirect(res, `${SIGN_IN_PATH}?returnTo=${encodeURIComponent(returnPathOf(req))}`);
      return { kind: 'answered' };
    }
    return { kind: 'viewer', viewer: person, described: 'the account you signed in with', hiddenFields: {}, signOutPath: SIGN_OUT_PATH };
  };

  server.get('/insight', ...guard, async (req: Request, res: Response) => {
    const found = viewerOf(req, res);
    if (found.kind === 'answered') return;
    const visible = boardsVisibleTo(parts.boards.boards.values(), found.viewer);
    if (visible.length === 0) {
      sendHtml(res, 403, messagePage('You cannot see board figures', [
        `The insight page shows a board’s figures only to its board staff, chair, board administrators and auditors, as listed in the board’s configuration. You are using the page as ${found.described}, who holds none of those roles on any board.`,
        'If you need these figures, ask your board’s administrator to add you to the board’s roles.',
      ]));
      parts.logger.info({ route: '/insight' }, 'insight page refused: no board role');
      return;
    }
    const now = parts.time.now();
    const form = readFilterForm(req.query, visible, now);
    const common = { viewer: found.described, boards: visible, values: form.values, hiddenFields: found.hiddenFields, ...(found.signOutPath ? { signOutPath: found.signOutPath } : {}) };
    if (!form.filter) {
      sendHtml(res, 400, renderInsightPage({ ...common, shown: { problems: form.problems } }));
      return;
    }
    const board = visible.find((candidate) => candidate.id === form.filter.boardId)!;
    const insight = await loadBoardInsight(parts.db, board, form.filter, now);
    sendHtml(res, 200, renderInsightPage({ ...common, shown: { board, insight } }));
  });

  if (!entra || !cookies) return;

  server.get(SIGN_IN_PATH, async (req: Request, res: Response) => {
    const asked = queryText(req, 'returnTo') ?? '/insight';
    const returnTo = /^\/insight(\?|$)/.test(asked) ? asked : '/insight';
    try {
      const { providerUrl, pending } = await entra.start(returnTo);
      redirect(res, providerUrl.href, [cookies.signingIn(pending, parts.time.now())]);
    } catch (error) {
      parts.logger.warn({ route: SIGN_IN_PATH, errorType: error instanceof Error ? error.name : 'unknown' }, 'insight sign-in provider unreachable');
      sendHtml(res, 503, messagePage('Microsoft sign-in cannot be reached just now', ['Try again in a few minutes. If it keeps happening, tell the team that runs the assistant.']));
    }
  });

  server.get(CALLBACK_PATH, async (req: Request, res: Response) => {
    const now = parts.time.now();
    const pending = cookies.pendingSignInOf(req.headers.cookie, now);
    const again = { href: SIGN_IN_PATH, text: 'Sign in again' };
    if (!pending) {
      sendHtml(res, 400, messagePage('Sign-in took too long or was started elsewhere', ['Start again from the insight page.'], again));
      return;
    }
    const query = req.url?.slice(CALLBACK_PATH.length) ?? '';
    try {
      const person = await entra.finish(query, pending);
      parts.logger.info({ route: CALLBACK_PATH }, 'insight sign-in completed');
      redirect(res, pending.returnTo, cookies.signedIn(person, now));
    } catch (error) {
      parts.logger.warn({ route: CALLBACK_PATH, errorType: error instanceof Error ? error.name : 'unknown' }, 'insight sign-in failed');
      const reason = error instanceof SignInRefused ? error.message : 'Microsoft did not confirm who you are.';
      sendHtml(res, 400, messagePage('Sign-in did not complete', [reason], again));
    }
  });

  server.get(SIGN_OUT_PATH, async (_req: Request, res: Response) => {
    sendHtml(res, 200, messagePage('You are signed out of the insight page', ['Close the browser to sign out of Microsoft as well.'], { href: '/insight', text: 'Sign in again' }), {
      'set-cookie': [cookies.signedOut()],
    });
  });
}

import { readFileSync } from 'node:fs';
import type { Request, Response, Server } from 'restify';
import type { TimeSource } from '../../dialogs/ports.ts';
import type { BoardRole } from '../../knowledge/boards/boardConfig.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { isWellFormedIdentity } from '../../knowledge/boards/identity.ts';
import { mayViewInsight, type InsightViewer } from '../../knowledge/boards/insightAccess.ts';
import type { BoardDirectory } from '../boards/boardDirectory.ts';
import type { InsightSignInSettings } from '../config/environment.ts';
import { loopbackOnly } from '../server/loopbackOnly.ts';
import type { Logger } from '../logging/logger.ts';
import type { Queryable } from '../storage/database.ts';
import { loadBoardInsight } from './boardInsightQuery.ts';
import { errorTypeOf, queryText, redirect, sendHtml } from './htmlResponses.ts';
import { readFilterForm } from './insightFilterForm.ts';
import { renderInsightPage } from './page/insightPage.ts';
import { messagePage, STYLESHEET_PATH } from './page/pageShell.ts';
import { registerSignInRoutes, SIGN_IN_PATH, SIGN_OUT_PATH, type SessionReader } from './signInRoutes.ts';

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
  /** The one role decision (board file, roles given in chat, Entra groups). */
  rolesOf(board: Board, identity: string): Promise<readonly BoardRole[]>;
}

/** Who is asking, in words for the page, and what the filter form carries over; or the answer already sent. */
type Viewer = { viewer: InsightViewer; described: string; hiddenFields: Record<string, string>; signOutPath?: string };
type ViewerOf = (req: Request, res: Response) => Viewer | 'answered';

/** Local mode: the demo user, or `?user=<name>` (the chat page's practitioner too), on loopback only. */
function localViewer(req: Request, res: Response): Viewer | 'answered' {
  const name = queryText(req, 'user') ?? DEMO_USER;
  const identity = `local:${name}`;
  if (!isWellFormedIdentity(identity)) {
    const page = messagePage('That is not a local user name', ['Local user names are lower-case letters, digits, dots, dashes and underscores.'], {
      href: '/insight',
      text: 'Open the page as the demo user',
    });
    sendHtml(res, 400, page);
    return 'answered';
  }
  if (name === DEMO_USER) return { viewer: { identity }, described: 'the demo user', hiddenFields: {} };
  return { viewer: { identity }, described: `local user ${name}`, hiddenFields: { user: name } };
}

/** With sign-in: the session's person, or off to sign in (coming back to the same filters). */
const signedInViewer =
  (sessionOf: SessionReader): ViewerOf =>
  (req, res) => {
    const person = sessionOf(req);
    if (person) return { viewer: person, described: 'the account you signed in with', hiddenFields: {}, signOutPath: SIGN_OUT_PATH };
    redirect(res, `${SIGN_IN_PATH}?returnTo=${encodeURIComponent(req.url ?? '/insight')}`);
    return 'answered';
  };

/** The boards whose figures this person may see. */
async function boardsVisibleTo(parts: InsightRouteParts, viewer: InsightViewer): Promise<Board[]> {
  const boards = [...parts.boards.boards.values()];
  const roles = await Promise.all(boards.map((board) => parts.rolesOf(board, viewer.identity)));
  return boards.filter((board, index) => mayViewInsight(board, viewer, roles[index] ?? []));
}

function refuseWithoutRole(res: Response, described: string): void {
  const page = messagePage('You cannot see board figures', [
    `The insight page shows a board’s figures only to its board staff, chair, board administrators and auditors, as listed in the board’s configuration. You are using the page as ${described}, who holds none of those roles on any board.`,
    'If you need these figures, ask your board’s administrator to add you to the board’s roles.',
  ]);
  sendHtml(res, 403, page);
}

/**
 * GET /insight (a board's figures for a period) and its style sheet; with Entra sign-in configured, the sign-in
 * routes too. Who may see which board's figures comes from the boards' roles.
 */
export function registerInsightRoutes(server: Server, parts: InsightRouteParts): void {
  const { localMode, signIn, time, logger } = parts;
  if (!localMode && !signIn) return;
  const guard = localMode ? [loopbackOnly] : [];
  const viewerOf = localMode || !signIn ? localViewer : signedInViewer(registerSignInRoutes(server, signIn, time, logger));

  server.get(STYLESHEET_PATH, ...guard, async (_req: Request, res: Response) => {
    res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'content-length': stylesheet.length, 'cache-control': 'no-cache' });
    res.end(stylesheet);
  });

  server.get('/insight', ...guard, async (req: Request, res: Response) => {
    const found = viewerOf(req, res);
    if (found === 'answered') return;
    const visible = await boardsVisibleTo(parts, found.viewer);
    if (visible.length === 0) {
      logger.info({ route: '/insight' }, 'insight page refused: no board role');
      refuseWithoutRole(res, found.described);
      return;
    }
    const now = time.now();
    const form = readFilterForm(req.query, visible, now);
    const { described, hiddenFields, signOutPath } = found;
    const common = { viewer: described, boards: visible, values: form.values, hiddenFields, ...(signOutPath ? { signOutPath } : {}) };
    if (!form.filter) {
      sendHtml(res, 400, renderInsightPage({ ...common, shown: { problems: form.problems } }));
      return;
    }
    const board = visible.find((candidate) => candidate.id === form.filter.boardId)!;
    try {
      const insight = await loadBoardInsight(parts.db, board, form.filter, now);
      sendHtml(res, 200, renderInsightPage({ ...common, shown: { board, insight } }));
    } catch (error) {
      logger.error({ route: '/insight', boardId: board.id, errorType: errorTypeOf(error) }, 'insight figures failed');
      sendHtml(res, 500, messagePage('The figures could not be worked out', ['Something went wrong reading the store. Try again; if it keeps happening, tell the team that runs the assistant.']));
    }
  });
}

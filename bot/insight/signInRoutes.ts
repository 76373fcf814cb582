import type { Request, Response, Server } from 'restify';
import type { TimeSource } from '../../dialogs/ports.ts';
import type { InsightSignInSettings } from '../config/environment.ts';
import type { Logger } from '../logging/logger.ts';
import { CALLBACK_PATH, EntraSignIn, SignInRefused, type SignedInPerson } from './entraSignIn.ts';
import { errorTypeOf, queryText, redirect, sendHtml } from './htmlResponses.ts';
import { InsightCookies } from './insightCookies.ts';
import { messagePage } from './page/pageShell.ts';

export const SIGN_IN_PATH = '/insight/sign-in';
export const SIGN_OUT_PATH = '/insight/sign-out';

/** Who a request's session cookie says is signed in, if anyone. */
export type SessionReader = (req: Request) => SignedInPerson | undefined;

/** Where sign-in may return to: the insight page, with its filters; anything else is the page itself. */
const safeReturnPath = (asked: string | undefined) => (asked !== undefined && /^\/insight(\?|$)/.test(asked) ? asked : '/insight');

/**
 * GET /insight/sign-in (off to Entra ID), its callback (back with a code, exchanged for an id token) and
 * /insight/sign-out. Returns the reader of the session the callback starts.
 */
export function registerSignInRoutes(server: Server, settings: InsightSignInSettings, time: TimeSource, logger: Logger): SessionReader {
  const entra = new EntraSignIn(settings);
  const cookies = new InsightCookies(settings.sessionSecret, settings.publicUrl);
  const again = { href: SIGN_IN_PATH, text: 'Sign in again' };

  server.get(SIGN_IN_PATH, async (req: Request, res: Response) => {
    try {
      const { providerUrl, pending } = await entra.start(safeReturnPath(queryText(req, 'returnTo')));
      redirect(res, providerUrl.href, [cookies.signingIn(pending, time.now())]);
    } catch (error) {
      logger.warn({ route: SIGN_IN_PATH, errorType: errorTypeOf(error) }, 'insight sign-in provider unreachable');
      sendHtml(res, 503, messagePage('Microsoft sign-in cannot be reached just now', ['Try again in a few minutes. If it keeps happening, tell the team that runs the assistant.']));
    }
  });

  server.get(CALLBACK_PATH, async (req: Request, res: Response) => {
    const now = time.now();
    const pending = cookies.pendingSignInOf(req.headers.cookie, now);
    if (!pending) {
      sendHtml(res, 400, messagePage('Sign-in took too long or was started elsewhere', ['Start again from the insight page.'], again));
      return;
    }
    try {
      const person = await entra.finish(req.url?.slice(CALLBACK_PATH.length) ?? '', pending);
      logger.info({ route: CALLBACK_PATH }, 'insight sign-in completed');
      redirect(res, pending.returnTo, cookies.signedIn(person, now));
    } catch (error) {
      logger.warn({ route: CALLBACK_PATH, errorType: errorTypeOf(error) }, 'insight sign-in failed');
      const reason = error instanceof SignInRefused ? error.message : 'Microsoft did not confirm who you are.';
      sendHtml(res, 400, messagePage('Sign-in did not complete', [reason], again));
    }
  });

  server.get(SIGN_OUT_PATH, async (_req: Request, res: Response) => {
    const page = messagePage('You are signed out of the insight page', ['Close the browser to sign out of Microsoft as well.'], { href: '/insight', text: 'Sign in again' });
    sendHtml(res, 200, page, { 'set-cookie': [cookies.signedOut()] });
  });

  return (req) => cookies.sessionOf(req.headers.cookie, time.now());
}

import type { Next, Request, Response } from 'restify';

/** What a load balancer asks while the rest of the service is still loading. */
const ANSWERED_WHILE_LOADING = new Set(['/healthz', '/readyz']);

/**
 * The server listens, and says it is ready, as soon as the store is open; the bot, its dialogs and the other routes
 * are put in place after that (bot/service.ts). A request for any of them that arrives meanwhile waits here, its body
 * unread, and goes on to its route once they are in place.
 */
export class StartupGate {
  #isOpen = false;
  #release: () => void = () => undefined;
  readonly #opened = new Promise<void>((resolve) => {
    this.#release = resolve;
  });

  /** A restify `pre` handler: it runs before the route is looked up, so routes added while it waits are found. */
  readonly hold = (req: Request, _res: Response, next: Next): void => {
    if (this.#isOpen || ANSWERED_WHILE_LOADING.has(req.path())) {
      next();
      return;
    }
    void this.#opened.then(() => next());
  };

  open(): void {
    this.#isOpen = true;
    this.#release();
  }
}

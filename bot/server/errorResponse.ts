import type { Response } from 'restify';

/** An error in the shape Direct Line and the Bot Connector use: `{ error: { code, message } }`. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeNow, listenOnFreePort, readBody } from './localHttpServer.ts';

/** Writes a whole answer. (Not writeHead(...).end(): restify, loaded in the same test process, patches writeHead to return nothing.) */
function answer(response: ServerResponse, status: number, headers: Record<string, string> = {}, body?: string): void {
  response.writeHead(status, headers);
  response.end(body);
}

/** A request the receiver accepted (signature and timestamp good). */
export interface ReceivedDelivery {
  idempotencyKey: string;
  schemaVersion: string | undefined;
  /** True the first time this idempotency key arrived: what the board's system would act on. */
  first: boolean;
  receivedAt: Date;
  document: Record<string, unknown>;
}

/** Every request, whatever the answer, for checking retry timing. */
export interface ReceivedRequest {
  idempotencyKey: string | undefined;
  at: Date;
  answer: number | 'stalled' | 'dropped' | 'endless';
}

/** A misbehaviour, for a number of requests or a length of time (or until recover()). */
export type Fault =
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'stall'; ms: number }
  | { kind: 'drop' }
  /** Accepts with 200 and then sends an answer that never ends, until the bot hangs up. */
  | { kind: 'endless answer' };

export interface FaultDuration {
  times?: number;
  forMs?: number;
}

export interface BoardReceiverOptions {
  secret: string;
  /** The receiver's clock, for the replay window; the real one by default. */
  now?: () => Date;
  replayWindowSeconds?: number;
  /** How long the board takes to store a record before it answers; default 2 ms. */
  processingMs?: number;
}

/**
 * A board's system for tests: a real HTTP server that checks the signature and timestamp of every POST (401 when
 * wrong), records what arrives, dedupes on Idempotency-Key and answers { reference } the way a board would. It can be
 * told to answer an error status (with Retry-After), stall or drop connections for a while.
 */
export class BoardReceiver {
  readonly requests: ReceivedRequest[] = [];
  readonly deliveries: ReceivedDelivery[] = [];
  /** Requests refused for a bad signature or timestamp. */
  rejected = 0;
  /** Bytes of endless answers sent before the bot hung up. */
  endlessBytesSent = 0;
  /** Times a key arrived while an earlier request with the same key was still being answered. */
  overlapping = 0;
  readonly #secret: string;
  readonly #now: () => Date;
  readonly #replayWindowSeconds: number;
  readonly #processingMs: number;
  readonly #server: Server;
  readonly #references = new Map<string, string>();
  readonly #inFlight = new Set<string>();
  #fault: { fault: Fault; remaining: number; until: number } | undefined;
  #url = '';

  constructor(options: BoardReceiverOptions) {
    this.#secret = options.secret;
    this.#now = options.now ?? (() => new Date());
    this.#replayWindowSeconds = options.replayWindowSeconds ?? 300;
    this.#processingMs = options.processingMs ?? 2;
    this.#server = createServer((request, response) => {
      void this.#handle(request, response).catch(() => {
        if (!response.headersSent) answer(response, 400);
      });
    });
  }

  async start(): Promise<string> {
    this.#url = `${await listenOnFreePort(this.#server)}/webhook`;
    return this.#url;
  }

  get url(): string {
    return this.#url;
  }

  stop(): Promise<void> {
    return closeNow(this.#server);
  }

  /** Misbehave for `times` requests, for `forMs` milliseconds, or (neither given) until recover(). */
  misbehave(fault: Fault, duration: FaultDuration = {}): void {
    this.#fault = {
      fault,
      remaining: duration.times ?? Infinity,
      until: duration.forMs === undefined ? Infinity : Date.now() + duration.forMs,
    };
  }

  recover(): void {
    this.#fault = undefined;
  }

  firstDeliveries(): ReceivedDelivery[] {
    return this.deliveries.filter((delivery) => delivery.first);
  }

  requestsFor(idempotencyKey: string): ReceivedRequest[] {
    return this.requests.filter((request) => request.idempotencyKey === idempotencyKey);
  }

  /** Waits until `count` distinct records have arrived. */
  async waitForFirstDeliveries(count: number, timeoutMs = 20_000): Promise<ReceivedDelivery[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.firstDeliveries().length < count) {
      if (Date.now() > deadline) {
        throw new Error(`board receiver: ${this.firstDeliveries().length} of ${count} records arrived within ${timeoutMs} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.firstDeliveries();
  }

  #currentFault(): Fault | undefined {
    const current = this.#fault;
    if (!current) return undefined;
    if (current.remaining <= 0 || Date.now() >= current.until) {
      this.#fault = undefined;
      return undefined;
    }
    current.remaining -= 1;
    return current.fault;
  }

  #signatureIsValid(timestamp: string | undefined, signature: string | undefined, body: string): boolean {
    if (!timestamp || !/^\d+$/.test(timestamp) || !signature?.startsWith('v1=')) return false;
    const age = Math.abs(this.#now().getTime() / 1000 - Number(timestamp));
    if (age > this.#replayWindowSeconds) return false;
    const expected = Buffer.from(createHmac('sha256', this.#secret).update(`${timestamp}.${body}`).digest('hex'));
    const given = Buffer.from(signature.slice('v1='.length));
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const header = (name: string) => request.headers[name.toLowerCase()] as string | undefined;
    const idempotencyKey = header('Idempotency-Key');
    const logRequest = (answer: ReceivedRequest['answer']) => this.requests.push({ idempotencyKey, at: new Date(), answer });

    if (request.method !== 'POST' || !this.#signatureIsValid(header('X-Safeguarding-Timestamp'), header('X-Safeguarding-Signature'), body)) {
      this.rejected += 1;
      logRequest(401);
      answer(response, 401, { 'content-type': 'application/json' }, JSON.stringify({ error: 'bad signature' }));
      return;
    }
    const fault = this.#currentFault();
    if (fault?.kind === 'drop') {
      logRequest('dropped');
      request.socket.destroy();
      return;
    }
    if (fault?.kind === 'stall') {
      logRequest('stalled');
      await new Promise((resolve) => setTimeout(resolve, fault.ms));
      answer(response, 503);
      return;
    }
    if (fault?.kind === 'endless answer') {
      logRequest('endless');
      await this.#answerEndlessly(response);
      return;
    }
    if (fault?.kind === 'status') {
      logRequest(fault.status);
      answer(response, fault.status, fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter });
      return;
    }
    if (!idempotencyKey || header('content-type') !== 'application/json') {
      logRequest(400);
      answer(response, 400);
      return;
    }
    await this.#accept(idempotencyKey, header('X-Safeguarding-Schema-Version'), body, response);
    logRequest(200);
  }

  async #answerEndlessly(response: ServerResponse): Promise<void> {
    response.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(16 * 1024, ' ');
    while (!response.destroyed && !response.writableEnded) {
      if (!response.write(chunk)) await drainedOrClosed(response);
      this.endlessBytesSent += chunk.length;
    }
  }

  async #accept(idempotencyKey: string, schemaVersion: string | undefined, body: string, response: ServerResponse): Promise<void> {
    if (this.#inFlight.has(idempotencyKey)) this.overlapping += 1;
    this.#inFlight.add(idempotencyKey);
    try {
      // A board's system takes a moment to store what it receives: overlapping deliveries of one record would show.
      await new Promise((resolve) => setTimeout(resolve, this.#processingMs));
      const first = !this.#references.has(idempotencyKey);
      if (first) this.#references.set(idempotencyKey, `BOARD-${this.#references.size + 1}`);
      this.deliveries.push({ idempotencyKey, schemaVersion, first, receivedAt: new Date(), document: JSON.parse(body) as Record<string, unknown> });
      answer(response, 200, { 'content-type': 'application/json' }, JSON.stringify({ reference: this.#references.get(idempotencyKey) }));
    } finally {
      this.#inFlight.delete(idempotencyKey);
    }
  }
}

/** Waits for a response to take more, or to go away; whichever comes first, the other listener is removed with it. */
function drainedOrClosed(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done).off('close', done);
      resolve();
    };
    response.once('drain', done).once('close', done);
  });
}

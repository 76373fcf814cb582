import { randomUUID } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { closeNow, listenOnFreePort, readBody } from './localHttpServer.ts';

/** Users per page: small, so paging (@odata.nextLink) is always exercised. */
const PAGE_SIZE = 2;

/**
 * Stands in for Microsoft Graph and the Entra token service: a real HTTP server issuing client-credentials tokens
 * (POST /<tenant>/oauth2/v2.0/token) and answering GET /v1.0/groups/<id>/transitiveMembers/microsoft.graph.user
 * page by page for those tokens only. Groups' members are set by the test; `down` makes every Graph request fail.
 */
export class FakeGraph {
  readonly #server: Server;
  readonly #tokens = new Set<string>();
  readonly #groups = new Map<string, string[]>();
  #baseUrl = '';
  /** When true, group requests answer 503, as during an outage. */
  down = false;
  memberRequests = 0;
  tokenRequests: Array<{ tenant: string; clientId: string | null; scope: string | null }> = [];

  constructor() {
    this.#server = createServer((request, response) => {
      void this.#answer(request.method ?? 'GET', request.url ?? '/', request.headers.authorization, () => readBody(request), response);
    });
  }

  async start(): Promise<void> {
    this.#baseUrl = await listenOnFreePort(this.#server);
  }

  stop(): Promise<void> {
    return closeNow(this.#server);
  }

  get graphUrl(): string {
    return `${this.#baseUrl}/v1.0/`;
  }

  get loginUrl(): string {
    return `${this.#baseUrl}/`;
  }

  setMembers(groupId: string, objectIds: readonly string[]): void {
    this.#groups.set(groupId.toLowerCase(), [...objectIds]);
  }

  async #answer(method: string, url: string, authorization: string | undefined, body: () => Promise<string>, response: ServerResponse): Promise<void> {
    const { pathname, searchParams } = new URL(url, 'http://graph');
    const token = /^\/([0-9a-f-]{36})\/oauth2\/v2\.0\/token$/i.exec(pathname);
    if (method === 'POST' && token?.[1]) {
      const form = new URLSearchParams(await body());
      this.tokenRequests.push({ tenant: token[1], clientId: form.get('client_id'), scope: form.get('scope') });
      const accessToken = `graph-token-${randomUUID()}`;
      this.#tokens.add(accessToken);
      return this.#json(response, 200, { token_type: 'Bearer', expires_in: 3599, access_token: accessToken });
    }
    const members = /^\/v1\.0\/groups\/([0-9a-f-]{36})\/transitiveMembers\/microsoft\.graph\.user$/i.exec(pathname);
    if (method === 'GET' && members?.[1]) {
      this.memberRequests += 1;
      if (this.down) return this.#json(response, 503, { error: { code: 'serviceNotAvailable' } });
      if (!this.#tokens.has(authorization?.replace(/^Bearer /, '') ?? '')) return this.#json(response, 401, { error: { code: 'InvalidAuthenticationToken' } });
      if (searchParams.get('$select') !== 'id') return this.#json(response, 400, { error: { code: 'BadRequest' } });
      const everyone = this.#groups.get(members[1].toLowerCase());
      if (!everyone) return this.#json(response, 404, { error: { code: 'Request_ResourceNotFound' } });
      const skip = Number(searchParams.get('$skiptoken') ?? '0');
      const page = everyone.slice(skip, skip + PAGE_SIZE);
      const next = skip + PAGE_SIZE < everyone.length ? `${this.graphUrl}groups/${members[1]}/transitiveMembers/microsoft.graph.user?$select=id&$skiptoken=${skip + PAGE_SIZE}` : undefined;
      return this.#json(response, 200, { value: page.map((id) => ({ '@odata.type': '#microsoft.graph.user', id })), ...(next ? { '@odata.nextLink': next } : {}) });
    }
    return this.#json(response, 404, { error: { code: 'NotFound' } });
  }

  #json(response: ServerResponse, status: number, body: unknown): void {
    // Not writeHead(...).end(): restify, loaded in the same test process, patches writeHead to return nothing.
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  }
}

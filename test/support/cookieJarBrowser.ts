import { parseSetCookie } from 'cookie';

export interface Visit {
  status: number;
  url: string;
  text: string;
  headers: Headers;
  /** Every Set-Cookie header met on the way, as sent. */
  setCookies: string[];
}

const MAX_REDIRECTS = 20;

/**
 * What a browser does with redirects and cookies, on fetch: follows 30x (POST becomes GET on 302/303), keeps cookies
 * per origin (by name; paths are not needed for the sites under test) and sends them back.
 */
export class CookieJarBrowser {
  readonly #jars = new Map<string, Map<string, string>>();

  get(url: string, options: { follow?: boolean } = {}): Promise<Visit> {
    return this.#visit(url, { method: 'GET' }, options.follow ?? true);
  }

  postForm(url: string, fields: Record<string, string>): Promise<Visit> {
    return this.#visit(url, { method: 'POST', body: new URLSearchParams(fields), headers: { 'content-type': 'application/x-www-form-urlencoded' } }, true);
  }

  /** Sets a cookie as if the site had, e.g. to present a tampered one. */
  setCookie(origin: string, name: string, value: string): void {
    this.#jar(origin).set(name, value);
  }

  cookie(origin: string, name: string): string | undefined {
    return this.#jar(origin).get(name);
  }

  async #visit(startUrl: string, init: RequestInit, follow: boolean): Promise<Visit> {
    let url = startUrl;
    let request = init;
    const setCookies: string[] = [];
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const jar = this.#jar(new URL(url).origin);
      const cookieHeader = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
      const response = await fetch(url, { ...request, redirect: 'manual', headers: { ...(request.headers as Record<string, string>), ...(cookieHeader ? { cookie: cookieHeader } : {}) } });
      for (const header of response.headers.getSetCookie()) {
        setCookies.push(header);
        const { name, value, maxAge, expires } = parseSetCookie(header);
        if (!value || maxAge === 0 || (expires && expires.getTime() < Date.now())) jar.delete(name);
        else jar.set(name, value);
      }
      const location = response.headers.get('location');
      if (!follow || location === null || response.status < 300 || response.status > 399) {
        return { status: response.status, url, text: await response.text(), headers: response.headers, setCookies };
      }
      await response.arrayBuffer();
      url = new URL(location, url).href;
      if (response.status !== 307 && response.status !== 308) request = { method: 'GET' };
    }
    throw new Error(`More than ${MAX_REDIRECTS} redirects from ${startUrl}`);
  }

  #jar(origin: string): Map<string, string> {
    let jar = this.#jars.get(origin);
    if (!jar) this.#jars.set(origin, (jar = new Map()));
    return jar;
  }
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type RunningBridge } from './bridgeHarness.ts';

describe('the local chat page as the server sends it', () => {
  let bridge: RunningBridge;
  beforeAll(async () => {
    bridge = await startBridge({ botEndpoint: 'http://127.0.0.1:9/api/messages' });
  });
  afterAll(async () => {
    await bridge?.stop();
  });

  it('serves a page titled as a local test page that loads Web Chat and its own script from this server only', async () => {
    const response = await fetch(`${bridge.baseUrl}/`);
    const html = await response.text();
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('Safeguarding assistant — local test page; not for real case details');
    expect(html).toContain('<script src="/webchat/webchat.js"');
    expect(html).toContain('<script src="/local/page/chat.js"');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${bridge.baseUrl}/local/page/chat.css`)).headers.get('content-type')).toContain('text/css');
  });

  it("serves Web Chat's own browser bundle from the installed package", async () => {
    const response = await fetch(`${bridge.baseUrl}/webchat/webchat.js`);
    const bundle = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(bundle.length).toBeGreaterThan(1_000_000);
    expect(bundle).toContain('renderWebChat');
  });

  it('keeps serving after a browser abandons the Web Chat download half way', async () => {
    const download = new AbortController();
    const response = await fetch(`${bridge.baseUrl}/webchat/webchat.js`, { signal: download.signal });
    await response.body?.getReader().read();
    download.abort();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await fetch(`${bridge.baseUrl}/`)).status).toBe(200);
  });
});

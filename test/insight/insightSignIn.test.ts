import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieJarBrowser, type Visit } from '../support/cookieJarBrowser.ts';
import { OidcTestProvider, type TestOidcClient } from '../support/oidcTestProvider.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { testBoardConfig, writeTestBoards, type TestBoardDirectory } from '../submissions/testBoards.ts';

const TENANT = '0a0b0c0d-1111-4222-8333-444455556666';
const STAFF = { login: 'board.staff', oid: '11111111-aaaa-4bbb-8ccc-000000000001', tid: TENANT };
const AUDITOR = { login: 'board.auditor', oid: '11111111-aaaa-4bbb-8ccc-000000000002', tid: TENANT };
const STRANGER = { login: 'someone.else', oid: '11111111-aaaa-4bbb-8ccc-000000000003', tid: TENANT };
const STAFF_IN_ANOTHER_TENANT = { login: 'other.tenant', oid: STAFF.oid, tid: '99999999-1111-4222-8333-444455556666' };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Submits the provider's sign-in and consent pages (its development pages: any password) until it sends the browser back. */
async function throughProvider(browser: CookieJarBrowser, visit: Visit, login: string): Promise<Visit> {
  let page = visit;
  for (let step = 0; step < 4 && /name="prompt" value="(login|consent)"/.test(page.text); step++) {
    const action = /<form[^>]*action="([^"]+)"/.exec(page.text)?.[1] ?? '';
    const prompt = /name="prompt" value="(\w+)"/.exec(page.text)?.[1] ?? '';
    page = await browser.postForm(new URL(action, page.url).href, prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
  }
  return page;
}

/** Production sign-in to /insight with a real OpenID Connect provider on this machine standing in for Entra ID. */
describe('the insight page signs people in with OpenID Connect outside local mode', () => {
  const provider = new OidcTestProvider();
  let boards: TestBoardDirectory;
  let bot: BotUnderTest;

  beforeAll(async () => {
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    const client: TestOidcClient = { clientId: 'insight-page', clientSecret: 'insight-page-client-secret', redirectUri: `${publicUrl}/insight/sign-in/callback` };
    await provider.start(client);
    for (const account of [STAFF, AUDITOR, STRANGER, STAFF_IN_ANOTHER_TENANT]) provider.addAccount(account);
    boards = await writeTestBoards([
      testBoardConfig('insight-board', {
        extra: { roles: { boardStaff: [`aad:${STAFF.oid}`], auditor: [`aad:${AUDITOR.oid}`] }, channels: { teams: { tenantIds: [TENANT] } } },
      }),
    ]);
    bot = await startBot({
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
        MicrosoftAppPassword: 'test-secret',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: TENANT,
        BOARD_CONFIG_DIR: boards.directory,
        PUBLIC_URL: publicUrl,
        INSIGHT_OIDC_ISSUER: provider.issuer,
        INSIGHT_OIDC_CLIENT_ID: client.clientId,
        INSIGHT_OIDC_CLIENT_SECRET: client.clientSecret,
        INSIGHT_SESSION_SECRET: 'insight-session-secret-for-tests-0123456789',
      },
    });
  }, 120_000);

  afterAll(async () => {
    await bot?.stop();
    await provider.stop();
    await boards?.remove();
  });

  const signIn = async (login: string) => {
    const browser = new CookieJarBrowser();
    const providerPage = await browser.get(`${bot.baseUrl}/insight?board=insight-board`);
    expect(providerPage.url.startsWith(provider.issuer)).toBe(true);
    return { browser, page: await throughProvider(browser, providerPage, login) };
  };

  it('sends a browser without a session to sign in, and sign-in on to the provider with PKCE, state and nonce', async () => {
    const browser = new CookieJarBrowser();
    const first = await browser.get(`${bot.baseUrl}/insight?board=insight-board`, { follow: false });
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe('/insight/sign-in?returnTo=%2Finsight%3Fboard%3Dinsight-board');
    expect(first.text).not.toContain('Headline figures');

    const toProvider = await browser.get(`${bot.baseUrl}${first.headers.get('location')}`, { follow: false });
    expect(toProvider.status).toBe(302);
    const authorization = new URL(toProvider.headers.get('location')!);
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('scope')).toBe('openid profile');
    for (const parameter of ['code_challenge', 'state', 'nonce']) expect(authorization.searchParams.get(parameter)).toMatch(/^[\w-]{20,}$/);
    expect(toProvider.setCookies[0]).toMatch(/^insight_sign_in=[\w-]+; Max-Age=600; Path=\/insight; HttpOnly; SameSite=Lax$/);
  });

  it('shows board staff their board’s figures after signing in, with a session cookie scripts cannot read', async () => {
    const { page } = await signIn(STAFF.login);
    expect(page.status).toBe(200);
    expect(page.url).toBe(`${bot.baseUrl}/insight?board=insight-board`);
    expect(page.text).toContain('Test board insight-board');
    expect(page.text).toContain('Headline figures');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const session = page.setCookies.find((header) => header.startsWith('insight_session='));
    expect(session).toMatch(/; Max-Age=28800; Path=\/insight; HttpOnly; SameSite=Lax$/);
  });

  it('shows an auditor the figures too', async () => {
    const { page } = await signIn(AUDITOR.login);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Headline figures');
  });

  it('answers 403, saying why and showing no figures, to a signed-in person without a board role', async () => {
    const { page } = await signIn(STRANGER.login);
    expect(page.status).toBe(403);
    expect(page.text).toContain('You cannot see board figures');
    expect(page.text).toContain('board staff, chair, board administrators and auditors');
    expect(page.text).not.toContain('Headline figures');
    expect(page.text).not.toContain('Test board insight-board');
  });

  it('refuses a staff member’s object id signed in from a tenant the board does not list', async () => {
    const { page } = await signIn(STAFF_IN_ANOTHER_TENANT.login);
    expect(page.status).toBe(403);
    expect(page.text).not.toContain('Headline figures');
  });

  it('treats a tampered session cookie as no session, and signs out', async () => {
    const { browser } = await signIn(STAFF.login);
    const sealed = browser.cookie(bot.baseUrl, 'insight_session')!;
    browser.setCookie(bot.baseUrl, 'insight_session', `${sealed.slice(0, -4)}AAAA`);
    const tampered = await browser.get(`${bot.baseUrl}/insight`, { follow: false });
    expect(tampered.status).toBe(302);

    browser.setCookie(bot.baseUrl, 'insight_session', sealed);
    expect((await browser.get(`${bot.baseUrl}/insight`, { follow: false })).status).toBe(200);
    const signedOut = await browser.get(`${bot.baseUrl}/insight/sign-out`);
    expect(signedOut.text).toContain('You are signed out');
    expect((await browser.get(`${bot.baseUrl}/insight`, { follow: false })).status).toBe(302);
  });

  it('refuses a callback whose state is not the one it sent, without signing anyone in', async () => {
    const browser = new CookieJarBrowser();
    await browser.get(`${bot.baseUrl}/insight/sign-in`, { follow: false });
    const forged = await browser.get(`${bot.baseUrl}/insight/sign-in/callback?code=stolen&state=not-ours&iss=${encodeURIComponent(provider.issuer)}`);
    expect(forged.status).toBe(400);
    expect(forged.text).toContain('Sign-in did not complete');
    expect(browser.cookie(bot.baseUrl, 'insight_session')).toBeUndefined();
  });
});

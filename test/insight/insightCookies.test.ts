import { describe, expect, it } from 'vitest';
import { InsightCookies } from '../../bot/insight/insightCookies.ts';

const SECRET = 'insight-session-secret-for-tests-0123456789';
const NOW = new Date('2026-11-20T10:00:00Z');
const STAFF = { identity: 'aad:11111111-aaaa-4bbb-8ccc-000000000001', tenantId: '0a0b0c0d-1111-4222-8333-444455556666' };
const PENDING = { codeVerifier: 'v'.repeat(43), state: 'state-value', nonce: 'nonce-value', returnTo: '/insight?board=x' };

/** The value of a Set-Cookie header as the browser would send it back: "name=value". */
const sentBack = (setCookie: string) => setCookie.split(';')[0]!;
const hoursLater = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);

describe('insight page cookies', () => {
  const cookies = new InsightCookies(SECRET, 'https://bot.example.org');

  it('are Secure, HttpOnly, SameSite=Lax and limited to /insight behind https', () => {
    const [session] = cookies.signedIn(STAFF, NOW);
    expect(session).toMatch(/; Max-Age=28800; Path=\/insight; HttpOnly; Secure; SameSite=Lax$/);
    expect(cookies.signingIn(PENDING, NOW)).toMatch(/; Path=\/insight; HttpOnly; Secure; SameSite=Lax$/);
  });

  it('keep a session for eight hours, then no longer', () => {
    const [session] = cookies.signedIn(STAFF, NOW);
    expect(cookies.sessionOf(sentBack(session!), hoursLater(7.9))).toEqual(STAFF);
    expect(cookies.sessionOf(sentBack(session!), hoursLater(8))).toBeUndefined();
  });

  it('cannot be read with another secret, nor one cookie passed off as the other', () => {
    const [session] = cookies.signedIn(STAFF, NOW);
    expect(new InsightCookies(`${SECRET}-changed`, 'https://bot.example.org').sessionOf(sentBack(session!), NOW)).toBeUndefined();
    const signIn = sentBack(cookies.signingIn(PENDING, NOW));
    expect(cookies.pendingSignInOf(signIn, NOW)).toEqual(PENDING);
    expect(cookies.sessionOf(signIn.replace('insight_sign_in=', 'insight_session='), NOW)).toBeUndefined();
  });
});

import { parseCookie, stringifySetCookie } from 'cookie';
import { z } from 'zod';
import { CookieSeal } from './sealedCookie.ts';
import { pendingSignInSchema, type PendingSignIn, type SignedInPerson } from './entraSignIn.ts';

const SESSION_COOKIE = 'insight_session';
const SIGN_IN_COOKIE = 'insight_sign_in';
/** A working day; then the person signs in again. */
const SESSION_MINUTES = 8 * 60;
/** Time to get through the provider's sign-in pages. */
const SIGN_IN_MINUTES = 10;

const signedInPersonSchema = z.object({ identity: z.string().min(1), tenantId: z.string().optional() });

const minutesAfter = (now: Date, minutes: number) => new Date(now.getTime() + minutes * 60_000);

/**
 * The insight page's two cookies, sealed with INSIGHT_SESSION_SECRET: the session (who signed in) and, during sign-in,
 * the PKCE verifier, state and nonce. HttpOnly, SameSite=Lax (the provider's redirect back is a top-level GET), path
 * /insight, and Secure unless the page's public address is plain http on loopback (tests).
 */
export class InsightCookies {
  readonly #session: CookieSeal<{ identity: string; tenantId?: string | undefined }>;
  readonly #signIn: CookieSeal<PendingSignIn>;
  readonly #secure: boolean;

  constructor(secret: string, publicUrl: string) {
    this.#session = new CookieSeal(secret, SESSION_COOKIE, signedInPersonSchema);
    this.#signIn = new CookieSeal(secret, SIGN_IN_COOKIE, pendingSignInSchema);
    this.#secure = new URL(publicUrl).protocol === 'https:';
  }

  sessionOf(cookieHeader: string | undefined, now: Date): SignedInPerson | undefined {
    const person = this.#session.open(parseCookie(cookieHeader ?? '')[SESSION_COOKIE], now);
    return person && { identity: person.identity, tenantId: person.tenantId };
  }

  pendingSignInOf(cookieHeader: string | undefined, now: Date): PendingSignIn | undefined {
    return this.#signIn.open(parseCookie(cookieHeader ?? '')[SIGN_IN_COOKIE], now);
  }

  /** Set-Cookie for a new session, ending the sign-in's cookie. */
  signedIn(person: SignedInPerson, now: Date): string[] {
    const session = this.#session.seal(person, minutesAfter(now, SESSION_MINUTES));
    return [this.#cookie(SESSION_COOKIE, session, SESSION_MINUTES), this.#cookie(SIGN_IN_COOKIE, '', 0)];
  }

  signingIn(pending: PendingSignIn, now: Date): string {
    return this.#cookie(SIGN_IN_COOKIE, this.#signIn.seal(pending, minutesAfter(now, SIGN_IN_MINUTES)), SIGN_IN_MINUTES);
  }

  signedOut(): string {
    return this.#cookie(SESSION_COOKIE, '', 0);
  }

  #cookie(name: string, value: string, minutes: number): string {
    return stringifySetCookie({ name, value, path: '/insight', httpOnly: true, sameSite: 'lax', secure: this.#secure, maxAge: minutes * 60 });
  }
}

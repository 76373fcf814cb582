import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { z } from 'zod';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * A cookie value only this server can read or make: the JSON of a value and its expiry, encrypted and authenticated
 * with AES-256-GCM under a key derived from the session secret and the cookie's purpose (so one cookie cannot stand
 * in for another).
 */
export class CookieSeal<T> {
  readonly #key: Buffer;
  readonly #schema: z.ZodType<T>;

  constructor(secret: string, purpose: string, schema: z.ZodType<T>) {
    this.#key = Buffer.from(hkdfSync('sha256', secret, 'insight-page', purpose, 32));
    this.#schema = schema;
  }

  seal(value: T, expiresAt: Date): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    const plain = Buffer.from(JSON.stringify({ value, expiresAt: expiresAt.getTime() }), 'utf8');
    const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
  }

  /** The value, or undefined when the cookie is missing, forged, tampered with, expired or of another shape. */
  open(cookie: string | undefined, now: Date): T | undefined {
    if (!cookie) return undefined;
    const bytes = Buffer.from(cookie, 'base64url');
    if (bytes.length <= IV_BYTES + TAG_BYTES) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#key, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      const { value, expiresAt } = JSON.parse(plain) as { value: unknown; expiresAt: number };
      if (!(expiresAt > now.getTime())) return undefined;
      const parsed = this.#schema.safeParse(value);
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }
}

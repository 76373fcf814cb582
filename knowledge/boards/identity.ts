import { z } from 'zod';

/**
 * A user as the bot sees them, one string per identity provider:
 * `aad:<Entra object id>` (Teams, Web Chat), `slack:<team id>:<user id>`, `local:<name>` (local web chat).
 */
const IDENTITY_PATTERNS = [/^aad:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, /^slack:T[A-Z0-9]+:[UW][A-Z0-9]+$/, /^local:[a-z0-9][a-z0-9._-]*$/];

export function isWellFormedIdentity(value: string): boolean {
  return IDENTITY_PATTERNS.some((pattern) => pattern.test(value));
}

/** Entra object ids compare case-insensitively; the other kinds are case-sensitive. */
export function normaliseIdentity(identity: string): string {
  return identity.startsWith('aad:') ? identity.toLowerCase() : identity;
}

export const identitySchema = z
  .string()
  .refine(isWellFormedIdentity, {
    error: 'must be "aad:<object id>", "slack:<team id>:<user id>" or "local:<name>"',
  })
  .transform(normaliseIdentity);

export const guidSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { error: 'must be a GUID' })
  .transform((value) => value.toLowerCase());

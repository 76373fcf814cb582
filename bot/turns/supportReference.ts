import { randomBytes } from 'node:crypto';

/** A short code a user can quote to support; it finds the log line without revealing anything. */
export function newSupportReference(): string {
  return randomBytes(4).toString('hex').toUpperCase();
}

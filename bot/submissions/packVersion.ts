import { createHash } from 'node:crypto';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { getEdition } from '../../knowledge/editions/editions.ts';

const versions = new Map<EditionId, string>();

/**
 * A version of an edition's rule pack as this build ships it: a digest of its rules, clocks and citations.
 * Stamped on each record, so a later change to the pack is visible against the records made before it.
 */
export function packVersionOf(edition: EditionId): string {
  let version = versions.get(edition);
  if (version === undefined) {
    version = `${edition}:${createHash('sha256')
      .update(JSON.stringify(getEdition(edition)))
      .digest('hex')
      .slice(0, 12)}`;
    versions.set(edition, version);
  }
  return version;
}

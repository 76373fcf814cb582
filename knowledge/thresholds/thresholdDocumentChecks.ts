import type { z } from 'zod';
import { REFERRAL_KINDS } from './referralKind.ts';
import type { thresholdDocumentShape } from './thresholdDocument.ts';

type DocumentShape = z.output<typeof thresholdDocumentShape>;
type Context = z.core.$RefinementCtx<DocumentShape>;

function listOf(values: Iterable<string>): string {
  return [...values].join(', ');
}

function reportDuplicates(context: Context, listName: string, keyName: string, keys: readonly string[]): void {
  const firstIndex = new Map<string, number>();
  keys.forEach((key, index) => {
    const earlier = firstIndex.get(key);
    if (earlier === undefined) {
      firstIndex.set(key, index);
      return;
    }
    context.addIssue({
      code: 'custom',
      path: [listName, index, keyName],
      message: `duplicate ${keyName} "${key}" (already used by ${listName}[${earlier}])`,
    });
  });
}

function reportUnknown(context: Context, path: (string | number)[], kind: string, value: string, known: ReadonlySet<string>): void {
  if (known.has(value)) return;
  const choices = known.size > 0 ? `; known ${kind}s: ${listOf(known)}` : `; the document declares no ${kind}s`;
  context.addIssue({ code: 'custom', path, message: `unknown ${kind} "${value}"${choices}` });
}

function checkUniqueness(document: DocumentShape, context: Context): void {
  reportDuplicates(
    context,
    'domains',
    'id',
    document.domains.map((domain) => domain.id),
  );
  reportDuplicates(
    context,
    'levels',
    'id',
    document.levels.map((level) => level.id),
  );
  reportDuplicates(
    context,
    'levels',
    'order',
    document.levels.map((level) => String(level.order)),
  );
  reportDuplicates(
    context,
    'indicators',
    'id',
    document.indicators.map((indicator) => indicator.id),
  );
  reportDuplicates(
    context,
    'redFlags',
    'id',
    document.redFlags.map((flag) => flag.id),
  );
  reportDuplicates(
    context,
    'consentRules',
    'id',
    document.consentRules.map((rule) => rule.id),
  );
  reportDuplicates(
    context,
    'contacts',
    'key',
    document.contacts.map((contact) => contact.key),
  );
}

/** Levels are listed from the lowest need to the highest, and the response never weakens as need rises. */
function checkLevelOrder(document: DocumentShape, context: Context): void {
  document.levels.forEach((level, index) => {
    const previous = document.levels[index - 1];
    if (!previous) return;
    if (level.order < previous.order) {
      context.addIssue({
        code: 'custom',
        path: ['levels', index, 'order'],
        message: `levels must be listed from lowest to highest order: ${level.order} comes after ${previous.order}`,
      });
    }
    if (REFERRAL_KINDS.indexOf(level.referralKind) < REFERRAL_KINDS.indexOf(previous.referralKind)) {
      context.addIssue({
        code: 'custom',
        path: ['levels', index, 'referralKind'],
        message: `"${level.referralKind}" is a lighter response than "${previous.referralKind}" at the level below`,
      });
    }
  });
}

function checkReferences(document: DocumentShape, context: Context): void {
  const levelIds = new Set(document.levels.map((level) => level.id));
  const domainIds = new Set(document.domains.map((domain) => domain.id));
  const consentRuleIds = new Set(document.consentRules.map((rule) => rule.id));
  const contactKeys = new Set(document.contacts.map((contact) => contact.key));

  document.levels.forEach((level, index) => {
    reportUnknown(context, ['levels', index, 'consentRule'], 'consent rule', level.consentRule, consentRuleIds);
    if (level.contact !== undefined) {
      reportUnknown(context, ['levels', index, 'contact'], 'contact', level.contact, contactKeys);
    }
  });
  document.indicators.forEach((indicator, index) => {
    reportUnknown(context, ['indicators', index, 'level'], 'level', indicator.level, levelIds);
    reportUnknown(context, ['indicators', index, 'domain'], 'domain', indicator.domain, domainIds);
  });
  document.redFlagResponse.contacts.forEach((key, index) => {
    reportUnknown(context, ['redFlagResponse', 'contacts', index], 'contact', key, contactKeys);
  });
  reportUnknown(context, ['redFlagResponse', 'consentRule'], 'consent rule', document.redFlagResponse.consentRule, consentRuleIds);
}

/** The walk shows one card per domain at every level, so a level with an empty domain is a gap in the document. */
function checkEveryLevelCoversEveryDomain(document: DocumentShape, context: Context): void {
  document.levels.forEach((level, index) => {
    for (const domain of document.domains) {
      const covered = document.indicators.some((indicator) => indicator.level === level.id && indicator.domain === domain.id);
      if (!covered) {
        context.addIssue({
          code: 'custom',
          path: ['levels', index],
          message: `level "${level.id}" has no indicators in domain "${domain.id}" (${domain.title})`,
        });
      }
    }
  });
}

export function checkThresholdDocument(document: DocumentShape, context: Context): void {
  checkUniqueness(document, context);
  checkLevelOrder(document, context);
  checkReferences(document, context);
  checkEveryLevelCoversEveryDomain(document, context);
}

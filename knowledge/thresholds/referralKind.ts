import { z } from 'zod';

/** What kind of response a level leads to, lightest first, so the dialog knows which hand-off to offer. */
export const REFERRAL_KINDS = ['none', 'earlyHelp', 'childInNeed', 'childProtection'] as const;
export const referralKindSchema = z.enum(REFERRAL_KINDS);
export type ReferralKind = z.infer<typeof referralKindSchema>;

/** Child in need and child protection go to children's social care (the front door); the lighter kinds do not. */
export function goesToSocialCare(kind: ReferralKind): boolean {
  return kind === 'childInNeed' || kind === 'childProtection';
}

import type { Citation } from '../citation.ts';

/** Public sources by the short tags the domain brief uses (its §12). */
const PUBLIC_SOURCE_URLS = {
  WT13: 'http://www.workingtogetheronline.co.uk/documents/Working%20TogetherFINAL.pdf',
  WT23: 'https://www.gov.uk/government/publications/working-together-to-safeguard-children--2',
  KCSIE: 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2',
  KCSIE20: 'https://brj-uat2.hosted.positive.co.uk/insights/new-keeping-children-safe-in-education-statutory-guidance-comes-into-force',
  CA04: 'https://www.legislation.gov.uk/ukpga/2004/31/section/16C',
  SI789R11: 'https://www.legislation.gov.uk/uksi/2018/789/regulation/11/made',
  GOVDIFF: 'https://govdiff.njk.onl/update/2023-12-15T11:09:00+00:00/www.gov.uk/government/publications/working-together-to-safeguard-children--2',
  GOVSIN: 'https://www.gov.uk/guidance/report-a-serious-child-safeguarding-incident',
  EESM: 'https://explore-education-statistics.service.gov.uk/methodology/serious-incident-notifications-methodology',
  PFAQ: 'https://childsafeguarding.independent-panel.uk/about/faqs/',
  NP1: 'https://docslib.org/doc/8136649/serious-case-review-panel',
  NPFC: 'https://docsbay.net/national-scr-panel-guidance-flowchart-1-scr-initiation-decisions',
  SOLI: 'http://solihulllscb.proceduresonline.com/chapters/p_ser_case_rev_guid.html',
  SOLILIF: 'http://solihulllscb.proceduresonline.com/chapters/p_learn_improve_frame.html',
  CAMBS: 'https://www.safeguardingcambspeterborough.org.uk/children-board/serious-case-reviews',
  NEL: 'https://nelincsscp.trixonline.co.uk/chapter/child-safeguarding-practice-reviews',
  TEES: 'https://www.teescpp.org.uk/procedures-and-guidance-on-specific-issues-that-affect-children/serious-child-safeguarding-incidents-rapid-reviews-safeguarding-practice-reviews',
  SLOUGH: 'https://sloughchildcare.proceduresonline.com/p_serious_incident.html',
  TRAF: 'https://www.traffordsafeguardingpartnership.org.uk/About-us/News/2020/Child-Safeguarding-Practice-Reviews-update.aspx',
  PDOR: 'http://pandorsetscb.proceduresonline.com/chapters/p_notif_events.html',
  NIP: 'https://docsbay.net/notifiable-incidents-serious-case-review-and-other-multi-agency-review-procedures',
  SEFT: 'https://seftonlscb.safeguardingpolicies.org.uk/may-2017/sec-11-serious-case-reviews-scrs/definitions-of-notifiable-incidents-and-seriously-harmed',
  KNOW: 'https://knowsleyscb.proceduresonline.com/p_ser_inc_rev_grp.html',
  CYPN: 'https://www.cypnow.co.uk/content/other/legal-update-legal-qa-lscbs',
  CORN: 'https://docest.com/doc/291331/cornwall-isles-of-scilly-safeguarding-children-board',
  SC13: 'http://www.safeguardingchildren.co.uk/section-13-procedures.html',
  BWD: 'http://blackburndarwenchildcare.proceduresonline.com/chapters/p_death_serious.html',
  OFSF: 'https://docest.com/doc/670313/notification-of-serious-child-care-incidents',
  LUT: 'http://lutonlscb.org.uk/professionals/workforce/',
  STAFFCC: 'https://www.staffordshire.gov.uk/Care-for-children-and-families/Childprotection/Local-Authority-Designated-Officers.aspx',
  STAFFSCP: 'https://www.staffsscp.org.uk/allegations-of-abuse/',
  NYC: 'https://www.scribd.com/document/682534141/LADO-Referral-Form',
  DARL: 'https://paperzz.com/doc/6887084/procedure-for-managing-allegations',
  KIRK: 'https://www.kirklees.gov.uk/beta/working-with-children/lado.aspx',
  ESX: 'https://new.eastsussex.gov.uk/children-families/professional-resources/allegations/referrals/form-lado-referral',
  DONC: 'https://www.doncaster.gov.uk/doitonline/safeguarding-concern-lado-local-authority-designated-officer-referral-form',
  WYT: 'https://westyorkscb.proceduresonline.com/p_thresholds.html',
  PORT: 'https://www.portsmouthscp.org.uk/worried-about-a-child-suffering-from-harm/mash-details-for-professionals/',
  MILL: 'https://www.millbrookprimary.org.uk/the-role-of-the-local-authority/',
  WARR: 'http://www.proceduresonline.com/pancheshire/warrington/p_ser_case_rev.html',
  RICH: 'http://kingstonandrichmondlscb.org.uk/about-richmond-lscb/subgroups-107/serious-case-review-subgroup-108.php',
  TRIXNP: 'http://trixresources.proceduresonline.com/nat_key/keywords/nat_pan_expert_scr.html',
  TRIXA: 'http://trixresources.proceduresonline.com/nat_key/keywords/assessment.html',
  NLAS: 'http://northumberlandlscb.proceduresonline.com/local_keywords/stat_assess.html',
  SCIEQM: 'https://www.scie.org.uk/safeguarding/children/case-reviews/quality-markers/running/scr-management/',
  FLCONS: 'https://familylaw.co.uk/news_and_comment/consultation-launched-on-serious-case-review-guidance',
  NYSCP: 'https://www.safeguardingchildren.co.uk/professionals/procedures-practice-guidance-and-one-minute-guides/death-of-a-care-leaver-one-minute-guide',
  NYSCPP: 'https://safeguardingchildren.co.uk/professionals/procedures-practice-guidance-and-one-minute-guides/death-of-a-care-leaver-process-for-north-yorkshire-and-city-of-york',
  SWIN: 'https://swindonchildcare.proceduresonline.com/chapters/p_notif_sig_events.html',
  CUMB: 'https://content.govdelivery.com/accounts/UKCUMBERLAND/bulletins/38e23c6',
  EYFS: 'https://www.gov.uk/government/publications/early-years-foundation-stage-framework--2',
  CHR40: 'https://www.legislation.gov.uk/uksi/2015/541/regulation/40',
} as const;

export type PublicSourceTag = keyof typeof PUBLIC_SOURCE_URLS;

type CitationDetail = { locator?: string; quote?: string };

/** A public source cited by its tag, e.g. publicSource('LUT') → { source: '[LUT]', url: … }. */
export function publicSource(tag: PublicSourceTag, detail: CitationDetail = {}): Citation {
  return { source: `[${tag}]`, url: PUBLIC_SOURCE_URLS[tag], ...detail };
}

const SEED_FILES = {
  '000': 'seeds/000_31b4931af2b06ff9.txt',
  '001': 'seeds/001_1f1cf967246560e3.txt',
  '002': 'seeds/002_7e5dc41e7c717b3b.txt',
  '003': 'seeds/003_5727763fa3e78132.txt',
  '004': 'seeds/004_e13bb95539be3372.txt',
} as const;

/** A seed document at a line, e.g. seedSource('004', 'L49'). */
export function seedSource(seed: keyof typeof SEED_FILES, locator: string, quote?: string): Citation {
  return quote === undefined ? { source: SEED_FILES[seed], locator } : { source: SEED_FILES[seed], locator, quote };
}

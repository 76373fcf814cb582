import type { Citation } from '../citation.ts';

/**
 * Public sources by the short tags the domain brief uses (its §12): the title people read, and the publisher's
 * own page where there is one. Copies on document-sharing sites (docslib, docsbay, docest, scribd, paperzz, a
 * firm's test server) are never linked: those sources are cited by title alone.
 */
const PUBLIC_SOURCES = {
  WT13: { title: 'Working Together to Safeguard Children 2013', url: 'http://www.workingtogetheronline.co.uk/documents/Working%20TogetherFINAL.pdf' },
  WT23: { title: 'Working Together to Safeguard Children 2023', url: 'https://www.gov.uk/government/publications/working-together-to-safeguard-children--2' },
  KCSIE: { title: 'Keeping children safe in education (Department for Education)', url: 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2' },
  KCSIE20: { title: 'Browne Jacobson: Keeping children safe in education 2020, key changes' },
  CA04: { title: 'Children Act 2004, section 16C', url: 'https://www.legislation.gov.uk/ukpga/2004/31/section/16C' },
  SI789R11: { title: 'The Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018, regulation 11', url: 'https://www.legislation.gov.uk/uksi/2018/789/regulation/11/made' },
  GOVDIFF: {
    title: 'GOV.UK: Working Together to Safeguard Children 2023, publication record of 15 December 2023',
    url: 'https://govdiff.njk.onl/update/2023-12-15T11:09:00+00:00/www.gov.uk/government/publications/working-together-to-safeguard-children--2',
  },
  GOVSIN: { title: 'GOV.UK: Report a serious child safeguarding incident', url: 'https://www.gov.uk/guidance/report-a-serious-child-safeguarding-incident' },
  EESM: {
    title: 'Department for Education: Serious incident notifications, methodology',
    url: 'https://explore-education-statistics.service.gov.uk/methodology/serious-incident-notifications-methodology',
  },
  PFAQ: { title: 'Child Safeguarding Practice Review Panel: frequently asked questions', url: 'https://childsafeguarding.independent-panel.uk/about/faqs/' },
  NP1: { title: 'National panel of independent experts on serious case reviews: first annual report' },
  NPFC: { title: 'National panel of independent experts on serious case reviews: guidance flowcharts' },
  SOLI: { title: 'Solihull Local Safeguarding Children Board: serious case review guidance', url: 'http://solihulllscb.proceduresonline.com/chapters/p_ser_case_rev_guid.html' },
  SOLILIF: { title: 'Solihull Local Safeguarding Children Partnership: learning and improvement framework', url: 'http://solihulllscb.proceduresonline.com/chapters/p_learn_improve_frame.html' },
  CAMBS: { title: 'Cambridgeshire and Peterborough Safeguarding Partnership: serious case reviews', url: 'https://www.safeguardingcambspeterborough.org.uk/children-board/serious-case-reviews' },
  NEL: {
    title: 'North East Lincolnshire Safeguarding Children Partnership: child safeguarding practice reviews',
    url: 'https://nelincsscp.trixonline.co.uk/chapter/child-safeguarding-practice-reviews',
  },
  TEES: {
    title: 'Tees Safeguarding Children Partnerships: serious child safeguarding incidents and rapid reviews',
    url: 'https://www.teescpp.org.uk/procedures-and-guidance-on-specific-issues-that-affect-children/serious-child-safeguarding-incidents-rapid-reviews-safeguarding-practice-reviews',
  },
  SLOUGH: { title: 'Slough Children First: serious incident notifications', url: 'https://sloughchildcare.proceduresonline.com/p_serious_incident.html' },
  TRAF: {
    title: 'Trafford Strategic Safeguarding Partnership: child safeguarding practice reviews update, 2020',
    url: 'https://www.traffordsafeguardingpartnership.org.uk/About-us/News/2020/Child-Safeguarding-Practice-Reviews-update.aspx',
  },
  PDOR: { title: 'Pan-Dorset Safeguarding Children Board: notifiable incidents', url: 'http://pandorsetscb.proceduresonline.com/chapters/p_notif_events.html' },
  NIP: { title: 'Notifiable incidents, serious case review and other multi-agency review procedures (Working Together 2015)' },
  SEFT: {
    title: 'Sefton Local Safeguarding Children Board: definitions of notifiable incidents and seriously harmed',
    url: 'https://seftonlscb.safeguardingpolicies.org.uk/may-2017/sec-11-serious-case-reviews-scrs/definitions-of-notifiable-incidents-and-seriously-harmed',
  },
  KNOW: { title: 'Knowsley Safeguarding Children Board: serious incident review group procedures', url: 'https://knowsleyscb.proceduresonline.com/p_ser_inc_rev_grp.html' },
  CYPN: { title: 'Children and Young People Now: legal questions and answers on local safeguarding children boards', url: 'https://www.cypnow.co.uk/content/other/legal-update-legal-qa-lscbs' },
  CORN: { title: 'South West Peninsula: serious case review toolkit (Cornwall and the Isles of Scilly Safeguarding Children Board)' },
  SC13: { title: 'Safeguarding children procedures, section 13: serious case reviews', url: 'http://www.safeguardingchildren.co.uk/section-13-procedures.html' },
  BWD: { title: 'Blackburn with Darwen children’s services procedures: death or serious injury to a child', url: 'http://blackburndarwenchildcare.proceduresonline.com/chapters/p_death_serious.html' },
  OFSF: { title: 'Ofsted: notification of serious childcare incidents (former form)' },
  LUT: { title: 'Luton Local Safeguarding Children Board: managing allegations', url: 'http://lutonlscb.org.uk/professionals/workforce/' },
  STAFFCC: {
    title: 'Staffordshire County Council: local authority designated officers',
    url: 'https://www.staffordshire.gov.uk/Care-for-children-and-families/Childprotection/Local-Authority-Designated-Officers.aspx',
  },
  STAFFSCP: { title: 'Staffordshire Safeguarding Children Partnership: allegations of abuse', url: 'https://www.staffsscp.org.uk/allegations-of-abuse/' },
  NYC: { title: 'North Yorkshire Council: LADO referral form' },
  DARL: { title: 'Darlington: procedure for managing allegations against people who work with children' },
  KIRK: { title: 'Kirklees Council: the local authority designated officer', url: 'https://www.kirklees.gov.uk/beta/working-with-children/lado.aspx' },
  ESX: { title: 'East Sussex County Council: LADO referral form', url: 'https://new.eastsussex.gov.uk/children-families/professional-resources/allegations/referrals/form-lado-referral' },
  DONC: { title: 'Doncaster Council: LADO referral form', url: 'https://www.doncaster.gov.uk/doitonline/safeguarding-concern-lado-local-authority-designated-officer-referral-form' },
  WYT: { title: 'West Yorkshire Consortium procedures: thresholds of need', url: 'https://westyorkscb.proceduresonline.com/p_thresholds.html' },
  PORT: {
    title: 'Portsmouth Safeguarding Children Partnership: MASH details for professionals',
    url: 'https://www.portsmouthscp.org.uk/worried-about-a-child-suffering-from-harm/mash-details-for-professionals/',
  },
  MILL: { title: 'Millbrook Primary School: the role of the local authority (from Keeping children safe in education)', url: 'https://www.millbrookprimary.org.uk/the-role-of-the-local-authority/' },
  WARR: { title: 'Warrington Safeguarding Children Board: serious case reviews', url: 'http://www.proceduresonline.com/pancheshire/warrington/p_ser_case_rev.html' },
  RICH: {
    title: 'Richmond Local Safeguarding Children Board: serious case review subgroup',
    url: 'http://kingstonandrichmondlscb.org.uk/about-richmond-lscb/subgroups-107/serious-case-review-subgroup-108.php',
  },
  TRIXA: { title: 'tri.x national keywords: assessment', url: 'http://trixresources.proceduresonline.com/nat_key/keywords/assessment.html' },
  TRIXNP: {
    title: 'tri.x national keywords: national panel of independent experts on serious case reviews',
    url: 'http://trixresources.proceduresonline.com/nat_key/keywords/nat_pan_expert_scr.html',
  },
  NLAS: { title: 'Northumberland Local Safeguarding Children Board: statutory assessment', url: 'http://northumberlandlscb.proceduresonline.com/local_keywords/stat_assess.html' },
  SCIEQM: {
    title: 'SCIE and NSPCC serious case review quality markers: managing the review',
    url: 'https://www.scie.org.uk/safeguarding/children/case-reviews/quality-markers/running/scr-management/',
  },
  FLCONS: {
    title: 'Family Law: consultation on the revised chapter 8 of Working Together (2009)',
    url: 'https://familylaw.co.uk/news_and_comment/consultation-launched-on-serious-case-review-guidance',
  },
  NYSCP: {
    title: 'North Yorkshire Safeguarding Children Partnership: death of a care leaver, one minute guide',
    url: 'https://www.safeguardingchildren.co.uk/professionals/procedures-practice-guidance-and-one-minute-guides/death-of-a-care-leaver-one-minute-guide',
  },
  NYSCPP: {
    title: 'North Yorkshire Safeguarding Children Partnership: death of a care leaver, process for North Yorkshire and the City of York',
    url: 'https://safeguardingchildren.co.uk/professionals/procedures-practice-guidance-and-one-minute-guides/death-of-a-care-leaver-process-for-north-yorkshire-and-city-of-york',
  },
  SWIN: { title: 'Swindon children’s services procedures: notifications of significant events', url: 'https://swindonchildcare.proceduresonline.com/chapters/p_notif_sig_events.html' },
  CUMB: { title: 'Cumberland Council bulletin: Working Together to Safeguard Children 2023', url: 'https://content.govdelivery.com/accounts/UKCUMBERLAND/bulletins/38e23c6' },
  DEVRET: { title: 'Devon County Council: records retention', url: 'https://www.devon.gov.uk/keepingdevonsdata/?p=3180' },
  FGM: { title: 'Female Genital Mutilation Act 2003, section 5B', url: 'https://www.legislation.gov.uk/ukpga/2003/31/section/5B' },
  ISA: {
    title: 'Information sharing: advice for practitioners providing safeguarding services (Department for Education)',
    url: 'https://www.gov.uk/government/publications/safeguarding-practitioners-information-sharing-advice',
  },
  EESSIN: {
    title: 'Department for Education: Serious incident notifications, 2021-22',
    url: 'https://explore-education-statistics.service.gov.uk/find-statistics/serious-incident-notifications/2021-22',
  },
  EYFS: { title: 'Statutory framework for the early years foundation stage (Department for Education)', url: 'https://www.gov.uk/government/publications/early-years-foundation-stage-framework--2' },
  CHR40: { title: 'The Children’s Homes (England) Regulations 2015, regulation 40', url: 'https://www.legislation.gov.uk/uksi/2015/541/regulation/40' },
} as const satisfies Record<string, { title: string; url?: string }>;

export type PublicSourceTag = keyof typeof PUBLIC_SOURCES;

type CitationDetail = { locator?: string; quote?: string };

/** A public source cited by its tag, e.g. publicSource('LUT') → { source: 'Luton …: managing allegations', url: …, basis: '[LUT]' }. */
export function publicSource(tag: PublicSourceTag, detail: CitationDetail = {}): Citation {
  const known: { title: string; url?: string } = PUBLIC_SOURCES[tag];
  return { source: known.title, ...(known.url === undefined ? {} : { url: known.url }), ...detail, basis: `[${tag}]` };
}

/** The seed documents by number: their files (for administrators) and their titles (for people). */
const SEEDS = {
  '000': {
    file: 'seeds/000_31b4931af2b06ff9.txt',
    title: 'Department for Education: Revision of chapter 8 (serious case reviews) of Working Together to Safeguard Children 2010, impact assessment, March 2012',
  },
  '001': {
    file: 'seeds/001_1f1cf967246560e3.txt',
    title: 'A child-centred system: the Government’s response to the Munro review of child protection, July 2011',
  },
  '002': { file: 'seeds/002_7e5dc41e7c717b3b.txt', title: 'The Government’s Response to Lord Laming: One Year On, March 2010' },
  '003': { file: 'seeds/003_5727763fa3e78132.txt', title: 'Wood Report: review of the role and functions of Local Safeguarding Children Boards, March 2016' },
  '004': { file: 'seeds/004_e13bb95539be3372.txt', title: 'Working Together to Safeguard Children 2013: one minute guide (No. 027, May 2013)' },
} as const;

/** A seed document at a line, e.g. seedSource('004', 'L49'): people read its title; the file and line are the basis. */
export function seedSource(seed: keyof typeof SEEDS, line: string, quote?: string): Citation {
  const { file, title } = SEEDS[seed];
  return { source: title, ...(quote === undefined ? {} : { quote }), basis: `${file} ${line}` };
}

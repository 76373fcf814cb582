import type { Citation } from './citation.ts';

/** Something a flow tells people, with the sources it rests on, so "why?" can always show them. */
export type GuidanceStatement = { title: string; paragraphs: string[]; citations: Citation[] };

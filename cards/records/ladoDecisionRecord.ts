import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { ladoDecisionSchema, type LadoDecision } from '../../knowledge/lado/index.ts';
import type { SectionValues, ValuesBySection } from '../forms/formSpec.ts';
import { validatedRecord, type RecordResult } from './recordResult.ts';

/** The LADO's decision from its answered sections (cards/lado/ladoDecisionForm.ts). */

type Header = { boardId: string; edition: EditionId; referralReference: string; decidedBy: string };

function attendeesOf(lines: string): Array<{ role: string; organisation: string }> {
  return lines
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [role = '', ...organisation] = line.split(',');
      return { role: role.trim(), organisation: organisation.join(',').trim() };
    });
}

export function buildLadoDecision(header: Header, values: ValuesBySection, decidedAt: string): RecordResult<LadoDecision> {
  const { meetingKind, meetingHeldOn, meetingAttendees } = (values.meeting ?? {}) as Record<string, string | undefined>;
  const candidate = {
    type: 'lado_decision',
    schemaVersion: 1,
    ...header,
    decidedAt,
    ...(values.decision as SectionValues),
    ...(meetingKind === undefined ? {} : { meeting: { kind: meetingKind, heldOn: meetingHeldOn, attendees: attendeesOf(meetingAttendees ?? '') } }),
  };
  return validatedRecord(ladoDecisionSchema, candidate);
}

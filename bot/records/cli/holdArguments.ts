import { holdReasonSchema, type HoldTarget } from '../retention/legalHolds.ts';

export interface HoldArguments {
  target: HoldTarget;
  reason: string;
  boardId?: string;
}

const USAGE = '<reference> | --person "<full name>" | --case <reference>, then --reason "<why>" [--board <id>]';

/** `hold` and `lift-hold` take the same arguments: what to hold, why, and optionally which board. */
export function parseHoldArguments(args: string[]): HoldArguments | string {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (arg.startsWith('--')) {
      const value = args[++index];
      if (value === undefined) return `${arg} needs a value. Give ${USAGE}.`;
      options.set(arg.slice(2), value);
    } else positional.push(arg);
  }
  const unknown = [...options.keys()].find((key) => !['person', 'case', 'reason', 'board'].includes(key));
  if (unknown) return `Unknown option --${unknown}. Give ${USAGE}.`;
  const targets: HoldTarget[] = [
    ...positional.map((reference) => ({ scope: 'record', reference }) as const),
    ...(options.has('person') ? [{ scope: 'person', name: options.get('person') as string } as const] : []),
    ...(options.has('case') ? [{ scope: 'case', reference: options.get('case') as string } as const] : []),
  ];
  if (targets.length !== 1) return `Name one record, person or case. Give ${USAGE}.`;
  const reason = holdReasonSchema.safeParse(options.get('reason') ?? '');
  if (!reason.success) return `Reason: ${reason.error.issues[0]?.message}.`;
  const boardId = options.get('board');
  return { target: targets[0] as HoldTarget, reason: reason.data, ...(boardId === undefined ? {} : { boardId }) };
}

export const HOLD_USAGE = USAGE;

/** The error's class name only: messages can quote values (database details, parser input), so they are never logged. */
export function errorTypeOf(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

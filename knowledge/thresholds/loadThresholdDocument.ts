import type { ConfigProblem } from './configFile.ts';
import { ConfigFileError, parseConfig, readConfigFile } from './configFile.ts';
import type { ThresholdDocument } from './thresholdDocument.ts';
import { thresholdDocumentSchema } from './thresholdDocument.ts';

export type ThresholdDocumentCheck = { ok: true; document: ThresholdDocument } | { ok: false; problems: ConfigProblem[] };

/** Reads and validates a threshold document, returning every problem found rather than the first. */
export function checkThresholdDocumentFile(file: string): ThresholdDocumentCheck {
  const content = readConfigFile(file);
  if (!content.ok) return { ok: false, problems: [content.problem] };
  const parsed = parseConfig(thresholdDocumentSchema, content.data, file);
  return parsed.ok ? { ok: true, document: parsed.value } : parsed;
}

/** Loads a threshold document (YAML or JSON); throws a ConfigFileError naming the file, the place and the problem. */
export function loadThresholdDocument(file: string): ThresholdDocument {
  const checked = checkThresholdDocumentFile(file);
  if (!checked.ok) throw new ConfigFileError(checked.problems);
  return checked.document;
}

import { existsSync, readdirSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import type { ConfigProblem } from '../thresholds/configFile.ts';
import { parseConfig, readConfigFile } from '../thresholds/configFile.ts';
import type { ThresholdDocumentCheck } from '../thresholds/loadThresholdDocument.ts';
import { checkThresholdDocumentFile } from '../thresholds/loadThresholdDocument.ts';
import type { ThresholdDocument } from '../thresholds/thresholdDocument.ts';
import type { BoardConfig } from './boardConfig.ts';
import { boardConfigSchema } from './boardConfig.ts';
import { contactFor } from './boardContacts.ts';

/** A board as the product runs it: its configuration with the threshold document loaded. */
export type Board = BoardConfig & {
  configFile: string;
  thresholdDocumentFile: string;
  thresholds: ThresholdDocument;
};

export type BoardFilesCheck = {
  boards: Board[];
  problems: ConfigProblem[];
  /** Absolute paths of the threshold documents read, each once. */
  thresholdDocumentFiles: string[];
};

const CONFIG_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** The configuration files in a directory, in name order. */
export function boardFilesIn(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => CONFIG_EXTENSIONS.has(extname(name).toLowerCase()))
    .sort()
    .map((name) => join(directory, name));
}

/** Every contact the document names must be one the board can give a number or address for. */
function missingContacts(config: BoardConfig, document: ThresholdDocument, file: string): ConfigProblem[] {
  return document.contacts
    .filter((contact) => contactFor(config.contacts, contact.key) === undefined)
    .map((contact) => ({
      file,
      path: `contacts.others.${contact.key}`,
      message: `missing: threshold document "${document.id}" routes to contact "${contact.key}" (${contact.purpose})`,
    }));
}

/** Two boards must never claim the same id, Teams tenant or Slack workspace: routing would be ambiguous. */
function clashesBetween(boards: readonly Board[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const claimed = new Map<string, Board>();
  const claim = (key: string, board: Board, path: string, what: string) => {
    const owner = claimed.get(key);
    if (owner) problems.push({ file: board.configFile, path, message: `duplicate ${what} (also in ${owner.configFile})` });
    else claimed.set(key, board);
  };
  for (const board of boards) {
    claim(`id:${board.id}`, board, 'id', `board id "${board.id}"`);
    board.channels.teams?.tenantIds.forEach((tenantId, index) => claim(`teams:${tenantId}`, board, `channels.teams.tenantIds[${index}]`, `Teams tenant ${tenantId}`));
    board.channels.slack.forEach((workspace, index) => claim(`slack:${workspace.teamId}`, board, `channels.slack[${index}].teamId`, `Slack team ${workspace.teamId}`));
  }
  return problems;
}

/**
 * Validates board configuration files, the threshold documents they name, and the clashes between them.
 * Problems name the file and the place inside it; boards that are valid on their own are returned too.
 */
export function checkBoardFiles(files: readonly string[]): BoardFilesCheck {
  const problems: ConfigProblem[] = [];
  const boards: Board[] = [];
  const documents = new Map<string, ThresholdDocumentCheck>();

  for (const file of files) {
    const content = readConfigFile(file);
    if (!content.ok) {
      problems.push(content.problem);
      continue;
    }
    const parsed = parseConfig(boardConfigSchema, content.data, file);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const config = parsed.value;
    const thresholdDocumentFile = resolve(dirname(file), config.thresholdDocument);
    if (!existsSync(thresholdDocumentFile)) {
      problems.push({
        file,
        path: 'thresholdDocument',
        message: `file not found: ${config.thresholdDocument} (looked for ${thresholdDocumentFile})`,
      });
      continue;
    }
    let document = documents.get(thresholdDocumentFile);
    if (!document) {
      document = checkThresholdDocumentFile(thresholdDocumentFile);
      documents.set(thresholdDocumentFile, document);
      if (!document.ok) problems.push(...document.problems);
    }
    if (!document.ok) {
      problems.push({ file, path: 'thresholdDocument', message: 'the threshold document does not load (see its problems)' });
      continue;
    }
    const missing = missingContacts(config, document.document, file);
    problems.push(...missing);
    if (missing.length === 0) boards.push({ ...config, configFile: file, thresholdDocumentFile, thresholds: document.document });
  }

  problems.push(...clashesBetween(boards));
  return { boards, problems, thresholdDocumentFiles: [...documents.keys()] };
}

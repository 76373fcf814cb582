import type { Board } from '../../knowledge/boards/boardFiles.ts';

/** A Slack workspace the bot serves: its board, and the bot token and signing secret read from the environment. */
export interface SlackWorkspace {
  teamId: string;
  boardId: string;
  botToken: string;
  signingSecret: string;
}

/** A workspace a board lists but whose variables are not set: it is not served (its requests fail the signature check). */
export interface UnservedWorkspace {
  teamId: string;
  boardId: string;
  missingVariables: string[];
}

export interface SlackWorkspaces {
  byTeam: ReadonlyMap<string, SlackWorkspace>;
  unserved: UnservedWorkspace[];
  /** Every signing secret in use, each once: a request must be signed with one of them. */
  signingSecrets(): string[];
}

/**
 * The workspaces the boards list, with credentials from the variables each names (board files hold the NAMES of
 * variables, never secrets). A board's workspace without both variables set is left out and reported, so a board
 * that has not connected Slack yet does not stop the bot serving the others.
 */
export function slackWorkspacesOf(boards: Iterable<Board>, variables: Readonly<Record<string, string>>): SlackWorkspaces {
  const byTeam = new Map<string, SlackWorkspace>();
  const unserved: UnservedWorkspace[] = [];
  for (const board of boards) {
    for (const workspace of board.channels.slack) {
      const botToken = variables[workspace.botTokenEnv];
      const signingSecret = variables[workspace.signingSecretEnv];
      if (botToken && signingSecret) {
        byTeam.set(workspace.teamId, { teamId: workspace.teamId, boardId: board.id, botToken, signingSecret });
      } else {
        const missingVariables = [botToken ? undefined : workspace.botTokenEnv, signingSecret ? undefined : workspace.signingSecretEnv];
        unserved.push({ teamId: workspace.teamId, boardId: board.id, missingVariables: missingVariables.filter((name) => name !== undefined) });
      }
    }
  }
  return { byTeam, unserved, signingSecrets: () => [...new Set([...byTeam.values()].map((workspace) => workspace.signingSecret))] };
}

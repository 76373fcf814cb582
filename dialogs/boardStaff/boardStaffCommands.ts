import type { TurnContext } from 'botbuilder';
import type { PrivateChatPort } from '../privateChat.ts';
import { userText } from '../userInput.ts';
import { runAlertChannelCommand } from './alertChannelCommands.ts';
import { runBoardReportCommand, type BoardReportPort } from './boardReportCommand.ts';
import { recogniseBoardStaffCommand } from './boardStaffPhrases.ts';
import type { BoardStaffPorts } from './boardStaffPorts.ts';
import { runLegalHoldCommand } from './legalHoldCommands.ts';
import { recogniseLegalHoldCommand } from './legalHoldPhrases.ts';
import { runRoleCommand } from './roleCommands.ts';
import { recogniseRoleCommand } from './rolePhrases.ts';
import { runInboxCommand } from './openItemsCommands.ts';

/** Something typed that the main dialog lets answer before any flow: true when it answered. */
export interface TurnCommands {
  tryHandle(context: TurnContext): Promise<boolean>;
}

/** Board staff commands: alert channel registration, the board inbox, the board report, legal holds and role administration. One turn each; no flow is interrupted. */
export class BoardStaffCommands implements TurnCommands {
  readonly #ports: BoardStaffPorts;
  readonly #privateChat: PrivateChatPort;
  readonly #boardReport: BoardReportPort;

  constructor(ports: BoardStaffPorts, privateChat: PrivateChatPort, boardReport: BoardReportPort) {
    this.#ports = ports;
    this.#privateChat = privateChat;
    this.#boardReport = boardReport;
  }

  async tryHandle(context: TurnContext): Promise<boolean> {
    const roleCommand = recogniseRoleCommand(userText(context));
    if (roleCommand) {
      await runRoleCommand(context, roleCommand, this.#ports.roles, this.#privateChat);
      return true;
    }
    const hold = recogniseLegalHoldCommand(userText(context));
    if (hold) {
      await runLegalHoldCommand(context, hold, this.#ports.legalHolds);
      return true;
    }
    const command = recogniseBoardStaffCommand(userText(context));
    if (!command) return false;
    if (command.kind === 'boardReport') await runBoardReportCommand(context, this.#boardReport, this.#privateChat);
    else if (command.kind === 'openItems' || command.kind === 'openRecord') await runInboxCommand(context, command, this.#ports.inbox, this.#privateChat);
    else await runAlertChannelCommand(context, command, this.#ports.alertChannels);
    return true;
  }
}

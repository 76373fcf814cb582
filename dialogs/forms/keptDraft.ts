import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';

/** A dialog whose answers live in a draft: it says how to carry on when the user has one. */
export interface KeepsDraft {
  /** How to carry on, e.g. 'type **threshold** in any chat with me.', when the user has a draft kept; else undefined. */
  resumeHintIfKept(context: TurnContext): Promise<string | undefined>;
}

function keepsDraft(dialog: unknown): dialog is KeepsDraft {
  return typeof (dialog as Partial<KeepsDraft> | undefined)?.resumeHintIfKept === 'function';
}

/** Before a cancel: the innermost active dialog that keeps a draft says whether one is kept and how to resume it. */
export async function keptDraftHint(dc: DialogContext): Promise<string | undefined> {
  let hint: string | undefined;
  for (let level: DialogContext | undefined = dc; level?.activeDialog !== undefined; level = level.child) {
    const dialog = level.findDialog(level.activeDialog.id);
    if (keepsDraft(dialog)) hint = await dialog.resumeHintIfKept(dc.context);
  }
  return hint;
}

import { actionSet, adaptiveCard, heading, paragraph, submitAction } from '../adaptive/cardElements.ts';
import type { AdaptiveCardJson } from '../adaptive/cardElements.ts';
import type { MenuChoice } from '../adaptive/submissionContract.ts';
import type { Choice } from '../forms/formSpec.ts';

/**
 * A menu: one full-width button per choice, each in its own row so long menus never overflow
 * the host's limit on actions. A press sends { choice: value } (menuChoiceSchema).
 */
export function renderChoiceCard(title: string, text: string, choices: Choice[]): AdaptiveCardJson {
  const buttons = choices.map((choice) => {
    const data: MenuChoice = { choice: choice.value };
    return actionSet([submitAction(choice.title, data)]);
  });
  return adaptiveCard([heading(title), paragraph(text), ...buttons]);
}

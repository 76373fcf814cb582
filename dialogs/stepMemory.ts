import type { WaterfallStepContext } from 'botbuilder-dialogs';

/**
 * How a waterfall reads what it remembers between its steps, typed once per dialog:
 * `const remembered = stepMemory<StepValues>();`. Conversation state: never case detail.
 */
export function stepMemory<Values extends object>(): (step: WaterfallStepContext) => Values {
  return (step) => step.values as Values;
}

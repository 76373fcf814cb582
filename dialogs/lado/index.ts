/** The LADO flow as the composition root wires it: the flow entry, the ports bot/ implements. */
export { createLadoFlow } from './ladoFlow.ts';
export type { LadoFlowPorts, OwnReferralPort } from './ladoPorts.ts';

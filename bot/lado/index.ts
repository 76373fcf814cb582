/** The LADO flow's piece of bot/ as the composition root wires it: the LADO's button on alert cards. */
export { withLadoAlertActions } from './ladoAlertActions.ts';

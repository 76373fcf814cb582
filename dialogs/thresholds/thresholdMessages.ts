import type { EffectiveClock } from '../../knowledge/clocks/clock.ts';

/** The threshold walk's words, apart from its mechanics. */
/** Choice values never use a global command's word (e.g. "restart"), which the main dialog would take first. */
export const resumeQuestion = {
  title: 'Carry on where you stopped?',
  text: 'You have a threshold check in progress. Your answers so far are kept.',
  choices: [
    { value: 'resume', title: 'Carry on' },
    { value: 'newCheck', title: 'Start a new check' },
  ],
};

export const afterUrgentQuestion = {
  title: 'When the calls are made',
  text: 'When the child is safe and the calls are made, you can finish with a short record, or go on to the full threshold check.',
  choices: [
    { value: 'finish', title: 'Save a short record and finish' },
    { value: 'continue', title: 'Go on to the full threshold check' },
  ],
};

const aboutAnAdultChoice = { value: 'lado', title: 'It is about an adult who works with children' };

export const answerQuestion = {
  title: 'What would you like to do?',
  text: 'You decide. If you judge a different level is right, say so and why: the record keeps both.',
  choices: [{ value: 'agree', title: 'Agree and save the record' }, { value: 'override', title: 'Choose a different level' }, aboutAnAdultChoice],
};

/** When nothing matched the document there is no level to agree with: the practitioner saves and goes to their lead, or chooses one. */
export const noLevelQuestion = {
  title: 'What would you like to do?',
  text: 'You decide, with your safeguarding lead. If you judge a level is right, choose it and say why.',
  choices: [{ value: 'agree', title: 'Save the record and talk to my safeguarding lead' }, { value: 'override', title: 'Choose a level myself' }, aboutAnAdultChoice],
};

export const expiredText = 'This threshold check was left unfinished for too long and has been cleared. Type **threshold** to start again.';

export const resumeHint = 'type **threshold** in any chat with me and choose **Carry on**.';

export const ladoHandOffText =
  'A concern about an adult who works with children goes to the LADO, as well as any referral about the child. ' + 'I have saved this threshold check; now the LADO steps.';

/** "Children's social care decides ... within 1 working day of ...": the edition's referral clock in words. */
export function expectationText(clock: EffectiveClock): string | undefined {
  if (clock.length === null || clock.unit !== 'workingDays') return undefined;
  const days = `${clock.length} working day${clock.length === 1 ? '' : 's'}`;
  return `After a referral to children's social care: ${clock.endEvent.charAt(0).toLowerCase()}${clock.endEvent.slice(1)}, within ${days} of: ${clock.startEvent.toLowerCase()}.`;
}

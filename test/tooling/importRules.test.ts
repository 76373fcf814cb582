import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The messages lint gives for `source` as if it were the file at `path` (the file need not exist). */
async function lintMessages(source: string, path: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(source, { filePath: path });
  return result!.messages.map((message) => message.message);
}

describe('import rules', () => {
  it.each(['bot/insight/page/newChart.ts', 'dialogs/newDialog.ts', 'knowledge/newRule.ts', 'cards/newCard.ts'])(
    'refuses the whole of date-fns in %s, which would load a thousand modules',
    async (path) => {
      const messages = await lintMessages("import { format } from 'date-fns';\nexport const day = format(new Date(0), 'd');\n", path);
      expect(messages.join('\n')).toContain("Import the function's own module");
      expect(await lintMessages("import { format } from 'date-fns/format';\nexport const day = format(new Date(0), 'd');\n", path)).toEqual([]);
    },
  );

  it('keeps knowledge/ free of the bot SDK and of cards/, and dialogs/ free of bot/', async () => {
    expect((await lintMessages("import { textBlock } from '../cards/adaptive/cardElements.ts';\nexport const t = textBlock;\n", 'knowledge/newRule.ts')).join('\n')).toContain(
      'knowledge/ is the bottom layer',
    );
    expect((await lintMessages("import { TurnContext } from 'botbuilder';\nexport type T = TurnContext;\n", 'knowledge/newRule.ts')).join('\n')).toContain('must not depend on channel SDKs');
    expect((await lintMessages("import { openRoles } from '../bot/roles/roles.ts';\nexport const o = openRoles;\n", 'dialogs/newDialog.ts')).join('\n')).toContain('never imports bot/');
  });

  describe('the LADO flow boundary: outside a lado/ folder, only its index.ts', () => {
    const importing = (specifier: string) => `import type { Flow } from '${specifier}';\nexport type Wired = Flow;\n`;

    it.each([
      ['bot/boardInbox/labels.ts', '../../cards/lado/ladoGateForm.ts'],
      ['knowledge/records/records.ts', '../lado/ladoOutcome.ts'],
      ['bot/app.ts', './lado/ladoAlertActions.ts'],
      ['knowledge/insight/measure.ts', './ladoTimeliness.ts'],
      ['cards/records/referral.ts', '../lado/ladoReferralForm.ts'],
    ])('refuses %s importing %s', async (path, specifier) => {
      expect((await lintMessages(importing(specifier), path)).join('\n')).toContain("import the folder's index.ts");
    });

    it.each([
      ['bot/app.ts', '../dialogs/lado/index.ts'],
      ['knowledge/records/recordSchema.ts', '../lado/index.ts'],
      ['dialogs/lado/ladoDialog.ts', '../../cards/lado/ladoGateForm.ts'],
      ['cards/lado/ladoGateForm.ts', '../../knowledge/lado/harmTestRouting.ts'],
      ['test/lado/ladoCards.test.ts', '../../cards/lado/ladoGateForm.ts'],
    ])('lets %s import %s', async (path, specifier) => {
      expect(await lintMessages(importing(specifier), path)).toEqual([]);
    });
  });
});

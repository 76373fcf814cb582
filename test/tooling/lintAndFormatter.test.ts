import { ESLint, type Linter, type Rule } from 'eslint';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import { describe, expect, it } from 'vitest';

/** Rules that decide layout would fight Prettier, which owns it (`npm run format`). */
function layoutRulesSwitchedOn(config: Linter.Config): string[] {
  const ruleOf = (name: string): Rule.RuleModule | undefined => {
    const slash = name.lastIndexOf('/');
    if (slash === -1) return builtinRules.get(name);
    return config.plugins?.[name.slice(0, slash)]?.rules?.[name.slice(slash + 1)] as Rule.RuleModule | undefined;
  };
  const isOn = (setting: Linter.RuleEntry | undefined) => !['off', 0].includes((Array.isArray(setting) ? setting[0] : setting) ?? 'off');
  return Object.entries(config.rules ?? {})
    .filter(([name, setting]) => isOn(setting) && ruleOf(name)?.meta?.type === 'layout')
    .map(([name]) => name);
}

describe('ESLint and Prettier', () => {
  it.each(['bot/app.ts', 'knowledge/citation.ts', 'cards/templates/guidanceCard.ts', 'test/tooling/lintAndFormatter.test.ts'])('no lint rule on %s decides layout', async (file) => {
    const config = (await new ESLint().calculateConfigForFile(file)) as Linter.Config;
    expect(Object.keys(config.rules ?? {}).length).toBeGreaterThan(0);
    expect(layoutRulesSwitchedOn(config)).toEqual([]);
  });
});

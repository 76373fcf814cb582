// Lint rules. The one that matters most: knowledge/ and cards/ stay free of the bot SDK,
// the HTTP server, Slack and storage, so the domain can be tested alone and ported.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The LADO flow's content lives in a lado/ folder in each layer; from outside, only the folder's index.ts, which declares
// what the rest of the product may use. Its own rule name, so it adds to the layer rules below instead of replacing them.
const ladoFlowBoundary = [
  { regex: '(^|/)lado[^/]*\\.ts$', message: "Only the LADO flow's own lado/ folders import lado* files; import the folder's index.ts." },
  { regex: '(^|/)lado/(?!index\\.ts$)', message: "From outside the LADO flow, import a lado/ folder's index.ts, its public surface." },
];

// The package root loads all of date-fns's thousand modules: ~190 MB resident and seconds of start-up.
const wholeDateFns = { name: 'date-fns', message: "Import the function's own module, e.g. 'date-fns/format'." };

const channelAndStorageLibraries = ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/agents-*', 'restify', 'restify-*', '@slack/*', 'pg', '@electric-sql/*', 'pino'];

// knowledge/ and cards/ hold the domain and what people read: testable alone, portable to another channel.
const domainPatterns = [
  { group: channelAndStorageLibraries, message: 'knowledge/ and cards/ must not depend on channel SDKs, the HTTP server or storage.' },
  { group: ['**/bot/**', '**/dialogs/**'], message: 'knowledge/ and cards/ must not import from bot/ or dialogs/.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'coverage/', 'dist/', 'deploy/**/build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Blocks below that restrict more imports repeat this path: a later block's options replace an earlier one's.
      'no-restricted-imports': ['error', { paths: [wholeDateFns] }],
    },
  },
  {
    files: ['cards/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [wholeDateFns], patterns: domainPatterns }] },
  },
  {
    files: ['knowledge/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [wholeDateFns], patterns: [...domainPatterns, { group: ['**/cards/**'], message: 'knowledge/ is the bottom layer: cards/ draw on it, never the other way.' }] },
      ],
    },
  },
  {
    files: ['dialogs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [wholeDateFns],
          patterns: [{ group: ['**/bot/**'], message: 'dialogs/ receives what it needs through ports; it never imports bot/.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    ignores: ['**/lado/**', 'test/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: ladoFlowBoundary }] },
  },
);

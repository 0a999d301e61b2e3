// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Packages that are the ADK edge: only agents/ and cli/ may import them. */
const ADK_PACKAGES = ['@google/adk', '@google/adk/*', '@google/adk-devtools', '@google/adk-devtools/*', '@google/genai', '@google/genai/*'];

/** The pure layers import neither the ADK nor the layers above them (agents/, cli/). */
const layerBoundary = (message) => ({
  'no-restricted-imports': ['error', {
    patterns: [
      { group: ADK_PACKAGES, message: `${message} must not import the ADK: adapters belong in agents/.` },
      { group: ['**/agents', '**/agents/**', '**/cli', '**/cli/**'], message: `${message} must not import agents/ or cli/: they sit above it.` },
    ],
  }],
  // import() too, so a lazy import cannot slip past the rule above.
  'no-restricted-syntax': ['error', {
    selector: "ImportExpression[source.value=/^@google\\/(adk|genai)|(^|\\/)(agents|cli)\\//]",
    message: `${message} must not import the ADK, agents/ or cli/.`,
  }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // Golden numbers are quoted as the reference tool printed them (17 digits), not as the shortest double.
  { files: ['**/*.test.ts'], rules: { 'no-loss-of-precision': 'off' } },
  { files: ['tools/**/*.ts'], rules: layerBoundary('tools/ (the pure domain)') },
  { files: ['memory/**/*.ts'], rules: layerBoundary('memory/ (the store)') },
  { files: ['queue/**/*.ts'], rules: layerBoundary('queue/ (the worker fleet)') },
  // The agents are called by the CLI and the server, never the other way round.
  {
    files: ['agents/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/cli', '**/cli/**'], message: 'agents/ must not import cli/: the CLI is a thin caller above it.' }] }],
      'no-restricted-syntax': ['error', { selector: "ImportExpression[source.value=/(^|\\/)cli\\//]", message: 'agents/ must not import cli/.' }],
    },
  },
);

import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Node's built-in modules, which the core must not use, so it runs in a web extension host too.
const NODE_BUILTINS = ['assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'module', 'net', 'os', 'path', 'process', 'stream', 'url', 'util', 'worker_threads', 'zlib'];

export default tseslint.config(
  { ignores: ['out/', 'node_modules/', '.vscode-test/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: 'error',
    },
  },
  {
    // The core is pure: no editor, no Node built-ins, no command-line or extension code.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'src/core must not depend on VS Code: put editor glue outside src/core.' },
            ...NODE_BUILTINS.flatMap((name) => [
              { name, message: 'src/core must not use Node built-ins: take what it needs as arguments.' },
              { name: `node:${name}`, message: 'src/core must not use Node built-ins: take what it needs as arguments.' },
            ]),
          ],
          patterns: [{ group: ['**/cli/**', '**/extension*', '**/test/**'], message: 'src/core must not import the front ends or tests.' }],
        },
      ],
    },
  },
  {
    // The web worker's test runner requires the suites after mocha's setup, by name, so they are bundled.
    files: ['test/vscode-web/index.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.mocha } },
  },
);

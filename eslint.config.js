import javascript from '@eslint/js';
import globals from 'globals';
import typescript from 'typescript-eslint';

export default typescript.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'release/', 'renderer/dist/', 'test-results/'] },
  javascript.configs.recommended,
  ...typescript.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='eval']", message: 'eval is not allowed.' }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'tests/renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'core/ must not depend on Electron.' },
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'],
              message: 'core/ is platform-free: disk and process access belong in services/.',
            },
            { group: ['**/services/**', '**/electron/**', '**/renderer/**'], message: 'core/ depends on nothing else in the project.' },
          ],
        },
      ],
    },
  },
);

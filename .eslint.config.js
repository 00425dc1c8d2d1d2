import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const SERVER_TYPES_ONLY = {
  group: ['#server/*'],
  message: 'Only `import type` may cross from app to server.',
  allowTypeImports: true,
};

// src/app's folders, lowest layer first. A folder imports from lower layers only, never from its own layer's
// other folders (features do not import each other) nor from higher ones; the loose helpers beside main.tsx
// import i18n at most. main.tsx, app.tsx and catalogue*.ts assemble the app and import anything.
// folder-imports.test.ts prints the graph and fails on a cycle.
const APP_LAYERS = [
  ['i18n', 'api'],
  ['components'],
  // The workspace's lookups and people's names, which the features show (history, review) as the form does.
  ['workspace'],
  ['batch', 'cron-builder', 'dependency-picker', 'drafts', 'history', 'review'],
  ['task-form'],
  ['pages'],
];
const APP_ENTRY = ['app.tsx', 'main.tsx', 'catalogue.ts', 'catalogue.*.ts'];
const into = (folder) => ({
  regex: `(^|/)${folder}/`,
  message: `\`${folder}/\` is not below this folder (the layers of src/app are in .eslint.config.js).`,
});
const intoEntry = {
  regex: String.raw`^\.\.?/(\.\./)*(app|main)\.tsx$|/catalogue(\.[\w-]+)?\.ts$`,
  message: 'main.tsx, app.tsx and the catalogue import the app, not the other way.',
};
// The same for import(), which no-restricted-imports does not see.
const noImportCall = (folders) => [
  'error',
  ...folders.map((folder) => ({
    selector: `ImportExpression[source.value=/(^|\\u002F)${folder}\\u002F/]`,
    message: `\`${folder}/\` is not below this folder (the layers of src/app are in .eslint.config.js).`,
  })),
];
const appBoundaries = APP_LAYERS.flatMap((layer, index) =>
  layer.map((folder) => ({
    files: [`src/app/${folder}/**/*.{ts,tsx}`],
    ignores: ['src/app/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': noImportCall(
        APP_LAYERS.slice(index)
          .flat()
          .filter((other) => other !== folder),
      ),
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            SERVER_TYPES_ONLY,
            intoEntry,
            ...APP_LAYERS.slice(index)
              .flat()
              .filter((other) => other !== folder)
              .map(into),
            // The lowest layer stands on nothing else in src/app.
            ...(index === 0
              ? [{ regex: String.raw`^\.\./`, message: `\`${folder}/\` imports nothing outside itself.` }]
              : []),
          ],
        },
      ],
    },
  })),
);
const looseHelpers = {
  files: ['src/app/*.{ts,tsx}'],
  ignores: ['src/app/*.test.{ts,tsx}', ...APP_ENTRY.map((file) => `src/app/${file}`)],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [SERVER_TYPES_ONLY, intoEntry, ...APP_LAYERS.slice(1).flat().map(into), into('api')] },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'test-results',
      'playwright-report',
      '.data',
      '.test-output',
      '.scratch',
      '.eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', { patterns: [SERVER_TYPES_ONLY] }],
    },
  },
  ...appBoundaries,
  looseHelpers,
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-dom', 'hono', 'hono/*', 'node:*', '@hono/*', '#server/*'] },
      ],
    },
  },
);

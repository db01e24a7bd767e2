import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const uiOnly = ['react', 'react-dom', 'react-dom/*', 'recharts', 'zustand', 'zustand/*'];
const layer = (name) => [`**/${name}`, `**/${name}/**`, `../${name}/*`, `../../${name}/*`];

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // A promise nobody awaits outlives its test and fails the run after the environment is gone.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Markup is never built from strings, and no code from strings: the CSP forbids eval anyway.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render text as React children.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'No innerHTML/outerHTML: build DOM nodes or render with React.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML: build DOM nodes or render with React.' },
      ],
    },
  },
  {
    // The core is pure: no UI libraries, no state, no DOM or storage.
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'fetch'],
    },
  },
  // Inside the core, domains import downwards only: rules (positions, rules, evaluation) at the
  // bottom, then data (datasets, Annex III), then scenario (saving, links, presets) beside
  // analysis (power, what it takes, what-if), with teach (explanations, exercises) on top.
  // votes (the Council's voting record) sits on scenario and analysis: it opens recorded votes as
  // scenarios and feeds the probability analysis; nothing below imports it.
  // The files at the core's root (Result, messages, exact arithmetic, formatting) import no domain.
  ...Object.entries({
    '*.ts': ['rules', 'data', 'scenario', 'analysis', 'teach', 'votes'],
    'rules/**': ['data', 'scenario', 'analysis', 'teach', 'votes'],
    'data/**': ['scenario', 'analysis', 'teach', 'votes'],
    'scenario/**': ['analysis', 'teach', 'votes'],
    'analysis/**': ['scenario', 'teach', 'votes'],
    'teach/**': ['analysis', 'votes'],
    'votes/**': ['teach'],
  }).map(([files, above]) => ({
    files: [`src/core/${files}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: [...uiOnly, ...layer('state'), ...layer('ui'), ...layer('workers'), ...layer('cli'), ...layer('i18n')], message: 'src/core must stay pure and English: no UI, state, worker, CLI or i18n imports.' },
        { regex: `^(\\./|(\\.\\./)+)(${above.join('|')})/`, message: `src/core/${files.replace(/\/\*\*$/, '')} may not import ${above.join(', ')}: core domains import downwards only (rules < data < scenario, analysis < teach; scenario, analysis < votes).` },
      ] }],
    },
  })),
  {
    // Translations are pure data and Intl: no UI, state, DOM or storage. The core never imports them.
    files: ['src/i18n/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { patterns: [{ group: [...uiOnly, ...layer('state'), ...layer('ui'), ...layer('workers'), ...layer('cli')], message: 'src/i18n is pure: it imports the core only.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'fetch'],
    },
  },
  {
    files: ['src/state/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: [...layer('ui'), ...layer('cli'), 'react-dom', 'recharts'], message: 'src/state imports core, never ui or cli.' }] }] },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: [...layer('cli')], message: 'src/ui never imports the CLI.' }] }] },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: [...uiOnly, ...layer('state'), ...layer('ui')], message: 'The CLI runs on the core alone.' }] }] },
  },
);

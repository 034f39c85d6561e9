// Lint rules, including the dependency rule between the modules of src/ (see docs/ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const modules = [
  'core',
  'analyzer',
  'services',
  'storage',
  'server',
  'web',
  'cli',
  'config',
  'i18n',
  'practice',
  'render',
  'mail',
];

/** Which other modules each module may import (through their index.ts only). */
const allowed = {
  core: ['analyzer'],
  analyzer: [],
  services: ['core', 'analyzer', 'storage', 'config', 'i18n', 'render', 'practice'],
  storage: ['core', 'config'],
  server: ['services', 'core', 'analyzer', 'config', 'i18n', 'render', 'practice'],
  web: ['core', 'analyzer', 'i18n', 'practice'],
  cli: ['services', 'core', 'analyzer', 'server', 'storage', 'config', 'i18n', 'render', 'mail', 'practice'],
  config: [],
  i18n: [],
  render: ['core', 'i18n'],
  mail: ['core'],
  practice: ['core', 'analyzer', 'i18n'],
};

/** Patterns that forbid reaching into another module's inner files, or into a module not allowed. */
function restrictionsFor(mod) {
  const patterns = [];
  for (const other of modules) {
    if (other === mod) continue;
    if (allowed[mod].includes(other)) {
      patterns.push({
        group: [`**/${other}/*`, `!**/${other}/index.ts`, `!**/${other}/index.js`],
        message: `Import ${other} only through its index.ts (its public surface).`,
      });
    } else {
      patterns.push({
        group: [`**/${other}`, `**/${other}/**`],
        message: `The dependency rule forbids ${mod} → ${other} (see docs/ARCHITECTURE.md).`,
      });
    }
  }
  return patterns;
}

const nodeOnly = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'net',
  'url',
  'stream',
  'util',
];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'coverage', 'docs', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...modules.map((mod) => ({
    files: [`src/${mod}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...restrictionsFor(mod),
            ...(['core', 'analyzer', 'web', 'practice'].includes(mod)
              ? [{ group: nodeOnly, message: `${mod} runs in the browser too: no Node-only imports.` }]
              : []),
          ],
        },
      ],
    },
  })),
  {
    // `*.node.ts` files in the analyzer are the Node side of a package.json "imports" mapping: the browser
    // build maps '#analyzer-eld' to eld.browser.ts, so eld.node.ts never reaches the browser and may use
    // node:module / node:url (to load eld's database lazily). The dependency rule still applies.
    files: ['src/analyzer/**/*.node.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: restrictionsFor('analyzer') }] },
  },
  {
    // The Vite config runs in Node at build time, never in the browser: Node imports are fine there, the
    // dependency rule still holds.
    files: ['src/web/vite.config.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: restrictionsFor('web') }] },
  },
  {
    // Tests of the browser-safe modules may use Node's test runner and files.
    files: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
);

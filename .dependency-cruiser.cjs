/**
 * The layer rules of CONTRIBUTING.md ("Layers"), checked by `npm run lint:deps`.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core is the pure pipeline: a Document in, data out. No browser APIs, no view, no shared UI code.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: ['^src/(content|background|options|saved|view|cli|lib|common)/', 'webextension-polyfill'] },
    },
    {
      name: 'entries-stay-apart',
      comment: 'Entry folders never import each other; what two of them share lives in src/common or src/core.',
      severity: 'error',
      from: { path: '^src/(content|background|options|saved|view|cli|lib)/' },
      to: { path: '^src/(content|background|options|saved|view|cli|lib)/', pathNot: '^src/$1/' },
    },
    {
      name: 'common-serves-entries',
      comment: 'src/common is shared by the entry folders and never reaches back into one of them.',
      severity: 'error',
      from: { path: '^src/common/' },
      to: { path: '^src/(content|background|options|saved|view|cli|lib)/' },
    },
    {
      name: 'sites-behind-their-interface',
      comment:
        'Generic stages reach a site only through src/core/sites/index.ts, so another site can be added in one place.',
      severity: 'error',
      from: { path: '^src/core/', pathNot: '^src/core/sites/' },
      to: { path: '^src/core/sites/[^/]+/' },
    },
    {
      name: 'languages-are-data',
      comment: 'Language data files hold data only: they import nothing but their types.',
      severity: 'error',
      from: { path: '^src/core/quotes/lang/', pathNot: '^src/core/quotes/lang/(index|types|guess|all)[.]ts$' },
      to: { path: '^src/', pathNot: '^src/core/quotes/lang/types[.]ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'tests-are-not-imported',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};

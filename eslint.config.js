// Lint: TypeScript rules plus the import boundaries between pipeline stages (STYLE.md §1):
// writers never import parse/resolve/build or each other; model imports nothing of src/.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })
const stage = (name) => ({ group: [`**/${name}/**`, `../${name}/*`, `../../${name}/*`, `../../../${name}/*`], message: `This stage may not import from ${name}/ (see STYLE.md §1).` })

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'coverage/**', 'test/.tmp/**', '.cache/**', 'bench/tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Case folding and collation never follow the process locale (LANG=tr_TR folds "I" to "ı").
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.property.name=/^toLocale(Lower|Upper)Case$/][arguments.length=0]", message: 'Name the locale (or use toLowerCase/toUpperCase): the process locale changes the result.' },
        { selector: "CallExpression[callee.property.name='localeCompare'][arguments.length<2]", message: 'Name the locale: the process locale changes the order.' },
        { selector: "NewExpression[callee.object.name='Intl'][arguments.length=0]", message: 'Name the locale: the process locale changes the result.' },
      ],
    },
  },
  { files: ['bin/**/*.js', 'scripts/**/*.js', '*.config.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } } },
  // The command (bin/package.json) and the benchmark's preload are CommonJS scripts.
  { files: ['bin/**/*.js', 'bench/**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', __dirname: 'readonly', process: 'readonly' } }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { files: ['src/model/**'], rules: restrict(['parse', 'resolve', 'render', 'layout', 'build', 'cli', 'validate', 'import'].map(stage)) },
  { files: ['src/parse/**', 'src/resolve/**'], rules: restrict(['render', 'layout', 'build', 'cli', 'validate', 'import'].map(stage)) },
  { files: ['src/render/html/**'], rules: restrict([...['parse', 'resolve', 'build', 'cli', 'validate', 'layout'].map(stage), { group: ['**/render/docx/**', '**/render/pdf/**', '../docx/*', '../pdf/*'], message: 'Writers never import each other.' }]) },
  { files: ['src/render/docx/**'], rules: restrict([...['parse', 'resolve', 'build', 'cli', 'validate', 'layout'].map(stage), { group: ['**/render/html/**', '**/render/pdf/**', '../html/*', '../pdf/*'], message: 'Writers never import each other.' }]) },
  { files: ['src/render/pdf/**'], rules: restrict([...['parse', 'resolve', 'build', 'cli', 'validate'].map(stage), { group: ['**/render/html/**', '**/render/docx/**', '../html/*', '../docx/*'], message: 'Writers never import each other.' }]) },
  { files: ['src/layout/**'], rules: restrict(['parse', 'resolve', 'render', 'build', 'cli', 'validate'].map(stage)) },
  { files: ['src/validate/**'], rules: restrict(['parse', 'render', 'layout', 'build', 'cli', 'import'].map(stage)) },
  // The Word reader: model data, and resolve's pure formatting and template-variant helpers.
  { files: ['src/import/**'], rules: restrict(['parse', 'render', 'layout', 'build', 'cli', 'validate'].map(stage)) },
)

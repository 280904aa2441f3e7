import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// Architecture boundaries (docs/architecture.md, CONTRIBUTING.md).
const CROSS_MODULE =
  'Use the other module through its public entry (`<module>` = index.ts, or `<module>/core` for pure code), never its files.';
const crossModule = (up) => ({
  regex: `^${'\\.\\./'.repeat(up)}(?!\\.\\.)[^/]+/(?!(index|core|core/index)$).+`,
  message: CROSS_MODULE,
});
const PLATFORM_OUT = {
  regex: '(^|/)modules(/|$)',
  message: 'platform/ holds no business rules and never imports from modules/.',
};
const CORE_PURE = [
  {
    regex: '^(@nestjs/.*|typeorm|pg|pg-.*|@electric-sql/.*)$',
    message: 'core/ folders are pure functions: no Nest, TypeORM, pg or database imports.',
  },
  {
    regex: '(^|/)platform/(database|auth|config|logging|http|workers|clock)(/|$)',
    message: 'core/ folders are pure functions: no platform services.',
  },
];
const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.flat() }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-bench/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
      },
    },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['error'] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-console': 'off',
    },
  },
  { files: ['src/cli.ts', 'src/cli/**/*.ts'], rules: { 'no-console': 'off' } },
  // Hooks hand out bound handlers (`nav.toggle`, `session.signOut`), which this rule cannot see.
  { files: ['web/**/*.tsx', 'web/**/*.ts'], rules: { '@typescript-eslint/unbound-method': 'off' } },
  { files: ['src/platform/**/*.ts'], rules: restrict(PLATFORM_OUT) },
  { files: ['src/modules/*/*.ts'], rules: restrict(crossModule(1)) },
  {
    files: ['src/modules/*/*/*.ts'],
    ignores: ['src/modules/*/core/**'],
    rules: restrict(crossModule(2)),
  },
  {
    files: ['src/modules/*/*/*/*.ts'],
    ignores: ['src/modules/*/core/**'],
    rules: restrict(crossModule(3)),
  },
  { files: ['src/modules/*/core/*.ts'], rules: restrict(crossModule(2), CORE_PURE) },
  { files: ['src/modules/*/core/*/*.ts'], rules: restrict(crossModule(3), CORE_PURE) },
  {
    // The brand's handles belong to the channels module (channels.yaml): others ask ChannelsService.
    files: ['src/modules/replies/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='handles'][object.property.name='channels']",
          message:
            "Read the brand's handles through ChannelsService (src/modules/channels/index.ts), not from the policy set.",
        },
      ],
    },
  },
  prettier,
);

// Flat ESLint config. The import rules keep shared/ pure: it runs in the
// mini-program, the browser and the cloud functions alike.
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const platformPackages = [
  '@tarojs/*', 'wx-server-sdk', '@cloudbase/*', 'better-sqlite3', 'fastify', '@fastify/*',
  'react', 'react-dom', 'exceljs', 'csv-parse', 'csv-parse/*',
];
/**
 * Client layers import one way: pages → features → components / hooks / services → shared.
 * A feature never imports another feature (what two share moves down a layer), and the
 * lower layers never import a feature. Read from the folder, so a new feature is covered.
 * (Added with decision 014.)
 */
const clientFeatures = readdirSync(new URL('./client/src/features/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory()).map((d) => d.name);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const featureZones = clientFeatures.map((feature) => {
  const others = clientFeatures.filter((f) => f !== feature).map(escape).join('|');
  return {
    files: [`client/src/features/${feature}/**/*.{ts,tsx}`],
    // Tests may compose layers (render a page, sign in through the account feature).
    ignores: ['client/src/features/*/__tests__/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: `^@/features/(?!${escape(feature)}(/|$))`, message: '功能模块之间不得互相引用：两个功能共用的代码请移到 components/、hooks/ 或 services/。' },
          ...(others ? [{ regex: `^(\\.\\./)+(${others})(/|$)`, message: '功能模块之间不得互相引用（相对路径也不行）：共用代码请移到 components/、hooks/ 或 services/。' }] : []),
        ],
      }],
    },
  };
});
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'stream', 'worker_threads', 'node:*'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/build/**', 'cloudfunctions/*/index.js', 'coverage/**', '.data/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: platformPackages, message: 'shared/ 必须是纯 TypeScript：不得依赖 Taro、微信、CloudBase 或服务端包。' },
          { group: nodeBuiltins, message: 'shared/ 在小程序里运行，不得使用 Node 内置模块。' },
          { group: ['**/client/**', '**/cloudfunctions/**', '../../client/*', '../../cloudfunctions/*'], message: 'shared/ 不得引用 client/ 或 cloudfunctions/。' },
        ],
      }],
    },
  },
  ...featureZones,
  {
    files: ['client/src/{components,hooks,services}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(@/features/|(\\.\\./)+features/)', message: 'components/、hooks/、services/ 是功能模块的下层，不得引用 features/。' }],
      }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

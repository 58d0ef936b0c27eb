// Flat ESLint config. The import rules keep shared/ pure: it runs in the
// mini-program, the browser and the cloud functions alike.
import tseslint from 'typescript-eslint';

const platformPackages = [
  '@tarojs/*', 'wx-server-sdk', '@cloudbase/*', 'better-sqlite3', 'fastify', '@fastify/*',
  'react', 'react-dom', 'exceljs', 'csv-parse', 'csv-parse/*',
];
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
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

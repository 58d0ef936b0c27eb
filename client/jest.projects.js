/**
 * The client's three jest projects, spread into the root jest.config.js:
 * - client-unit  — components, hooks and the API wrapper under jsdom (Taro mocked).
 * - client-weapp — the compiled mini-program (client/dist/weapp) in miniprogram-simulate.
 * - client-h5    — the compiled H5 app (client/dist/h5) in headless Chromium.
 * The last two need `npm run build:weapp` / `build:h5` first (npm test does it) and fail
 * loudly when the build output is missing.
 */
const path = require('node:path');

const rootDir = path.resolve(__dirname, '..');
const client = (p) => path.join(__dirname, p);

const babel = ['babel-jest', {
  configFile: false,
  babelrc: false,
  presets: [
    ['@babel/preset-env', { targets: { node: 'current' } }],
    ['@babel/preset-react', { runtime: 'automatic' }],
    ['@babel/preset-typescript', { isTSX: true, allExtensions: true }],
  ],
}];

// ESM packages that the Taro H5 components pull in; everything else in node_modules is CJS.
const esmPackages = [
  '@tarojs', '@stencil', 'swiper', 'ssr-window', 'dom7', 'tslib', 'classnames', 'query-string',
  'decode-uri-component', 'split-on-first', 'filter-obj', 'history', 'mobile-detect', 'nanoid', 'ics',
  'style-inject', 'lodash-es', '\\.pnpm',
];

const aliases = {
  '^@/(.*)$': client('src/$1'),
  '^@shared/(.*)$': path.join(rootDir, 'shared/$1'),
};

/** @type {import('jest').Config[]} */
module.exports = [
  {
    displayName: 'client-unit',
    rootDir,
    testEnvironment: 'jsdom',
    roots: [client('src')],
    testMatch: ['**/__tests__/**/*.test.{ts,tsx}'],
    moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'json'],
    transform: { '^.+\\.(t|j)sx?$': babel, '^.+\\.mjs$': babel },
    transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
    moduleNameMapper: {
      ...aliases,
      '^@tarojs/taro$': client('test/support/taro-mock.ts'),
      '^@tarojs/components$': '@tarojs/components/lib/react',
      '\\.(css|scss|less)$': client('test/support/style-stub.js'),
    },
    setupFiles: [client('test/support/unit-globals.js')],
  },
  {
    displayName: 'client-weapp',
    rootDir,
    testEnvironment: 'jsdom',
    roots: [client('test/weapp')],
    testMatch: ['**/*.test.ts'],
    transform: { '^.+\\.ts$': babel },
    moduleNameMapper: aliases,
  },
  {
    displayName: 'client-h5',
    rootDir,
    testEnvironment: 'node',
    roots: [client('test/h5')],
    testMatch: ['**/*.test.ts'],
    transform: { '^.+\\.ts$': babel },
    moduleNameMapper: aliases,
  },
];

/**
 * One jest run, several projects. `npm test` (scripts/test.mjs) builds the client
 * first because the weapp and h5 projects test the compiled output.
 */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: false }, target: 'es2022' }, module: { type: 'commonjs' } }];

/** @type {import('jest').Config} */
module.exports = {
  // The shipped Chinese fonts for every renderer the tests start (issue 14).
  globalSetup: '<rootDir>/test/support/jest-global-setup.js',
  projects: [
    {
      displayName: 'shared',
      testEnvironment: 'node',
      roots: ['<rootDir>/shared'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.ts$': swc },
    },
    {
      displayName: 'backend',
      testEnvironment: 'node',
      roots: ['<rootDir>/cloudfunctions', '<rootDir>/test/backend', '<rootDir>/scripts'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.ts$': swc },
    },
    {
      // The local stack end to end: real server + built H5 app in headless Chromium (needs build:h5).
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/e2e'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.ts$': swc },
    },
    // client-unit, client-weapp and client-h5 projects are defined in client/jest.projects.js
    ...require('./client/jest.projects.js'),
  ],
};

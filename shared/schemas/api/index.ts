/** Event and response schemas of every cloud function (docs/api-contract.md). */
export * from './envelope';
export * from './common';
export * from './format-issues';
export * from './views';
export * as identityApi from './identity';
export * as recordsApi from './records';
export * as reviewApi from './review';
export * as progressApi from './progress';
export * as rosterApi from './roster';
export * as policyApi from './policy';
export * as registersApi from './registers';
export * as trainingApi from './training';
export * as localApi from './local';

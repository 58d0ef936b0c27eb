/**
 * Public face of the shared package: schemas, exact credit arithmetic, the
 * engine and the built-in policies. Pure TypeScript; runs in the
 * mini-program, the browser and the cloud functions alike.
 */
export * from './schemas/record';
export * from './schemas/teacher-context';
export * from './schemas/policy';
export * from './schemas/progress-report';
export * from './credits';
export { computeProgress, compilePolicy, type CompiledPolicy, type ComputeOptions } from './engine';
export {
  getPolicy, listPolicies, loadPolicy, policyErrorCodes,
  type LoadPolicyResult, type PolicyError, type PolicyErrorCode, type PolicySummary,
} from './policies';

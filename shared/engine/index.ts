/** The credit engine: compile a policy once, compute reports many times. */
export { computeProgress, compilePolicy, type CompiledPolicy, type ComputeOptions } from './compute-progress';

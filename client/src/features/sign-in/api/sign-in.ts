import { mineData, signInData, type MyTraining, type SignInAnswer } from '@shared/schemas/api/training';
import { callFunction, type ApiResult } from '@/services/api-client';

export type { MyTraining, SignInAnswer };

/** training.sign-in / sign-out / mine (contract: shared/schemas/api/training.ts). */
export const signIn = (code: string): Promise<ApiResult<SignInAnswer>> => callFunction('training', 'sign-in', { code }, signInData);
export const signOut = (code: string): Promise<ApiResult<SignInAnswer>> => callFunction('training', 'sign-out', { code }, signInData);
export const fetchMyTrainings = (): Promise<ApiResult<{ items: MyTraining[] }>> => callFunction('training', 'mine', {}, mineData);

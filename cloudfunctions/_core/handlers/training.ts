import { trainingEvent } from '../../../shared/schemas/api/training';
import { resolveCaller } from '../auth/resolve-caller';
import { AppError } from '../use-cases/app-error';
import { defineFunction } from './define-function';

const notYet = async (): Promise<never> => { throw new AppError('NOT_IMPLEMENTED', '该功能暂未开放'); };

/** training: sessions, sign-in codes, attendance, close → credit (decision 016). */
export const trainingFunction = defineFunction('training', trainingEvent, {
  list: async (_e, deps) => { await resolveCaller(deps); return notYet(); },
  get: notYet,
  create: notYet,
  update: notYet,
  cancel: notYet,
  code: notYet,
  'sign-in': notYet,
  'sign-out': notYet,
  mark: notYet,
  assess: notYet,
  close: notYet,
  mine: notYet,
});

import { exceljsRegisterWriter } from '../../adapters/exceljs/exceljs-register-writer';
import type { Deps } from '../../deps';
import type { RegisterWriter } from '../../ports/register-writer';

/** The writer the deps name, else the exceljs adapter (the only one there is). */
export function registerWriterOf(deps: Deps): RegisterWriter {
  return deps.registers ?? exceljsRegisterWriter;
}

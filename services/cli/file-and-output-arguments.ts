import { parseArgs } from 'node:util';
import { UsageError } from './command';

/** `<file> -o <output>`: the shape of the export and import commands. */
export function fileAndOutputArguments(args: string[], fileKind: string): { file: string; output: string } {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { output: { type: 'string', short: 'o' } }, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`Tham số không hợp lệ: ${(error as Error).message}`);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) throw new UsageError(`Cần đúng một ${fileKind}.`);
  if (!parsed.values.output) throw new UsageError('Thiếu -o <tệp ra>.');
  return { file, output: parsed.values.output };
}

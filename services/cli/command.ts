import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CommandOutput {
  out: (text: string) => void;
  error: (text: string) => void;
}

export interface Command {
  usage: string;
  summary: string;
  run: (args: string[], output: CommandOutput) => Promise<number>;
}

/** Thrown for a mistake on the command line; the message is shown with the command's usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A command's arguments read by Node's parser; an unknown or malformed option is a UsageError shown with the usage. */
export function parsedArguments<const Options extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: Options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`Tham số không hợp lệ: ${(error as Error).message}`);
  }
}

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

import { runCommandLine } from '../../services/cli/run-command-line';

/** Runs a command of `npm run cli` in this process, collecting what it prints and its exit code. */
export async function runCli(...args: string[]): Promise<{ code: number; out: string; error: string }> {
  let out = '';
  let error = '';
  const code = await runCommandLine(args, { out: (text) => (out += text), error: (text) => (error += text) });
  return { code, out, error };
}

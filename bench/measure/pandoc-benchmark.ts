import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { summarise, type Summary } from './statistics';
import type { RunPlan } from './time-runs';

export interface PandocInstallation {
  version: string;
  /** Whether this run installed it (Debian's package, with apt-get). */
  installedNow: boolean;
}

/** Debian's pandoc, installed with apt-get when it is missing (sudo only when not root). */
export function ensurePandoc(log: (line: string) => void): PandocInstallation {
  let installedNow = false;
  if (!commandExists('pandoc')) {
    log('pandoc is missing: installing Debian’s package (apt-get update && apt-get install -y pandoc)…');
    const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
    const environment = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const command of [
      [...sudo, 'apt-get', 'update'],
      [...sudo, 'apt-get', 'install', '-y', 'pandoc'],
    ]) {
      const result = spawnSync(command[0]!, command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], env: environment });
      if (result.status !== 0) throw new Error(`${command.join(' ')} failed: ${result.stderr?.toString().trim() ?? result.error?.message}`);
    }
    installedNow = true;
  }
  const version = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]?.trim() ?? 'unknown';
  return { version, installedNow };
}

function commandExists(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Wall-clock time of whole pandoc processes, start-up included, as a person running it would see. */
export function timePandoc(plan: RunPlan, argumentsList: string[]): Summary {
  const run = () => {
    const start = performance.now();
    const result = spawnSync('pandoc', argumentsList, { stdio: ['ignore', 'ignore', 'pipe'] });
    const elapsed = performance.now() - start;
    if (result.status !== 0) throw new Error(`pandoc ${argumentsList.join(' ')} failed: ${result.stderr?.toString().trim()}`);
    return elapsed;
  };
  for (let index = 0; index < plan.warmUp; index += 1) run();
  return summarise(Array.from({ length: plan.runs }, run));
}

export interface PandocConversion {
  milliseconds: Summary;
  docxBytes: number;
}

/** `pandoc -f html -t docx -o out.docx in.html` on the HTML of a workload. */
export async function timePandocConversion(plan: RunPlan, htmlFile: string, outputDirectory: string): Promise<PandocConversion> {
  const output = path.join(outputDirectory, `${path.basename(htmlFile, '.html')}.pandoc.docx`);
  const milliseconds = timePandoc(plan, ['-f', 'html', '-t', 'docx', '-o', output, htmlFile]);
  const docxBytes = statSync(output).size;
  await rm(output, { force: true });
  return { milliseconds, docxBytes };
}

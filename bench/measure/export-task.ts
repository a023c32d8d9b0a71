import { readFile, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { reportToDocx } from '../../core/export/report-to-docx';
import { readReportText } from '../../core/report/read-report';
import { summariseProfile, type CpuProfile, type ProfileBreakdown, type ProfileCategory } from './cpu-profile-summary';
import { measurePeakMemory, type MemoryMeasurement } from './process-memory';
import type { Summary } from './statistics';
import { timeRuns } from './time-runs';

export interface ExportTaskOptions {
  file: string;
  warmUp: number;
  runs: number;
  /** Separate single runs whose peak memory is measured, after the timed runs. */
  memoryRuns: number;
  /** Where to write the Word file of the last run, for the page count. */
  docxOut: string | null;
  /** Runs under the CPU profiler, after everything else, to say where the time goes. */
  profileRuns: number;
}

export interface ExportTaskResult {
  milliseconds: Summary;
  memory: MemoryMeasurement[];
  docxBytes: number;
  profile: ProfileBreakdown | null;
}

const inCore = (name: string) => (functionName: string, url: string) => url.includes('/core/export/') && functionName === name;
const inDocx = (name: string) => (functionName: string, url: string) => url.includes('/docx/') && functionName === name;

/** The phases of `reportToDocx`, by the functions that do them. */
export const exportPhases: ProfileCategory[] = [
  { label: 'reportToDocx, all of it', matches: inCore('reportToDocx') },
  {
    label: 'building the docx objects (body, appendix, header, title, signature)',
    matches: (functionName, url) =>
      url.includes('/core/export/') &&
      ['bodyToDocx', 'appendixContent', 'headerBlock', 'titleBlock', 'signatureBlock'].includes(functionName),
  },
  { label: 'docx library: formatting the objects into XML trees (Formatter.format, prepForXml)', matches: inDocx('format') },
  { label: 'docx library: writing XML text (stringifyXmlable)', matches: inDocx('stringifyXmlable') },
  { label: 'docx library: zipping the package (zipFiles)', matches: inDocx('zipFiles') },
  { label: 'embedReport: unzip, add the report as custom XML, zip again', matches: inCore('embedReport') },
  { label: 'garbage collector (whole process)', matches: (functionName) => functionName === '(garbage collector)' },
];

/** `reportToDocx` on one report, in a process of its own: timed after warm-up, then its peak memory. */
export async function runExportTask(options: ExportTaskOptions): Promise<ExportTaskResult> {
  const report = readReportText(await readFile(options.file, 'utf8'), options.file);
  let last: Uint8Array = new Uint8Array();
  const milliseconds = await timeRuns(options, async () => {
    last = await reportToDocx(report);
  });
  const memory: MemoryMeasurement[] = [];
  for (let run = 0; run < options.memoryRuns; run += 1) {
    memory.push(
      await measurePeakMemory(async () => {
        last = await reportToDocx(report);
      }),
    );
  }
  if (options.docxOut) await writeFile(options.docxOut, last);
  let profile: ProfileBreakdown | null = null;
  if (options.profileRuns > 0) {
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 250 });
    await session.post('Profiler.start');
    for (let run = 0; run < options.profileRuns; run += 1) await reportToDocx(report);
    const { profile: cpuProfile } = await session.post('Profiler.stop');
    session.disconnect();
    profile = summariseProfile(cpuProfile as CpuProfile, exportPhases, options.profileRuns);
  }
  return { milliseconds, memory, docxBytes: last.byteLength, profile };
}

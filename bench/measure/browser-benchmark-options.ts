export interface BrowserBenchmarkOptions {
  /** A workspace holding the large report and the monthly one, with their file names. */
  workspaceDirectory: string;
  fileName: string;
  /** Figure references in the large report's body: all must be rendered as chips before the editor counts as open. */
  figures: number;
  indicators: number;
  /** The monthly report, typed into for comparison. */
  monthlyFileName: string;
  monthlyFigures: number;
  warmUp: number;
  runs: number;
  /** Plain typing at the machine's speed. */
  keystrokes: number;
  /** Input-method typing at the machine's speed, in each measured run and on the two other documents. */
  inputMethodKeystrokes: number;
  /** Each typing under CPU throttling, plain and input-method. */
  throttledKeystrokes: number;
  seed: number;
  /** Writes a CPU profile of the typing of the last measured run here (a `.cpuprofile`), when given. */
  cpuProfileFile?: string | null;
}

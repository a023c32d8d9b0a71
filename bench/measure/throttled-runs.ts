import type { Browser } from 'playwright-core';
import type { BrowserBenchmarkOptions } from './browser-benchmark-options';
import { nextPaint, openReport, withContext } from './browser-context';
import { controlPageUrl } from './browser-probes';
import { cpuThrottlingRate, withCpuThrottling } from './cpu-throttling';
import { summarise, type Summary } from './statistics';
import { typeInPasses, typingCase, type TypedDocument, type TypingCase, type TypingPass } from './typing-cases';
import type { TypingMeasurement } from './typing-measurement';

export interface ThrottledOpen {
  cpuThrottlingRate: number;
  /** From the click on the report in the workspace list to an editable editor with every figure chip rendered. */
  open: Summary;
}

/**
 * The slow office PC: the large report opened `runs` times under CPU throttling, each in a fresh browser context
 * throttled from the page's creation, and typed into in the last of them; then the monthly report and the minimal
 * page typed into under the same throttling. Each typed document gets plain typing, then input-method typing.
 */
export async function runThrottledBenchmark(
  browser: Browser,
  url: string,
  options: BrowserBenchmarkOptions,
  log: (line: string) => void,
): Promise<{ open: ThrottledOpen; cases: TypingCase[] }> {
  const rate = cpuThrottlingRate;
  const passes: TypingPass[] = [
    { mode: 'plain', keystrokes: options.throttledKeystrokes },
    { mode: 'input-method', keystrokes: options.throttledKeystrokes },
  ];
  const cases: TypingCase[] = [];
  const addCases = (document: TypedDocument, measurements: TypingMeasurement[]) => {
    for (const [index, pass] of passes.entries()) cases.push(typingCase(document, pass.mode, rate, [measurements[index]!]));
  };

  const opens: number[] = [];
  for (let index = 0; index < options.runs; index += 1) {
    const typing = index === options.runs - 1;
    const measurements = await withContext(browser, options.workspaceDirectory, async (page, session) => {
      const opened = await withCpuThrottling(session, rate, () => openReport(page, url, options.fileName, options.figures));
      opens.push(opened.readyAt - opened.clickedAt);
      log(`  large report, CPU throttling ${rate}×, run ${index + 1}/${options.runs}: open ${opens.at(-1)!.toFixed(0)} ms`);
      return typing ? typeInPasses(page, session, 'large report', rate, passes, options.seed + 10) : null;
    });
    if (measurements) addCases('large', measurements);
  }

  const monthly = await withContext(browser, options.workspaceDirectory, async (page, session) => {
    await openReport(page, url, options.monthlyFileName, options.monthlyFigures);
    return typeInPasses(page, session, 'monthly report', rate, passes, options.seed + 20);
  });
  addCases('monthly', monthly);
  const minimal = await withContext(browser, options.workspaceDirectory, async (page, session) => {
    await page.goto(controlPageUrl);
    await nextPaint(page);
    return typeInPasses(page, session, 'minimal page', rate, passes, options.seed + 30);
  });
  addCases('minimal', minimal);

  for (const entry of cases)
    log(
      `  ${entry.document}, ${entry.mode} typing, CPU throttling ${rate}×: keystroke p50 ${entry.typing.latency.median.toFixed(1)} ms, ` +
        `p95 ${entry.typing.latency.p95.toFixed(1)} ms`,
    );
  return { open: { cpuThrottlingRate: rate, open: summarise(opens) }, cases };
}

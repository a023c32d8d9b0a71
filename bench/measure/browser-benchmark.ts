import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../../tests/support/browser';
import { startWebApp } from '../../tests/support/web-app-process';
import { SeededRandom } from '../workloads/seeded-random';
import { clearAutosave, nextPaint, openReport, withContext } from './browser-context';
import { caretInMiddleExpression, controlPageUrl, frameWhenExpression, gridShownCondition } from './browser-probes';
import { summarise, type Summary } from './statistics';
import { runThrottledBenchmark, type ThrottledOpen } from './throttled-runs';
import { typeInPasses, typingCase, type TypingCase } from './typing-cases';
import {
  expectTypedInto,
  typeAndMeasure,
  typingSummary,
  type KeystrokeSample,
  type TypingMeasurement,
  type TypingSummary,
} from './typing-measurement';
import type { BrowserBenchmarkOptions } from './browser-benchmark-options';

export interface BrowserRun {
  keystrokes: KeystrokeSample[];
  /** From the click on the report in the workspace list to an editable editor with every figure chip rendered. */
  openMilliseconds: number;
  /** From the start of navigation to the workspace list being shown. */
  workspaceListMilliseconds: number;
  /** From the click on the grid tab until the first frame with the 300-row grid shown. */
  gridTabMilliseconds: number;
  gridRows: number;
  heapAfterOpenBytes: number;
  heapAfterOpenCollectedBytes: number;
  heapAfterTypingBytes: number;
  /** CDP `Memory.getDOMCounters` after opening: DOM nodes and JS event listeners of the page. */
  domNodes: number;
  eventListeners: number;
  paragraphIndex: number;
  paragraphs: number;
}

export interface BrowserBenchmarkResult {
  chromiumVersion: string;
  runs: BrowserRun[];
  open: Summary;
  workspaceList: Summary;
  gridTab: Summary;
  /** Every measured keystroke of every run on the large report. */
  typing: TypingSummary;
  /** p50 and p95 of each run. */
  keystrokeLatencyByRun: { p50: number; p95: number }[];
  /** The same typing on a minimal editable page (the frame clock's floor) and in the monthly report. */
  controls: { label: string; typing: TypingSummary }[];
  /** Every document in every typing mode at each CPU speed, the above included; absent from older results. */
  typingCases?: TypingCase[];
  /** The open measure under CPU throttling; absent from older results. */
  throttledOpen?: ThrottledOpen;
  /** Keystrokes of each typing, a run; absent from older results. */
  keystrokesPerTyping?: { plain: number; inputMethod: number; throttled: number };
  heapAfterOpen: Summary;
  heapAfterOpenCollected: Summary;
  heapAfterTyping: Summary;
  cpuProfileFile: string | null;
}

/**
 * The large report in the browser mode, in Debian's Chromium: open it from the workspace list, show the indicator
 * grid once (so its 300 rows are laid out in the page), go back to the text and type in the middle of it. Each run
 * has a fresh browser context; the first `warmUp` runs are not counted; the measured ones then type again as an
 * input method does. Then the same typing on a minimal editable page and in the monthly report, for comparison, and
 * the measurements under CPU throttling.
 */
export async function runBrowserBenchmark(options: BrowserBenchmarkOptions, log: (line: string) => void): Promise<BrowserBenchmarkResult> {
  await clearAutosave(options.workspaceDirectory);
  const app = await startWebApp(options.workspaceDirectory);
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const runs: BrowserRun[] = [];
    const typings: TypingMeasurement[] = [];
    const inputMethodTypings: TypingMeasurement[] = [];
    const total = options.warmUp + options.runs;
    for (let index = 0; index < total; index += 1) {
      const measured = index >= options.warmUp;
      const profile = measured && index === total - 1 ? (options.cpuProfileFile ?? null) : null;
      const { run, typing, inputMethodTyping } = await withContext(browser, options.workspaceDirectory, (page, session) =>
        largeReportRun(page, session, app.url, options, { seed: options.seed + index, measured, cpuProfileFile: profile }),
      );
      log(
        `  browser run ${index + 1}/${total}${measured ? '' : ' (warm-up)'}: open ${run.openMilliseconds.toFixed(0)} ms, ` +
          `keystroke p50 ${summarise(run.keystrokes.map((sample) => sample.latency)).median.toFixed(1)} ms, ` +
          `p95 ${summarise(run.keystrokes.map((sample) => sample.latency)).p95.toFixed(1)} ms, heap ${(run.heapAfterOpenBytes / 2 ** 20).toFixed(1)} MiB`,
      );
      if (measured) {
        runs.push(run);
        typings.push(typing);
        if (inputMethodTyping) inputMethodTypings.push(inputMethodTyping);
      }
    }

    const inputMethodPass = [{ mode: 'input-method', keystrokes: options.inputMethodKeystrokes }] as const;
    const [floor, floorInputMethod] = await withContext(browser, options.workspaceDirectory, async (page, session) => {
      await page.goto(controlPageUrl);
      await page.evaluate(caretInMiddleExpression);
      await nextPaint(page);
      const plain = await typeAndMeasure(page, { mode: 'plain', count: options.keystrokes, random: new SeededRandom(options.seed - 1) });
      return [plain, ...(await typeInPasses(page, session, 'minimal page', 1, inputMethodPass, options.seed - 3))] as const;
    });
    const [monthly, monthlyInputMethod] = await withContext(browser, options.workspaceDirectory, async (page, session) => {
      await openReport(page, app.url, options.monthlyFileName, options.monthlyFigures);
      await page.evaluate(caretInMiddleExpression);
      await nextPaint(page);
      const plain = await typeAndMeasure(page, { mode: 'plain', count: options.keystrokes, random: new SeededRandom(options.seed - 2) });
      return [plain, ...(await typeInPasses(page, session, 'monthly report', 1, inputMethodPass, options.seed - 4))] as const;
    });
    const controls = [
      { label: 'Minimal editable page (the frame clock’s floor)', typing: typingSummary([floor], true) },
      { label: 'Monthly report (12 pages, 40 indicators)', typing: typingSummary([monthly], true) },
    ];
    const typingCases: TypingCase[] = [
      typingCase('minimal', 'plain', 1, [floor]),
      typingCase('minimal', 'input-method', 1, [floorInputMethod!]),
      typingCase('monthly', 'plain', 1, [monthly]),
      typingCase('monthly', 'input-method', 1, [monthlyInputMethod!]),
      typingCase('large', 'plain', 1, typings),
      typingCase('large', 'input-method', 1, inputMethodTypings),
    ];
    for (const control of controls)
      log(
        `  ${control.label}: keystroke p50 ${control.typing.latency.median.toFixed(1)} ms, p95 ${control.typing.latency.p95.toFixed(1)} ms`,
      );
    for (const entry of typingCases.filter((candidate) => candidate.mode === 'input-method'))
      log(
        `  ${entry.document}, input-method typing: keystroke p50 ${entry.typing.latency.median.toFixed(1)} ms, p95 ${entry.typing.latency.p95.toFixed(1)} ms`,
      );
    const throttled = await runThrottledBenchmark(browser, app.url, options, log);

    return {
      chromiumVersion: browser.version(),
      runs,
      open: summarise(runs.map((run) => run.openMilliseconds)),
      workspaceList: summarise(runs.map((run) => run.workspaceListMilliseconds)),
      gridTab: summarise(runs.map((run) => run.gridTabMilliseconds)),
      typing: typingSummary(typings, false),
      keystrokeLatencyByRun: runs.map((run) => {
        const summary = summarise(run.keystrokes.map((sample) => sample.latency));
        return { p50: summary.median, p95: summary.p95 };
      }),
      controls,
      typingCases: [...typingCases, ...throttled.cases],
      throttledOpen: throttled.open,
      keystrokesPerTyping: {
        plain: options.keystrokes,
        inputMethod: options.inputMethodKeystrokes,
        throttled: options.throttledKeystrokes,
      },
      heapAfterOpen: summarise(runs.map((run) => run.heapAfterOpenBytes)),
      heapAfterOpenCollected: summarise(runs.map((run) => run.heapAfterOpenCollectedBytes)),
      heapAfterTyping: summarise(runs.map((run) => run.heapAfterTypingBytes)),
      cpuProfileFile: options.cpuProfileFile ?? null,
    };
  } finally {
    await browser?.close();
    await app.kill();
    await clearAutosave(options.workspaceDirectory);
  }
}

async function largeReportRun(
  page: Page,
  session: CDPSession,
  url: string,
  options: BrowserBenchmarkOptions,
  plan: { seed: number; measured: boolean; cpuProfileFile: string | null },
): Promise<{ run: BrowserRun; typing: TypingMeasurement; inputMethodTyping: TypingMeasurement | null }> {
  const opened = await openReport(page, url, options.fileName, options.figures);
  const heapAfterOpenBytes = await usedHeap(session);
  const counters = await session.send('Memory.getDOMCounters');

  await page.locator('[role="tab"][data-tab="indicators"]').click();
  const gridShownAt = (await page.evaluate(frameWhenExpression(gridShownCondition))) as number;
  const gridClickedAt = (await page.evaluate('window.__bench.clicks.at(-1)')) as number;
  await nextPaint(page);
  const gridRows = (await page.evaluate(`document.querySelectorAll('[role="grid"] tr.indicator-grid__row').length`)) as number;
  if (gridRows < options.indicators) throw new Error(`the grid shows ${gridRows} rows, not ${options.indicators}`);
  await page.locator('[role="tab"][data-tab="text"]').click();
  await nextPaint(page);

  await session.send('HeapProfiler.collectGarbage');
  const heapAfterOpenCollectedBytes = await usedHeap(session);

  const target = (await page.evaluate(caretInMiddleExpression)) as { index: number; paragraphs: number };
  await nextPaint(page);
  const typing = await typeAndMeasure(page, {
    mode: 'plain',
    count: options.keystrokes,
    random: new SeededRandom(plan.seed),
    profile: plan.cpuProfileFile ? { session, file: plan.cpuProfileFile } : null,
  });
  await expectTypedInto(page, target.index, typing.typed, 'large report, plain typing');
  const heapAfterTypingBytes = await usedHeap(session);
  const inputMethodTyping = plan.measured
    ? (
        await typeInPasses(
          page,
          session,
          'large report',
          1,
          [{ mode: 'input-method', keystrokes: options.inputMethodKeystrokes }],
          plan.seed + 100,
        )
      )[0]!
    : null;

  const run: BrowserRun = {
    keystrokes: typing.keystrokes,
    openMilliseconds: opened.readyAt - opened.clickedAt,
    workspaceListMilliseconds: opened.listShownAt,
    gridTabMilliseconds: gridShownAt - gridClickedAt,
    gridRows,
    heapAfterOpenBytes,
    heapAfterOpenCollectedBytes,
    heapAfterTypingBytes,
    domNodes: counters.nodes,
    eventListeners: counters.jsEventListeners,
    paragraphIndex: target.index,
    paragraphs: target.paragraphs,
  };
  return { run, typing, inputMethodTyping };
}

/** The renderer's V8 heap in use (CDP `Runtime.getHeapUsage`), garbage not yet collected included. */
async function usedHeap(session: CDPSession): Promise<number> {
  const usage = await session.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

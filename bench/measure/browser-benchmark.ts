import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { autosaveFolderName } from '../../services/workspace/autosave-store';
import { launchChromium } from '../../tests/support/browser';
import { startWebApp } from '../../tests/support/web-app-process';
import { SeededRandom } from '../workloads/seeded-random';
import {
  caretInMiddleExpression,
  controlPageUrl,
  editorReadyCondition,
  frameWhenExpression,
  gridShownCondition,
  keystrokeRecordedCondition,
  probeScript,
} from './browser-probes';
import { summarise, type Summary } from './statistics';

export interface BrowserBenchmarkOptions {
  /** A workspace holding the large report and the monthly one, with their file names. */
  workspaceDirectory: string;
  fileName: string;
  /** Figure references in the large report's body: all must be rendered as chips before the editor counts as open. */
  figures: number;
  indicators: number;
  /** The monthly report, typed into once for comparison. */
  monthlyFileName: string;
  monthlyFigures: number;
  warmUp: number;
  runs: number;
  keystrokes: number;
  seed: number;
  /** Writes a CPU profile of the typing of the last measured run here (a `.cpuprofile`), when given. */
  cpuProfileFile?: string | null;
}

export interface KeystrokeSample {
  /** From the input event's creation to the next paint. */
  latency: number;
  /** From the event's creation until the first listener ran (queueing). */
  inputDelay: number;
  /** From the first listener to the start of the next frame: the event's handling and the wait for the frame. */
  toFrame: number;
}

export interface SlowEvent {
  name: string;
  duration: number;
  processing: number;
  delay: number;
  interaction: number;
}

export interface TypingMeasurement {
  keystrokes: KeystrokeSample[];
  /** Event Timing entries of 16 ms or more during the typing (durations are rounded to 8 ms by the browser). */
  slowEvents: SlowEvent[] | null;
}

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

export interface TypingSummary {
  latency: Summary;
  inputDelay: Summary;
  toFrame: Summary;
  /** `keydown` entries of Event Timing at 16 ms or more, out of the keystrokes typed with a key event (about 80%). */
  slowKeydowns: number | null;
  slowestEventMilliseconds: number | null;
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
  heapAfterOpen: Summary;
  heapAfterOpenCollected: Summary;
  heapAfterTyping: Summary;
  cpuProfileFile: string | null;
}

/** Text typed in the middle of the report: Vietnamese, with the characters a Telex user produces. */
const typedSentence =
  ' Trong tháng, Ủy ban nhân dân quận tiếp tục chỉ đạo các phòng, ban, ngành và UBND các phường đẩy nhanh tiến độ giải phóng mặt bằng, bảo đảm trật tự đô thị, vệ sinh môi trường và an sinh xã hội trên địa bàn quận.';

export function typedText(length: number): string {
  const characters = [...typedSentence.normalize('NFC')];
  return Array.from({ length }, (_, index) => characters[index % characters.length]!).join('');
}

/**
 * The large report in the browser mode, in Debian's Chromium: open it from the workspace list, show the indicator
 * grid once (so its 300 rows are laid out in the page), go back to the text and type in the middle of it. Each run
 * has a fresh browser context; the first `warmUp` runs are not counted. Then the same typing on a minimal editable
 * page and in the monthly report, for comparison.
 */
export async function runBrowserBenchmark(options: BrowserBenchmarkOptions, log: (line: string) => void): Promise<BrowserBenchmarkResult> {
  await clearAutosave(options.workspaceDirectory);
  const app = await startWebApp(options.workspaceDirectory);
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const runs: BrowserRun[] = [];
    const typings: TypingMeasurement[] = [];
    const total = options.warmUp + options.runs;
    for (let index = 0; index < total; index += 1) {
      const measured = index >= options.warmUp;
      const profile = measured && index === total - 1 ? (options.cpuProfileFile ?? null) : null;
      const { run, typing } = await withContext(browser, options.workspaceDirectory, (page, session) =>
        largeReportRun(page, session, app.url, options, new SeededRandom(options.seed + index), profile),
      );
      log(
        `  browser run ${index + 1}/${total}${measured ? '' : ' (warm-up)'}: open ${run.openMilliseconds.toFixed(0)} ms, ` +
          `keystroke p50 ${summarise(run.keystrokes.map((sample) => sample.latency)).median.toFixed(1)} ms, ` +
          `p95 ${summarise(run.keystrokes.map((sample) => sample.latency)).p95.toFixed(1)} ms, heap ${(run.heapAfterOpenBytes / 2 ** 20).toFixed(1)} MiB`,
      );
      if (measured) {
        runs.push(run);
        typings.push(typing);
      }
    }

    const floor = await withContext(browser, options.workspaceDirectory, async (page) => {
      await page.goto(controlPageUrl);
      await page.evaluate(caretInMiddleExpression);
      await nextPaint(page);
      return typeAndMeasure(page, options.keystrokes, new SeededRandom(options.seed - 1), null);
    });
    const monthly = await withContext(browser, options.workspaceDirectory, async (page) => {
      await openReport(page, app.url, options.monthlyFileName, options.monthlyFigures);
      await page.evaluate(caretInMiddleExpression);
      await nextPaint(page);
      return typeAndMeasure(page, options.keystrokes, new SeededRandom(options.seed - 2), null);
    });
    const controls = [
      { label: 'Minimal editable page (the frame clock’s floor)', typing: typingSummary([floor], true) },
      { label: 'Monthly report (12 pages, 40 indicators)', typing: typingSummary([monthly], true) },
    ];
    for (const control of controls)
      log(
        `  ${control.label}: keystroke p50 ${control.typing.latency.median.toFixed(1)} ms, p95 ${control.typing.latency.p95.toFixed(1)} ms`,
      );

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

/**
 * A fresh browser context for one run. Afterwards the autosave copies the typing left are removed, so that the
 * next run opens the report without the recovery dialog.
 */
async function withContext<Result>(
  browser: Browser,
  workspaceDirectory: string,
  work: (page: Page, session: CDPSession, context: BrowserContext) => Promise<Result>,
): Promise<Result> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    const session = await context.newCDPSession(page);
    await page.addInitScript({ content: probeScript });
    const result = await work(page, session, context);
    if (pageErrors.length > 0) throw new Error(`the page threw: ${pageErrors.map((error) => error.message).join('; ')}`);
    return result;
  } finally {
    await context.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await clearAutosave(workspaceDirectory);
  }
}

async function clearAutosave(workspaceDirectory: string): Promise<void> {
  await rm(path.join(workspaceDirectory, autosaveFolderName), { recursive: true, force: true });
}

/** Opens a report from the workspace list; returns the times of the click and of the first frame with it editable. */
async function openReport(page: Page, url: string, fileName: string, figures: number) {
  await page.goto(url);
  const entry = page.locator(`.report-entry[data-file="${fileName}"]`);
  await entry.waitFor({ timeout: 60_000 });
  const listShownAt = (await page.evaluate('performance.now()')) as number;
  await entry.click();
  const readyAt = (await page.evaluate(frameWhenExpression(editorReadyCondition(figures)))) as number;
  const clickedAt = (await page.evaluate('window.__bench.clicks.at(-1)')) as number;
  return { listShownAt, clickedAt, readyAt };
}

async function largeReportRun(
  page: Page,
  session: CDPSession,
  url: string,
  options: BrowserBenchmarkOptions,
  random: SeededRandom,
  cpuProfileFile: string | null,
): Promise<{ run: BrowserRun; typing: TypingMeasurement }> {
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
  const typing = await typeAndMeasure(page, options.keystrokes, random, cpuProfileFile ? { session, file: cpuProfileFile } : null);
  const text = typedText(options.keystrokes);
  const typedInto = (await page.evaluate(
    `document.querySelectorAll('.report-body > p')[${target.index}].textContent.endsWith(${JSON.stringify(text)})`,
  )) as boolean;
  if (!typedInto) throw new Error('the typed text did not end up at the end of the middle paragraph');

  const run: BrowserRun = {
    keystrokes: typing.keystrokes,
    openMilliseconds: opened.readyAt - opened.clickedAt,
    workspaceListMilliseconds: opened.listShownAt,
    gridTabMilliseconds: gridShownAt - gridClickedAt,
    gridRows,
    heapAfterOpenBytes,
    heapAfterOpenCollectedBytes,
    heapAfterTypingBytes: await usedHeap(session),
    domNodes: counters.nodes,
    eventListeners: counters.jsEventListeners,
    paragraphIndex: target.index,
    paragraphs: target.paragraphs,
  };
  return { run, typing };
}

/**
 * Types `count` characters at the caret, one at a time: each after the probe has recorded the paint of the previous
 * one and a pause of 20–60 ms (a person types 5 to 15 characters a second; the pause also spreads the keystrokes
 * over the frame).
 */
async function typeAndMeasure(
  page: Page,
  count: number,
  random: SeededRandom,
  profile: { session: CDPSession; file: string } | null,
): Promise<TypingMeasurement> {
  if (profile) {
    await profile.session.send('Profiler.enable');
    await profile.session.send('Profiler.setSamplingInterval', { interval: 200 });
    await profile.session.send('Profiler.start');
  }
  await page.evaluate('window.__bench.recording = true');
  for (const [index, character] of [...typedText(count)].entries()) {
    await page.keyboard.type(character);
    await page.evaluate(frameWhenExpression(keystrokeRecordedCondition(index + 1), 10_000));
    await new Promise((resolve) => setTimeout(resolve, random.integer(20, 60)));
  }
  await page.evaluate('window.__bench.recording = false');
  if (profile) {
    const { profile: cpuProfile } = await profile.session.send('Profiler.stop');
    await writeFile(profile.file, JSON.stringify(cpuProfile));
  }
  const keys = (await page.evaluate('window.__bench.keys')) as { start: number; seen: number; frame: number; painted: number }[];
  if (keys.length !== count) throw new Error(`recorded ${keys.length} keystrokes, not ${count}`);
  return {
    keystrokes: keys.map((key) => ({ latency: key.painted - key.start, inputDelay: key.seen - key.start, toFrame: key.frame - key.seen })),
    slowEvents: (await page.evaluate('window.__bench.events')) as SlowEvent[] | null,
  };
}

/** Keeps the raw latencies only when they are not kept elsewhere (the runs on the large report keep theirs). */
function typingSummary(measurements: readonly TypingMeasurement[], keepSamples: boolean): TypingSummary {
  const keystrokes = measurements.flatMap((measurement) => measurement.keystrokes);
  const events = measurements.every((measurement) => measurement.slowEvents !== null)
    ? measurements.flatMap((measurement) => measurement.slowEvents ?? [])
    : null;
  return {
    latency: summarise(
      keystrokes.map((sample) => sample.latency),
      { keepSamples },
    ),
    inputDelay: summarise(
      keystrokes.map((sample) => sample.inputDelay),
      { keepSamples: false },
    ),
    toFrame: summarise(
      keystrokes.map((sample) => sample.toFrame),
      { keepSamples: false },
    ),
    slowKeydowns: events ? events.filter((event) => event.name === 'keydown').length : null,
    slowestEventMilliseconds: events && events.length > 0 ? Math.max(...events.map((event) => event.duration)) : null,
  };
}

/** The renderer's V8 heap in use (CDP `Runtime.getHeapUsage`), garbage not yet collected included. */
async function usedHeap(session: CDPSession): Promise<number> {
  const usage = await session.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

/** Resolves after the next frame has been painted. */
async function nextPaint(page: Page): Promise<void> {
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');
}

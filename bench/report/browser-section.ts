import type { TypedDocument, TypingCase } from '../measure/typing-cases';
import type { TypingMode, TypingSummary } from '../measure/typing-measurement';
import type { BenchResults } from './bench-results';
import { bytes, mebibyte, milliseconds, spread } from './readme-format';

const documentLabels: Record<TypedDocument, string> = {
  minimal: 'Minimal editable page (the frame clock’s floor)',
  monthly: 'Monthly report (12 pages, 40 indicators)',
  large: 'Large report (100 pages, 300-row appendix)',
};
const documentOrder: TypedDocument[] = ['minimal', 'monthly', 'large'];
const modeLabels: Record<TypingMode, string> = { plain: 'plain', 'input-method': 'input method' };
const modeOrder: TypingMode[] = ['plain', 'input-method'];

type Browser = NonNullable<BenchResults['browser']>;

/** Every typing case in a fixed order; results of before the cases were kept give their three plain typings. */
function typingCases(browser: Browser): { label: string; mode: TypingMode; rate: number; typing: TypingSummary }[] {
  if (!browser.typingCases)
    return [
      { label: documentLabels.large, mode: 'plain', rate: 1, typing: browser.typing },
      ...browser.controls.map((control) => ({ label: control.label, mode: 'plain' as const, rate: 1, typing: control.typing })),
    ];
  const rank = (entry: TypingCase) =>
    documentOrder.indexOf(entry.document) * 100 + entry.cpuThrottlingRate * 10 + modeOrder.indexOf(entry.mode);
  return [...browser.typingCases]
    .sort((first, second) => rank(first) - rank(second))
    .map((entry) => ({ label: documentLabels[entry.document], mode: entry.mode, rate: entry.cpuThrottlingRate, typing: entry.typing }));
}

function typingRow(entry: ReturnType<typeof typingCases>[number]): string {
  const { typing } = entry;
  const figure = (value: number) => `${value.toFixed(1)} ms`;
  return `| ${entry.label} | ${modeLabels[entry.mode]} | ${entry.rate === 1 ? '1×' : `throttled ${entry.rate}×`} | ${typing.latency.runs} | ${figure(typing.latency.median)} | ${figure(typing.latency.p95)} | ${figure(typing.latency.max)} | ${figure(typing.toFrame.median)} | ${figure(typing.toFrame.p95)} | ${figure(typing.inputDelay.p95)} | ${typing.slowKeydowns ?? '—'} | ${typing.slowestEventMilliseconds ?? '—'} |`;
}

/** The README's section on the large report in Chromium. */
export function browserSection(results: BenchResults): string[] {
  const browser = results.browser;
  if (!browser) return ['## The large report in Chromium', '', 'Not run.', ''];
  const runs = results.plans['browser']?.runs;
  const counts = browser.keystrokesPerTyping ?? { plain: browser.runs[0]?.keystrokes.length ?? 200, inputMethod: null, throttled: null };
  const rate = browser.throttledOpen?.cpuThrottlingRate ?? null;
  const throttledMinimal = browser.typingCases?.find(
    (entry) => entry.document === 'minimal' && entry.mode === 'plain' && entry.cpuThrottlingRate > 1,
  );
  return [
    '## The large report in Chromium',
    '',
    `Browser mode (\`services/server/web-main.ts\`) on a workspace holding the large report, Debian’s Chromium ${browser.chromiumVersion} headless ` +
      `driven by playwright-core, viewport 1366×900, ${results.plans['browser']?.warmUp} warm-up and ${runs} measured runs, each in a fresh browser context:`,
    '',
    '1. open the workspace list and click the report (`.report-entry[data-file]`). **Open** is from the click event to the first animation frame in which ' +
      '`.report-body[contenteditable="true"]` holds every figure chip of the body;',
    '2. **heap**: the renderer’s V8 heap in use (CDP `Runtime.getHeapUsage`) right after opening, garbage included (the budget’s figure); the DOM is not on the V8 heap, its node count is given apart;',
    '3. show the indicator grid (its 300 rows are built when its tab is first shown, then laid out and painted), go back to the text, force a GC and read the heap again;',
    `4. put the caret at the end of the middle paragraph of the body and type ${counts.plain} characters of Vietnamese, each after the previous one was painted and a pause of 20–60 ms. ` +
      '**Keystroke latency** is from the input event’s creation (`event.timeStamp` of the first `keydown` or `beforeinput`: characters outside the US keyboard are typed as text insertion, without a key event) ' +
      'to a task queued from the next animation frame, which runs once that frame is painted: input to next paint, the wait for the frame included. ' +
      'The same typing is done once on a minimal editable page (the floor the 60 Hz frame clock gives: a keystroke waits up to 16.7 ms for the next frame) and in the monthly report;',
    `5. **input-method typing**: then, in each measured run and after the plain typing on the two other documents, ${counts.inputMethod ?? '—'} keystrokes typed as Telex through Unikey ` +
      '(or the system’s input method) types Vietnamese: it replaces the characters it composed, so each keystroke is a Backspace (a real key event) followed by text inserted in place, ' +
      'here the deleted character and the next one of the sentence, which leaves the same text as plain typing. Its latency runs from the Backspace’s `keydown` to the paint after the ' +
      '`input` event of the insertion (not the paint after the deletion), so it includes the deletion, Playwright’s round trip between the two and the insertion;',
    `6. **CPU throttling**, a stand-in for a slow office PC: Chromium slowed down ${rate ?? '—'}× (CDP \`Emulation.setCPUThrottlingRate\` on the page’s session, set once the page exists ` +
      `and reset after the measurement). The large report is opened so throttled ${runs} times, each in a fresh context, and typed into in the last of them: ` +
      `${counts.throttled ?? '—'} keystrokes plain, then ${counts.throttled ?? '—'} input-method; the monthly report and the minimal page are typed into the same way. ` +
      'Throttled typing starts after a second’s pause, so that work left from opening does not fall on the first keystrokes. ' +
      'Throttling slows every frame, not only the editor’s work' +
      (throttledMinimal
        ? `: the minimal page measures p50 ${throttledMinimal.typing.latency.median.toFixed(1)} ms, p95 ${throttledMinimal.typing.latency.p95.toFixed(1)} ms so throttled.`
        : '.'),
    '',
    'Budgets at the machine’s speed are relative to the minimal page measured in the same run: input to next paint includes the wait for the next frame of the 60 Hz clock, ' +
      'so the minimal page already reaches a p95 of about 15–17 ms, and an absolute limit of 16 ms would leave the editor no time at all. ' +
      'The large report’s “to frame” p95 (the handling of the keystroke and the wait for the frame) and its latency p95 must each stay within 4 ms of the minimal page’s. ' +
      `Throttled ${rate ?? '—'}×, the limits are absolute: keystroke latency p95 ≤ 50 ms in the large report and ≤ 33 ms in the monthly one, each for plain and for input-method typing, ` +
      'and opening the large report to editable ≤ 2 s (median).',
    '',
    '| measure | median | spread |',
    '| --- | --- | --- |',
    `| Open the large report to editable | ${milliseconds(browser.open, 0)} | ${spread(browser.open, 0)} |`,
    ...(browser.throttledOpen
      ? [
          `| Open the large report to editable, CPU throttled ${browser.throttledOpen.cpuThrottlingRate}× | ${milliseconds(browser.throttledOpen.open, 0)} | ${spread(browser.throttledOpen.open, 0)} |`,
        ]
      : []),
    `| Workspace list shown, from navigation start | ${milliseconds(browser.workspaceList, 0)} | ${spread(browser.workspaceList, 0)} |`,
    `| Grid tab (300 rows) shown, click to first frame | ${milliseconds(browser.gridTab, 0)} | ${spread(browser.gridTab, 0)} |`,
    `| JS heap after opening | ${bytes(browser.heapAfterOpen.median)} | ${spread(browser.heapAfterOpen, 1, 'MiB', mebibyte)} |`,
    `| JS heap after opening and showing the grid, after GC | ${bytes(browser.heapAfterOpenCollected.median)} | ${spread(browser.heapAfterOpenCollected, 1, 'MiB', mebibyte)} |`,
    `| JS heap after typing | ${bytes(browser.heapAfterTyping.median)} | ${spread(browser.heapAfterTyping, 1, 'MiB', mebibyte)} |`,
    `| DOM nodes / JS event listeners after opening | ${browser.runs[0]?.domNodes.toLocaleString('en') ?? '—'} / ${browser.runs[0]?.eventListeners.toLocaleString('en') ?? '—'} | |`,
    '',
    'Typing: “keystrokes” counts every measured keystroke of the case, over all its runs. “To frame” is from the first listener to the next animation frame: the handling of the keystroke and the wait for the frame. ' +
      '“Slow keydowns” are Event Timing (`PerformanceObserver` type `event`) `keydown` entries of 16 ms or more (the browser rounds durations to 8 ms).',
    '',
    '| document | typing | CPU | keystrokes | latency p50 | latency p95 | latency max | to frame p50 | to frame p95 | input delay p95 | slow keydowns | slowest event |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...typingCases(browser).map(typingRow),
    '',
    `Large report per run, plain typing (p50 / p95): ${browser.keystrokeLatencyByRun.map((run) => `${run.p50.toFixed(1)} / ${run.p95.toFixed(1)} ms`).join('; ')}; ` +
      `the middle paragraph was number ${browser.runs[0]?.paragraphIndex ?? '—'} of ${browser.runs[0]?.paragraphs ?? '—'} top-level paragraphs.` +
      (browser.cpuProfileFile ? ` CPU profile of the plain typing of the last run: \`${browser.cpuProfileFile}\`.` : ''),
    '',
  ];
}

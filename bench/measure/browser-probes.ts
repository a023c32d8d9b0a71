/**
 * Code that runs in the page, kept as JavaScript text: functions compiled by tsx carry helpers (`__name`) that do
 * not exist in the page, and the page's DOM types are not those of this Node program.
 *
 * The probe records, for each keystroke, the time the input event was created (`event.timeStamp`, from the first of
 * `keydown` or `beforeinput`: Playwright types characters outside the US keyboard as text insertion, without a key
 * event), when the first listener saw it, the next animation frame, and a task queued from that frame, which runs
 * once the frame has been painted: input to next paint. Listeners are on `document` in the capture phase, so they
 * run before the editor's own.
 *
 * With `mode` set to `input-method`, a keystroke is a Backspace followed by the insertion of text, as a Vietnamese
 * input method replaces the characters it composed: it starts at the Backspace's `keydown` and ends at the paint
 * after the `input` event of the insertion, not at the one after the deletion.
 */
export const probeScript = `
(() => {
  const bench = { clicks: [], keys: [], recording: false, pending: false, events: [], mode: 'plain', replacing: null };
  window.__bench = bench;
  document.addEventListener('click', (event) => bench.clicks.push(event.timeStamp), true);
  const recordAtPaint = (start, seen) => {
    requestAnimationFrame(() => {
      const frame = performance.now();
      setTimeout(() => {
        bench.keys.push({ start, seen, frame, painted: performance.now() });
        bench.pending = false;
      }, 0);
    });
  };
  const onInput = (event) => {
    if (!bench.recording || bench.pending) return;
    if (bench.mode === 'input-method') {
      if (event.type !== 'keydown' || event.key !== 'Backspace') return;
      bench.pending = true;
      bench.replacing = { start: event.timeStamp, seen: performance.now() };
      return;
    }
    bench.pending = true;
    recordAtPaint(event.timeStamp, performance.now());
  };
  const onInserted = (event) => {
    if (!bench.replacing || !event.inputType.startsWith('insert')) return;
    const { start, seen } = bench.replacing;
    bench.replacing = null;
    recordAtPaint(start, seen);
  };
  document.addEventListener('keydown', onInput, true);
  document.addEventListener('beforeinput', onInput, true);
  document.addEventListener('input', onInserted, true);
  try {
    new PerformanceObserver((list) => {
      if (!bench.recording) return;
      for (const entry of list.getEntries()) {
        bench.events.push({
          name: entry.name,
          duration: entry.duration,
          processing: entry.processingEnd - entry.processingStart,
          delay: entry.processingStart - entry.startTime,
          interaction: entry.interactionId || 0,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  } catch {
    bench.events = null;
  }
})();
`;

/**
 * A promise, evaluated in the page, for the time of the first animation frame in which `condition` (an expression)
 * holds. Waiting is done in the page with `requestAnimationFrame`, not with Playwright's `waitForFunction`: that
 * one evaluates its predicate with `eval`, which the interface's Content Security Policy forbids.
 */
export function frameWhenExpression(condition: string, timeoutMilliseconds = 120_000): string {
  return `new Promise((resolve, reject) => {
    const until = performance.now() + ${timeoutMilliseconds};
    const check = () => {
      if (${condition}) resolve(performance.now());
      else if (performance.now() > until) reject(new Error('timed out waiting for: ' + ${JSON.stringify(condition)}));
      else requestAnimationFrame(check);
    };
    check();
  })`;
}

/** The editor is editable and every figure chip of the body is rendered. */
export function editorReadyCondition(figures: number): string {
  return `(document.querySelector('.report-body[contenteditable="true"]') !== null && document.querySelectorAll('.report-body .figure-chip').length >= ${figures})`;
}

/** The indicator grid is shown (its tab is not hidden). */
export const gridShownCondition = `(document.querySelector('[role="grid"]') !== null && document.querySelector('[role="grid"]').offsetParent !== null)`;

/** The probe has recorded the paint after keystroke `count` and is not waiting for another. */
export function keystrokeRecordedCondition(count: number): string {
  return `(window.__bench.keys.length >= ${count} && !window.__bench.pending)`;
}

/**
 * Puts the caret at the end of the middle paragraph of the body (one that ends with text, not a figure chip) and
 * focuses the editor, as a click there would, without the risk of clicking a chip (which opens the grid).
 * Returns the paragraph's index among the body's paragraphs and how many there are.
 */
export const caretInMiddleExpression = `(() => {
  const editor = document.querySelector('.report-body');
  const paragraphs = [...editor.querySelectorAll(':scope > p')];
  let index = Math.floor(paragraphs.length / 2);
  while (index < paragraphs.length && !(paragraphs[index].lastChild && paragraphs[index].lastChild.nodeType === Node.TEXT_NODE)) index += 1;
  const paragraph = paragraphs[index];
  paragraph.scrollIntoView({ block: 'center' });
  editor.focus();
  const text = paragraph.lastChild;
  const range = document.createRange();
  range.setStart(text, text.length);
  range.collapse(true);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  return { index, paragraphs: paragraphs.length };
})()`;

/** A minimal editable page, typed into the same way: the latency the frame clock alone gives (the floor). */
export const controlPageUrl = `data:text/html,${encodeURIComponent(
  '<!DOCTYPE html><html lang="vi"><body><div class="report-body" contenteditable="true" style="font: 14pt serif; max-width: 40em"><p>Đoạn văn bản ngắn để đo độ trễ gõ phím khi trang gần như không có nội dung.</p></div></body></html>',
)}`;

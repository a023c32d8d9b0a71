import { writeFile } from 'node:fs/promises';
import type { CDPSession, Page } from 'playwright-core';
import type { SeededRandom } from '../workloads/seeded-random';
import { frameWhenExpression, keystrokeRecordedCondition } from './browser-probes';
import { summarise, type Summary } from './statistics';

/**
 * `plain`: one character per keystroke. `input-method`: a Backspace, then the deleted character and the next one
 * inserted as text, as Telex through Unikey (or the system's input method) replaces the characters it composed.
 * Both leave the same text.
 */
export type TypingMode = 'plain' | 'input-method';

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
  /** The text the typing added at the caret. */
  typed: string;
}

export interface TypingSummary {
  latency: Summary;
  inputDelay: Summary;
  toFrame: Summary;
  /** `keydown` entries of Event Timing at 16 ms or more, out of the keystrokes typed with a key event (about 80%). */
  slowKeydowns: number | null;
  slowestEventMilliseconds: number | null;
}

/** Text typed in the middle of the report: Vietnamese, with the characters a Telex user produces. */
const typedSentence =
  ' Trong tháng, Ủy ban nhân dân quận tiếp tục chỉ đạo các phòng, ban, ngành và UBND các phường đẩy nhanh tiến độ giải phóng mặt bằng, bảo đảm trật tự đô thị, vệ sinh môi trường và an sinh xã hội trên địa bàn quận.';

export function typedText(length: number): string {
  const characters = [...typedSentence.normalize('NFC')];
  return Array.from({ length }, (_, index) => characters[index % characters.length]!).join('');
}

/**
 * Types `count` keystrokes at the caret, one at a time: each after the probe has recorded the paint of the previous
 * one and a pause of 20–60 ms (a person types 5 to 15 characters a second; the pause also spreads the keystrokes
 * over the frame). In `input-method` mode the first character is typed before the measured keystrokes, so that
 * each of them has a character to replace.
 */
export async function typeAndMeasure(
  page: Page,
  options: { mode: TypingMode; count: number; random: SeededRandom; profile?: { session: CDPSession; file: string } | null },
): Promise<TypingMeasurement> {
  const { mode, count, random, profile } = options;
  const characters = [...typedText(mode === 'plain' ? count : count + 1)];
  if (mode === 'input-method') await page.keyboard.insertText(characters[0]!);
  if (profile) {
    await profile.session.send('Profiler.enable');
    await profile.session.send('Profiler.setSamplingInterval', { interval: 200 });
    await profile.session.send('Profiler.start');
  }
  await page.evaluate(`(() => {
    const bench = window.__bench;
    bench.keys = [];
    if (bench.events !== null) bench.events = [];
    bench.mode = ${JSON.stringify(mode)};
    bench.recording = true;
  })()`);
  for (let index = 0; index < count; index += 1) {
    if (mode === 'plain') await page.keyboard.type(characters[index]!);
    else {
      await page.keyboard.press('Backspace');
      await page.keyboard.insertText(characters[index]! + characters[index + 1]!);
    }
    await page.evaluate(frameWhenExpression(keystrokeRecordedCondition(index + 1), 10_000));
    await new Promise((resolve) => setTimeout(resolve, random.integer(20, 60)));
  }
  await page.evaluate(`window.__bench.recording = false; window.__bench.mode = 'plain'`);
  if (profile) {
    const { profile: cpuProfile } = await profile.session.send('Profiler.stop');
    await writeFile(profile.file, JSON.stringify(cpuProfile));
  }
  const keys = (await page.evaluate('window.__bench.keys')) as { start: number; seen: number; frame: number; painted: number }[];
  if (keys.length !== count) throw new Error(`recorded ${keys.length} keystrokes, not ${count}`);
  return {
    keystrokes: keys.map((key) => ({ latency: key.painted - key.start, inputDelay: key.seen - key.start, toFrame: key.frame - key.seen })),
    slowEvents: (await page.evaluate('window.__bench.events')) as SlowEvent[] | null,
    typed: characters.join(''),
  };
}

/** Fails unless the paragraph (by index among the body's top-level paragraphs) ends with the typed text. */
export async function expectTypedInto(page: Page, paragraphIndex: number, typed: string, where: string): Promise<void> {
  const typedInto = (await page.evaluate(
    `document.querySelectorAll('.report-body > p')[${paragraphIndex}].textContent.replace(/\\u00a0/g, ' ').endsWith(${JSON.stringify(typed)})`,
  )) as boolean;
  if (!typedInto) throw new Error(`the typed text did not end up at the end of the middle paragraph (${where})`);
}

/** Keeps the raw latencies only when they are not kept elsewhere (the runs on the large report keep theirs). */
export function typingSummary(measurements: readonly TypingMeasurement[], keepSamples: boolean): TypingSummary {
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

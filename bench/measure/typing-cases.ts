import type { CDPSession, Page } from 'playwright-core';
import { SeededRandom } from '../workloads/seeded-random';
import { nextPaint } from './browser-context';
import { caretInMiddleExpression } from './browser-probes';
import { withCpuThrottling } from './cpu-throttling';
import {
  expectTypedInto,
  typeAndMeasure,
  typingSummary,
  type TypingMeasurement,
  type TypingMode,
  type TypingSummary,
} from './typing-measurement';

export type TypedDocument = 'minimal' | 'monthly' | 'large';

/** One document typed into in one mode at one CPU speed. */
export interface TypingCase {
  document: TypedDocument;
  mode: TypingMode;
  /** 1: the machine's own speed; 4: Chromium's CPU throttling, 4× slower. */
  cpuThrottlingRate: number;
  typing: TypingSummary;
}

export interface TypingPass {
  mode: TypingMode;
  keystrokes: number;
}

/**
 * Types each pass in turn at the end of the middle paragraph of an open page, under `rate` CPU throttling from the
 * first pass to the last, checking after each that its text ended up there. A second's pause comes first, so that
 * work left from opening the page (longer when throttled) does not fall on the first keystrokes.
 */
export async function typeInPasses(
  page: Page,
  session: CDPSession,
  where: string,
  rate: number,
  passes: readonly TypingPass[],
  seed: number,
): Promise<TypingMeasurement[]> {
  return withCpuThrottling(session, rate, async () => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const target = (await page.evaluate(caretInMiddleExpression)) as { index: number };
    await nextPaint(page);
    const measurements: TypingMeasurement[] = [];
    for (const [index, pass] of passes.entries()) {
      const measurement = await typeAndMeasure(page, { mode: pass.mode, count: pass.keystrokes, random: new SeededRandom(seed + index) });
      await expectTypedInto(page, target.index, measurement.typed, `${where}, ${pass.mode} typing, CPU throttling ${rate}×`);
      measurements.push(measurement);
    }
    return measurements;
  });
}

/** The keystrokes of one case, over every run that measured it. */
export function typingCase(
  document: TypedDocument,
  mode: TypingMode,
  rate: number,
  measurements: readonly TypingMeasurement[],
): TypingCase {
  return { document, mode, cpuThrottlingRate: rate, typing: typingSummary(measurements, false) };
}

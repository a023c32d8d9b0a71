import type { CDPSession } from 'playwright-core';

/** The slow office PC the throttled measurements stand for: Chromium's CPU throttling, 4× slower. */
export const cpuThrottlingRate = 4;

/** Runs `work` with the page's CPU slowed down `rate` times (CDP `Emulation.setCPUThrottlingRate`), then back to 1. */
export async function withCpuThrottling<Result>(session: CDPSession, rate: number, work: () => Promise<Result>): Promise<Result> {
  await session.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    return await work();
  } finally {
    await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

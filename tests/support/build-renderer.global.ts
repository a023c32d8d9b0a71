import { build } from 'vite';

/** Builds the interface once before the tests, for the browser-mode tests to serve. */
export default async function buildRenderer(): Promise<void> {
  await build({ configFile: new URL('../../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
}

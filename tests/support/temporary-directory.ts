import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A fresh directory under the system temporary folder; call `remove` when done. */
export async function makeTemporaryDirectory(label: string): Promise<{ directory: string; remove: () => Promise<void> }> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), `bao-cao-${label}-`));
  return { directory, remove: () => fs.rm(directory, { recursive: true, force: true }) };
}

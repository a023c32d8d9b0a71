import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupBeforeOverwrite, listBackups } from '../../services/storage/keep-backups';
import { makeTemporaryDirectory } from '../support/temporary-directory';

describe('backupBeforeOverwrite', () => {
  let directory: string;
  let removeDirectory: () => Promise<void>;
  let target: string;
  let backupDirectory: string;

  beforeEach(async () => {
    ({ directory, remove: removeDirectory } = await makeTemporaryDirectory('backups'));
    target = path.join(directory, 'bao-cao.json');
    backupDirectory = path.join(directory, '.backups', 'bao-cao');
  });

  afterEach(async () => {
    vi.useRealTimers();
    await removeDirectory();
  });

  it('does nothing when there is no file yet', async () => {
    expect(await backupBeforeOverwrite(target, { backupDirectory, keep: 3 })).toBeNull();
    expect(await listBackups(backupDirectory)).toEqual([]);
  });

  it('copies the current content into a timestamped file', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T23:10:05.123Z'), toFake: ['Date'] });
    await fs.writeFile(target, '{"version":1}');
    const backupPath = await backupBeforeOverwrite(target, { backupDirectory, keep: 3 });
    expect(backupPath).toBe(path.join(backupDirectory, '2026-11-22T23-10-05-123Z.json'));
    expect(await fs.readFile(backupPath ?? '', 'utf8')).toBe('{"version":1}');
  });

  it('adds a counter when two backups fall in the same millisecond', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T23:10:05.123Z'), toFake: ['Date'] });
    const made: (string | null)[] = [];
    for (let version = 1; version <= 3; version += 1) {
      await fs.writeFile(target, `{"version":${version}}`);
      made.push(await backupBeforeOverwrite(target, { backupDirectory, keep: 10 }));
    }
    expect(made.map((backupPath) => path.basename(backupPath ?? ''))).toEqual([
      '2026-11-22T23-10-05-123Z.json',
      '2026-11-22T23-10-05-123Z-2.json',
      '2026-11-22T23-10-05-123Z-3.json',
    ]);
    expect(await listBackups(backupDirectory)).toEqual([...made].reverse());
  });

  it('keeps exactly the newest `keep` backups', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00.000Z'), toFake: ['Date'] });
    for (let version = 1; version <= 7; version += 1) {
      await fs.writeFile(target, `{"version":${version}}`);
      await backupBeforeOverwrite(target, { backupDirectory, keep: 3 });
      vi.advanceTimersByTime(1_000);
    }
    const kept = await listBackups(backupDirectory);
    expect(kept).toHaveLength(3);
    const contents = await Promise.all(kept.map((backupPath) => fs.readFile(backupPath, 'utf8')));
    expect(contents).toEqual(['{"version":7}', '{"version":6}', '{"version":5}']);
    expect(kept.map((backupPath) => path.basename(backupPath))).toEqual([
      '2026-01-01T00-00-06-000Z.json',
      '2026-01-01T00-00-05-000Z.json',
      '2026-01-01T00-00-04-000Z.json',
    ]);
  });

  it('never deletes the backup it has just made, even if the clock went back', async () => {
    await fs.mkdir(backupDirectory, { recursive: true });
    await fs.writeFile(path.join(backupDirectory, '2030-01-01T00-00-00-000Z.json'), 'tương lai');
    await fs.writeFile(target, 'hiện tại');
    const backupPath = await backupBeforeOverwrite(target, { backupDirectory, keep: 1 });
    expect(await listBackups(backupDirectory)).toEqual([backupPath]);
  });

  it('leaves files that are not backups alone', async () => {
    await fs.mkdir(backupDirectory, { recursive: true });
    await fs.writeFile(path.join(backupDirectory, 'ghi-chu.txt'), 'x');
    for (let version = 1; version <= 3; version += 1) {
      await fs.writeFile(target, `{"version":${version}}`);
      await backupBeforeOverwrite(target, { backupDirectory, keep: 1 });
    }
    expect(await listBackups(backupDirectory)).toHaveLength(1);
    expect(await fs.readdir(backupDirectory)).toContain('ghi-chu.txt');
  });

  it('refuses a `keep` below 1', async () => {
    await fs.writeFile(target, 'x');
    await expect(backupBeforeOverwrite(target, { backupDirectory, keep: 0 })).rejects.toThrow(RangeError);
  });
});

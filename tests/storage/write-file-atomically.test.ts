import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeStaleTemporaryFiles, temporaryFileLifetimeMs, writeFileAtomically } from '../../services/storage/write-file-atomically';
import { makeTemporaryDirectory } from '../support/temporary-directory';

function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('writeFileAtomically', () => {
  let directory: string;
  let removeDirectory: () => Promise<void>;

  beforeEach(async () => {
    ({ directory, remove: removeDirectory } = await makeTemporaryDirectory('write'));
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await removeDirectory();
  });

  it('writes a new file and leaves nothing else behind', async () => {
    const target = path.join(directory, 'bao-cao.json');
    await writeFileAtomically(target, '{"a":1}');
    expect(await fs.readFile(target, 'utf8')).toBe('{"a":1}');
    expect(await fs.readdir(directory)).toEqual(['bao-cao.json']);
  });

  it('overwrites an existing file completely', async () => {
    const target = path.join(directory, 'bao-cao.json');
    await fs.writeFile(target, 'nội dung cũ, dài hơn nội dung mới rất nhiều');
    await writeFileAtomically(target, 'mới');
    expect(await fs.readFile(target, 'utf8')).toBe('mới');
    expect(await fs.readdir(directory)).toEqual(['bao-cao.json']);
  });

  it('writes binary data unchanged', async () => {
    const target = path.join(directory, 'du-lieu.bin');
    const data = new Uint8Array([0, 1, 2, 250, 255, 10, 13]);
    await writeFileAtomically(target, data);
    expect(new Uint8Array(await fs.readFile(target))).toEqual(data);
  });

  it('copes with a file name close to the 255-byte limit', async () => {
    // 251 bytes in UTF-8: the temporary name would pass the limit if it repeated the whole name.
    const target = path.join(directory, `${'Báo cáo sơ kết công tác sáu tháng đầu năm của Đảng ủy '.repeat(3)}năm 2026 (bản chính).json`);
    await writeFileAtomically(target, 'x');
    expect(await fs.readFile(target, 'utf8')).toBe('x');
  });

  it('rejects in Vietnamese, naming the file, when the directory is missing', async () => {
    const target = path.join(directory, 'khong-co', 'bao-cao.json');
    const failure = writeFileAtomically(target, 'x');
    await expect(failure).rejects.toThrow(`Không lưu được “${target}”: không tìm thấy thư mục hoặc tệp.`);
    await expect(failure).rejects.toHaveProperty('cause.code', 'ENOENT');
    expect(await fs.readdir(directory)).toEqual([]);
  });

  it('removes the temporary file and keeps the old content when the rename fails', async () => {
    const target = path.join(directory, 'bao-cao.json');
    await fs.writeFile(target, 'cũ');
    vi.spyOn(fs, 'rename').mockRejectedValue(systemError('EXDEV'));
    await expect(writeFileAtomically(target, 'mới')).rejects.toThrow(/^Không lưu được “.*bao-cao\.json”: .*Tệp cũ vẫn được giữ nguyên\.$/);
    expect(fs.rename).toHaveBeenCalledTimes(1);
    expect(await fs.readFile(target, 'utf8')).toBe('cũ');
    expect(await fs.readdir(directory)).toEqual(['bao-cao.json']);
  });

  it('retries the rename while the target is locked', async () => {
    const target = path.join(directory, 'bao-cao.json');
    await fs.writeFile(target, 'cũ');
    const rename = vi.spyOn(fs, 'rename').mockRejectedValueOnce(systemError('EPERM')).mockRejectedValueOnce(systemError('EPERM'));
    await writeFileAtomically(target, 'mới');
    expect(rename).toHaveBeenCalledTimes(3);
    expect(await fs.readFile(target, 'utf8')).toBe('mới');
    expect(await fs.readdir(directory)).toEqual(['bao-cao.json']);
  });

  it('gives up after the allowed retries and keeps the old file', async () => {
    const target = path.join(directory, 'bao-cao.json');
    await fs.writeFile(target, 'cũ');
    const rename = vi.spyOn(fs, 'rename').mockRejectedValue(systemError('EBUSY'));
    await expect(writeFileAtomically(target, 'mới', { retries: 2 })).rejects.toThrow(
      `Không lưu được “${target}”: tệp đang bị chương trình khác sử dụng. Tệp cũ vẫn được giữ nguyên.`,
    );
    expect(rename).toHaveBeenCalledTimes(3);
    expect(await fs.readFile(target, 'utf8')).toBe('cũ');
    expect(await fs.readdir(directory)).toEqual(['bao-cao.json']);
  });

  it('refuses to replace a directory', async () => {
    const target = path.join(directory, 'thu-muc');
    await fs.mkdir(target);
    await expect(writeFileAtomically(target, 'x')).rejects.toThrow(`Không lưu được “${target}”`);
    expect((await fs.stat(target)).isDirectory()).toBe(true);
    expect(await fs.readdir(directory)).toEqual(['thu-muc']);
  });

  it.runIf(process.platform !== 'win32')('keeps the permissions of the file it replaces', async () => {
    const target = path.join(directory, 'rieng.json');
    await fs.writeFile(target, 'cũ', { mode: 0o600 });
    await fs.chmod(target, 0o600);
    await writeFileAtomically(target, 'mới');
    expect((await fs.stat(target)).mode & 0o777).toBe(0o600);
  });
});

describe('removeStaleTemporaryFiles', () => {
  it('deletes temporary files of dead processes only', async () => {
    const { directory, remove } = await makeTemporaryDirectory('stale');
    try {
      // Above the largest process id Linux allows (2^22), so no such process can exist.
      const deadProcessId = 4_194_305;
      const stale = `.bao-cao.json.${deadProcessId}.0123abcd.tmp`;
      const ownInFlight = `.bao-cao.json.${process.pid}.89abcdef.tmp`;
      const unrelated = ['bao-cao.json', 'ghi-chu.tmp', '.bao-cao.json.abc.0123abcd.tmp'];
      for (const name of [stale, ownInFlight, ...unrelated]) await fs.writeFile(path.join(directory, name), 'x');

      expect(await removeStaleTemporaryFiles(directory)).toEqual([stale]);
      expect((await fs.readdir(directory)).sort()).toEqual([ownInFlight, ...unrelated].sort());
    } finally {
      await remove();
    }
  });

  it('deletes a temporary file of a running process only once it is older than any save takes', async () => {
    const { directory, remove } = await makeTemporaryDirectory('stale');
    try {
      // Process 1 (init) always runs: its id stands for a writer whose id was reused, or another window still writing.
      const writing = `.bao-cao.json.1.0123abcd.tmp`;
      await fs.writeFile(path.join(directory, writing), 'x');
      const written = (await fs.stat(path.join(directory, writing))).mtimeMs;
      expect(await removeStaleTemporaryFiles(directory, written + 60_000)).toEqual([]);
      expect(await removeStaleTemporaryFiles(directory, written + temporaryFileLifetimeMs + 1)).toEqual([writing]);
    } finally {
      await remove();
    }
  });

  it('returns nothing for a missing directory', async () => {
    const { directory, remove } = await makeTemporaryDirectory('stale');
    await remove();
    expect(await removeStaleTemporaryFiles(directory)).toEqual([]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { commandNames } from '../../core/api/application-api';
import type { ApplicationService } from '../../core/api/application-results';
import { handleCommand, untrustedSenderMessage } from '../../electron/handle-command';

const appUrl = 'file:///opt/bao-cao/resources/app.asar/renderer/dist/index.html';

function fakeService(implementation: (name: string, payload: unknown) => Promise<unknown>): ApplicationService {
  return Object.fromEntries(
    commandNames.map((name) => [name, vi.fn((payload: unknown) => implementation(name, payload))]),
  ) as unknown as ApplicationService;
}

describe('handleCommand', () => {
  it('runs the command for the application’s page and answers its result', async () => {
    const service = fakeService(async (name, payload) => ({ name, payload }));
    const response = await handleCommand('loadReport', appUrl, { fileName: 'ubnd-le-chan_2019-10.json' }, service, appUrl);
    expect(response).toEqual({ ok: true, result: { name: 'loadReport', payload: { fileName: 'ubnd-le-chan_2019-10.json' } } });
  });

  it.each([undefined, 'https://example.com/', 'file:///tmp/evil.html'])(
    'refuses a sender frame at %j without running anything',
    async (senderUrl) => {
      const service = fakeService(async () => 'ran');
      const response = await handleCommand('listReports', senderUrl, {}, service, appUrl);
      expect(response).toEqual({ ok: false, message: untrustedSenderMessage });
      expect(service.listReports).not.toHaveBeenCalled();
    },
  );

  it('refuses an invalid payload with a Vietnamese message naming the field', async () => {
    const service = fakeService(async () => 'ran');
    const response = await handleCommand('loadReport', appUrl, { fileName: 42 }, service, appUrl);
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.message).toContain('fileName');
    expect(response.message).toContain('không hợp lệ');
    expect(service.loadReport).not.toHaveBeenCalled();
  });

  it('refuses a file name that would leave the reports folder', async () => {
    const service = fakeService(async () => 'ran');
    const response = await handleCommand('loadReport', appUrl, { fileName: '../../secret.json' }, service, appUrl);
    expect(response).toMatchObject({ ok: false, message: expect.stringContaining('fileName') });
    expect(service.loadReport).not.toHaveBeenCalled();
  });

  it('answers the service’s error instead of throwing', async () => {
    const service = fakeService(async () => {
      throw new Error('Không tìm thấy báo cáo “a.json”.');
    });
    await expect(handleCommand('loadReport', appUrl, { fileName: 'a.json' }, service, appUrl)).resolves.toEqual({
      ok: false,
      message: 'Không tìm thấy báo cáo “a.json”.',
    });
  });

  it('answers an error when no workspace could be opened', async () => {
    const service = Promise.reject(new Error('ổ đĩa chỉ cho phép đọc'));
    service.catch(() => undefined);
    const response = await handleCommand('listReports', appUrl, {}, service, appUrl);
    expect(response).toEqual({ ok: false, message: 'Chưa mở được thư mục làm việc: ổ đĩa chỉ cho phép đọc' });
  });
});

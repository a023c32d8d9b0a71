// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkspaceSettings } from '../../core/workspace/workspace-settings';
import { openOrganisationEditor } from '../../renderer/organisation/organisation-editor';
import { readDraft, draftOf } from '../../renderer/organisation/profile-fields';
import { suggestedProfile } from '../../core/organisation/office-kinds';

const emptySettings: WorkspaceSettings = { schemaVersion: 1, name: 'Xã Hòa An', organisations: [] };

function type(root: HTMLElement, name: string, value: string): void {
  const control = root.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${name}"]`)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

const previewLines = (root: HTMLElement) => [...root.querySelectorAll('.preview-header .preview-line')].map((line) => line.textContent);

describe('the organisation editor', () => {
  let posted: { name: string; payload: unknown }[];
  beforeEach(() => {
    posted = [];
    vi.stubGlobal('fetch', async (url: string, init: { body: string }) => {
      const name = url.replace('./api/', '');
      const payload = JSON.parse(init.body) as { organisation: unknown };
      posted.push({ name, payload });
      return new Response(JSON.stringify({ ok: true, result: { settings: { ...emptySettings, organisations: [payload.organisation] } } }));
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  const open = (saved = vi.fn()) => {
    const root = openOrganisationEditor({
      organisation: null,
      settings: emptySettings,
      hasReports: () => false,
      saved,
      cancel: null,
      importWord: null,
    });
    document.body.append(root);
    return { root, saved };
  };

  it('fills a commune’s header from its kind, name and province, and previews it as it will print', () => {
    const { root } = open();
    type(root, 'office-kind', 'ubnd-xa');
    type(root, 'office-name', 'Hòa An');
    type(root, 'province-name', 'Cao Bằng');
    root.querySelector<HTMLButtonElement>('[data-action="suggest-profile"]')!.click();
    expect(root.querySelector<HTMLTextAreaElement>('[name="issuingBody"]')!.value).toBe('ỦY BAN NHÂN DÂN\nXÃ HÒA AN');
    expect(root.querySelector<HTMLInputElement>('[name="id"]')!.value).toBe('ubnd-xa-hoa-an');
    const lines = previewLines(root);
    expect(lines.slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ HÒA AN', 'Số: 05/BC-UBND']);
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines.at(-1)).toMatch(/^Hòa An, ngày \d{2} tháng \d{1,2} năm \d{4}$/);
  });

  it('shows a line break typed in the parent body as a line of the header, and each message at its field', () => {
    const { root } = open();
    type(root, 'parentBody', 'ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ');
    type(root, 'issuingBody', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
    type(root, 'issuerName', 'Sở Nông nghiệp và Môi trường tỉnh Phú Thọ');
    type(root, 'numberSymbol', 'SNNMT');
    expect(previewLines(root).slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH PHÚ THỌ', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG']);
    expect(root.querySelector('#problem-signer-name')!.textContent).toBe('Chưa có họ tên người ký.');
    expect(root.querySelector('[name="signerName"]')!.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#problem-numberSymbol')!.textContent).toContain('thường bắt đầu bằng “BC-”');
    expect(root.querySelector('#problem-numberSymbol')!.classList.contains('advice')).toBe(true);
    expect(root.querySelector('#problem-place')!.textContent).toBe('Chưa có địa danh cho dòng ngày tháng.');
  });

  it('refuses to save while a field is wrong, then saves the profile it shows', async () => {
    const { root, saved } = open();
    const form = root.querySelector('form')!;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await Promise.resolve();
    expect(posted).toEqual([]);
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/^Chưa lưu được: /);

    type(root, 'office-kind', 'dang-uy-xa');
    type(root, 'office-name', 'Ya Ma');
    type(root, 'province-name', 'Gia Lai');
    root.querySelector<HTMLButtonElement>('[data-action="suggest-profile"]')!.click();
    type(root, 'signerName', 'Rơ Châm H’Luyn');
    type(root, 'layout-marginLeftMm', '35');
    type(root, 'appendixComparison', 'ratio');
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(saved).toHaveBeenCalled());
    expect(posted).toHaveLength(1);
    expect(posted[0]!.name).toBe('saveOrganisation');
    expect(posted[0]!.payload).toMatchObject({
      replacesId: null,
      organisation: {
        id: 'dang-uy-xa-ya-ma',
        format: 'party',
        parentBody: 'ĐẢNG BỘ TỈNH GIA LAI',
        issuingBody: 'ĐẢNG ỦY XÃ YA MA',
        numberSymbol: 'BC/ĐU',
        signer: { lines: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'], name: 'Rơ Châm H’Luyn' },
        layout: { marginLeftMm: 35 },
        appendixComparison: 'ratio',
      },
    });
  });
});

describe('reading the organisation form', () => {
  const filled = { ...suggestedProfile({ kind: 'ubnd-phuong', name: 'Lê Chân', provinceKind: 'thành phố', provinceName: 'Hải Phòng' }) };

  it('names a layout value outside the range of the format with the label of its field', () => {
    const draft = {
      ...draftOf({ ...filled, signer: { ...filled.signer, name: 'Trần Văn B' } }),
      layout: { marginLeftMm: '40', bodyFontPt: 'mười' },
    };
    const { profile, problems } = readDraft(draft);
    expect(profile).toBeNull();
    expect(problems.map((problem) => problem.message)).toEqual([
      'Cỡ chữ nội dung (pt): “mười” không phải là số.',
      'Lề trái (mm): Giá trị 40 nằm ngoài khoảng cho phép 30–35.',
    ]);
  });

  it('accepts a decimal comma in the layout and reads an empty parent body as none', () => {
    const draft = {
      ...draftOf({ ...filled, signer: { ...filled.signer, name: 'Trần Văn B' } }),
      parentBody: '  ',
      layout: { firstLineIndentCm: '1,27' },
    };
    const { profile } = readDraft(draft);
    expect(profile?.parentBody).toBeNull();
    expect(profile?.layout).toEqual({ firstLineIndentCm: 1.27 });
  });

  it('keeps the appendix’s comparison the office chose, growth unless it chose the ratio', () => {
    const signed = { ...filled, signer: { ...filled.signer, name: 'Trần Văn B' } };
    expect(draftOf(signed).appendixComparison).toBe('growth');
    expect(readDraft(draftOf(signed)).profile).not.toHaveProperty('appendixComparison');
    expect(readDraft(draftOf({ ...signed, appendixComparison: 'ratio' })).profile?.appendixComparison).toBe('ratio');
  });
});

import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePeriod } from '../../core/periods/period';
import { peoplesCommittee } from '../../examples/sample/organisations';
import { createReportFromTemplate } from '../../services/templates/create-report-from-template';
import { builtInTemplatesDirectory, describeProblem, loadTemplates, type TemplateCatalogue } from '../../services/templates/load-templates';
import type { TemplateProblem } from '../../services/templates/template-problem';
import { makeTemporaryDirectory } from '../support/temporary-directory';

/**
 * One temporary built-in folder (with the real partials) and one workspace, holding a good template and one
 * broken template per kind of mistake; a single load must report each mistake and still load the good ones.
 */
describe('template errors', () => {
  let root: string;
  let remove: () => Promise<void>;
  let builtIn: string;
  let workspace: string;
  let catalogue: TemplateCatalogue;
  let baseManifest: Record<string, unknown>;

  const bodyFile = (folder: string) => path.join(builtIn, folder, 'body.hbs');
  const manifestFile = (folder: string) => path.join(builtIn, folder, 'manifest.json');

  async function addTemplate(
    directory: string,
    folder: string,
    body: string | null,
    manifest: Record<string, unknown> = {},
  ): Promise<void> {
    await mkdir(path.join(directory, folder), { recursive: true });
    await writeFile(path.join(directory, folder, 'manifest.json'), JSON.stringify({ ...baseManifest, id: folder, ...manifest }, null, 2));
    if (body !== null) await writeFile(path.join(directory, folder, 'body.hbs'), body);
  }

  function problemOf(templateId: string): TemplateProblem {
    const found = catalogue.problems.filter((problem) => problem.templateId === templateId);
    expect(found, `problems of ${templateId}: ${JSON.stringify(catalogue.problems.map((problem) => problem.templateId))}`).toHaveLength(1);
    return found[0]!;
  }

  beforeAll(async () => {
    ({ directory: root, remove } = await makeTemporaryDirectory('templates'));
    builtIn = path.join(root, 'built-in');
    workspace = path.join(root, 'workspace');
    await cp(path.join(builtInTemplatesDirectory, 'partials'), path.join(builtIn, 'partials'), { recursive: true });
    baseManifest = JSON.parse(await readFile(path.join(builtInTemplatesDirectory, 'ubnd-thang', 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;

    await addTemplate(builtIn, 'tot', '{{> state-periodic}}\n');
    await addTemplate(builtIn, 'ubnd-thang', '{{> state-periodic}}\n');

    // Handlebars syntax.
    await addTemplate(builtIn, 'khoi-chua-dong', '# Kết quả {#results}\n\n{{#each groups}}\n- {{name}}\n');
    await addTemplate(builtIn, 'tham-so-thieu', '# Kết quả {#results}\n\n{{figure "giam-ho-ngheo" plan=}}\n');
    await addTemplate(builtIn, 'dong-sai-khoi', '# Kết quả {#results}\n\n{{#each groups}}- {{name}}{{/if}}\n');
    await addTemplate(builtIn, 'if-khong-dieu-kien', '# Kết quả {#results}\n\n{{#if}}Có{{/if}}\n');
    // Helpers, indicators, fields, names.
    await addTemplate(builtIn, 'ham-khong-co', '# Kết quả {#results}\n\nMở đầu.\n{{nope "x"}}\n');
    await addTemplate(builtIn, 'ham-log', '# Kết quả {#results}\n\n{{log "đã chạy"}}Mở đầu.\n');
    await addTemplate(builtIn, 'ham-lookup', '# Kết quả {#results}\n\nMở đầu {{lookup organisation "place"}}.\n');
    await addTemplate(builtIn, 'chi-tieu-khong-co', '# Kết quả {#results}\n\nMở đầu.\n\nGiá trị {{figure "khong-co" "value"}}.\n');
    await addTemplate(builtIn, 'truong-khong-co', '# Kết quả {#results}\n\nSố hộ nghèo giảm {{figure "giam-ho-ngheo" "gia-tri"}}.\n');
    await addTemplate(
      builtIn,
      'ke-hoach-khong-co',
      '# Kết quả {#results}\n\nĐạt {{figure "giam-ho-ngheo" "plan-percent" plan="khong-co"}}.\n',
    );
    await addTemplate(builtIn, 'bien-khong-co', '# Kết quả {#results}\n\nTrong {{period.nhan}}.\n');
    await addTemplate(builtIn, 'phan-khong-co', '# Kết quả {#ket-qua}\n');
    // Reaching into JavaScript objects.
    await addTemplate(builtIn, 'ham-tao', '# Kết quả {#results}\n{{constructor}}\n');
    await addTemplate(builtIn, 'ten-ham-tao', '# Kết quả {#results}\n\n{{this.constructor.name}}\n');
    await addTemplate(builtIn, 'nguyen-mau', '# Kết quả {#results}\n\n\n{{lookup this "__proto__"}}\n');
    // Manifests and folders.
    await addTemplate(builtIn, 'thieu-trich-yeu', '{{> state-periodic}}\n', { subject: undefined });
    await addTemplate(builtIn, 'the-thuc-sai', '{{> state-periodic}}\n', { format: 'dang' });
    await addTemplate(builtIn, 'khong-loai-ky', '{{> state-periodic}}\n', { periodKinds: [] });
    await addTemplate(builtIn, 'khong-noi-dung', null);
    await addTemplate(builtIn, 'ma-khac-thu-muc', '{{> state-periodic}}\n', { id: 'ma-khac' });
    await mkdir(path.join(builtIn, 'thieu-manifest'));
    await writeFile(path.join(builtIn, 'thieu-manifest', 'body.hbs'), '{{> state-periodic}}\n');
    await mkdir(path.join(builtIn, 'manifest-hong'));
    await writeFile(path.join(builtIn, 'manifest-hong', 'manifest.json'), '{\n  "id": "manifest-hong",\n  "name": \n}\n');
    await writeFile(path.join(builtIn, 'manifest-hong', 'body.hbs'), '{{> state-periodic}}\n');
    // Partials: one that does not parse, one that names an indicator no manifest has.
    await writeFile(path.join(builtIn, 'partials', 'hong.hbs'), 'Dòng một\n{{#if period.isYear}\nDòng ba\n');
    await writeFile(path.join(builtIn, 'partials', 'so-lieu-la.hbs'), 'Dòng một\n{{figure "khong-co" "value"}}\n');
    await addTemplate(builtIn, 'dung-partial-la', '# Kết quả {#results}\n\n\n\n{{> so-lieu-la}}\n');

    // The workspace replaces the built-in ubnd-thang.
    await addTemplate(path.join(workspace, 'templates'), 'ubnd-thang', '# Mẫu riêng của thư mục làm việc {#results}\n\nNội dung riêng.\n', {
      name: 'UBND – mẫu riêng',
    });

    catalogue = await loadTemplates({ builtInDirectory: builtIn, workspaceDirectory: workspace });
  });
  afterAll(() => remove());

  it('still loads the good templates', () => {
    expect(catalogue.templates.map((template) => template.manifest.id).sort()).toEqual(['tot', 'ubnd-thang']);
    const good = catalogue.templates.find((template) => template.manifest.id === 'tot')!;
    const report = createReportFromTemplate(good, {
      organisation: peoplesCommittee,
      period: makePeriod('month', 2019, 10),
      id: 'tot-2019-10',
      createdAt: '2024-01-15T08:00:00+07:00',
    });
    expect(report.body.content.length).toBeGreaterThan(5);
  });

  it('lets a workspace template replace the built-in of the same id', () => {
    const replaced = catalogue.templates.find((template) => template.manifest.id === 'ubnd-thang')!;
    expect(replaced.origin).toBe('workspace');
    expect(replaced.manifest.name).toBe('UBND – mẫu riêng');
    expect(replaced.directory).toBe(path.join(workspace, 'templates', 'ubnd-thang'));
    expect(catalogue.problems.filter((problem) => problem.templateId === 'ubnd-thang')).toEqual([]);
  });

  it('reports every problem with its absolute file path and a message', () => {
    for (const problem of catalogue.problems) {
      expect(path.isAbsolute(problem.file), problem.file).toBe(true);
      expect(problem.message.length).toBeGreaterThan(0);
      expect(describeProblem(problem)).toContain(problem.file);
    }
  });

  describe('Handlebars syntax', () => {
    it('reports a block never closed at the line that opens it', () => {
      const problem = problemOf('khoi-chua-dong');
      expect(problem.file).toBe(bodyFile('khoi-chua-dong'));
      expect(problem.message).toMatch(/chưa được đóng/);
      expect(problem.line).toBe(3);
    });

    it('says what is wrong with a block never closed, not only where', () => {
      const problem = problemOf('khoi-chua-dong');
      expect(problem.message).not.toMatch(/:\s*$/);
    });

    it('reports a missing argument value at its line', () => {
      const problem = problemOf('tham-so-thieu');
      expect(problem).toMatchObject({ file: bodyFile('tham-so-thieu'), line: 3 });
      expect(problem.message).toMatch(/lỗi cú pháp/);
    });

    it('reports a block closed with the wrong name at its line', () => {
      const problem = problemOf('dong-sai-khoi');
      expect(problem).toMatchObject({ file: bodyFile('dong-sai-khoi'), line: 3 });
      expect(problem.message).toMatch(/each/);
      expect(problem.message).toMatch(/if/);
    });

    it('reports {{#if}} without a condition with its line', () => {
      const problem = problemOf('if-khong-dieu-kien');
      expect(problem.file).toBe(bodyFile('if-khong-dieu-kien'));
      expect(problem.message).toMatch(/if/);
      expect(problem.line).toBe(3);
    });
  });

  describe('helpers, indicators and fields', () => {
    it('names an unknown helper and its line', () => {
      const problem = problemOf('ham-khong-co');
      expect(problem).toMatchObject({ file: bodyFile('ham-khong-co'), line: 4 });
      expect(problem.message).toContain('“nope”');
      expect(problem.message).toContain('figure');
    });

    it('refuses Handlebars’ own log and lookup helpers, which the documented list does not have', () => {
      for (const [id, helper] of [
        ['ham-log', 'log'],
        ['ham-lookup', 'lookup'],
      ] as const) {
        const problem = problemOf(id);
        expect(problem).toMatchObject({ file: bodyFile(id), line: 3 });
        expect(problem.message).toContain(`“${helper}”`);
      }
    });

    it('names an unknown indicator and its line', () => {
      const problem = problemOf('chi-tieu-khong-co');
      expect(problem).toMatchObject({ file: bodyFile('chi-tieu-khong-co'), line: 5 });
      expect(problem.message).toContain('“khong-co”');
      expect(describeProblem(problem)).toBe(`${bodyFile('chi-tieu-khong-co')}, dòng 5: ${problem.message}`);
    });

    it('names an unknown figure field and the fields there are', () => {
      const problem = problemOf('truong-khong-co');
      expect(problem).toMatchObject({ file: bodyFile('truong-khong-co'), line: 3 });
      expect(problem.message).toContain('“gia-tri”');
      expect(problem.message).toContain('value-phrase');
    });

    it('names a plan the indicator does not have', () => {
      const problem = problemOf('ke-hoach-khong-co');
      expect(problem).toMatchObject({ file: bodyFile('ke-hoach-khong-co'), line: 3 });
      expect(problem.message).toContain('“khong-co”');
      expect(problem.message).toContain('giam-ho-ngheo');
    });

    it('names an unknown variable and its line, without JavaScript internals', () => {
      const problem = problemOf('bien-khong-co');
      expect(problem).toMatchObject({ file: bodyFile('bien-khong-co'), line: 3 });
      expect(problem.message).toContain('nhan');
      expect(problem.message).not.toContain('[object Object]');
    });

    it('names an unknown section', () => {
      const problem = problemOf('phan-khong-co');
      expect(problem.file).toBe(bodyFile('phan-khong-co'));
      expect(problem.message).toContain('“ket-qua”');
      expect(problem.message).toContain('results');
    });
  });

  describe('names that reach into JavaScript objects', () => {
    it.each([
      ['ham-tao', 'constructor', 2],
      ['ten-ham-tao', 'constructor', 3],
      ['nguyen-mau', '__proto__', 4],
    ])('refuses %s (%s) with its line', (folder, name, line) => {
      const problem = problemOf(folder);
      expect(problem).toMatchObject({ file: bodyFile(folder), line });
      expect(problem.message).toBe(`không được truy cập “${name}” trong mẫu.`);
    });
  });

  describe('manifests and folders', () => {
    it('names a missing field of the manifest', () => {
      const problem = problemOf('thieu-trich-yeu');
      expect(problem).toMatchObject({ file: manifestFile('thieu-trich-yeu'), line: null });
      expect(problem.message).toMatch(/^trường subject:/);
    });

    it('names a field with a value it does not allow', () => {
      const problem = problemOf('the-thuc-sai');
      expect(problem.file).toBe(manifestFile('the-thuc-sai'));
      expect(problem.message).toMatch(/^trường format:/);
      expect(problem.message).toContain('state');
    });

    it('asks for at least one period kind', () => {
      const problem = problemOf('khong-loai-ky');
      expect(problem.file).toBe(manifestFile('khong-loai-ky'));
      expect(problem.message).toBe('trường periodKinds: Mẫu cần phục vụ ít nhất một loại kỳ.');
    });

    it('reports a manifest that is not JSON with its file and line', () => {
      const problem = problemOf('manifest-hong');
      expect(problem.file).toBe(manifestFile('manifest-hong'));
      expect(problem.message).toMatch(/không phải JSON hợp lệ/);
      expect(problem.message).toMatch(/dòng 4/);
    });

    it('reports a folder without manifest.json', () => {
      const problem = problemOf('thieu-manifest');
      expect(problem).toMatchObject({ file: manifestFile('thieu-manifest'), message: 'thiếu tệp manifest.json.' });
    });

    it('reports a folder without body.hbs or body.json', () => {
      const problem = problemOf('khong-noi-dung');
      expect(problem).toMatchObject({ file: path.join(builtIn, 'khong-noi-dung'), line: null });
      expect(problem.message).toMatch(/body\.hbs hoặc body\.json/);
    });

    it('reports a manifest whose id is not its folder name', () => {
      const problem = problemOf('ma-khac-thu-muc');
      expect(problem.file).toBe(manifestFile('ma-khac-thu-muc'));
      expect(problem.message).toContain('“ma-khac”');
      expect(problem.message).toContain('“ma-khac-thu-muc”');
      expect(catalogue.templates.map((template) => template.manifest.id)).not.toContain('ma-khac');
    });
  });

  describe('partials', () => {
    it('reports a broken partial with its own file and line', () => {
      const problems = catalogue.problems.filter((problem) => problem.file === path.join(builtIn, 'partials', 'hong.hbs'));
      expect(problems).toHaveLength(1);
      expect(problems[0]!.line).toBe(2);
      expect(problems[0]!.message).toMatch(/lỗi cú pháp/);
    });

    it('points an error inside a partial at the partial, or at the line of the body that includes it', () => {
      const problem = problemOf('dung-partial-la');
      expect(problem.message).toContain('“khong-co”');
      expect([
        [path.join(builtIn, 'partials', 'so-lieu-la.hbs'), 2],
        [bodyFile('dung-partial-la'), 5],
      ]).toContainEqual([problem.file, problem.line]);
    });
  });
});

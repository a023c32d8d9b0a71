import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { borderedHeaderTables } from './bordered-header-tables';
import { landscapeAppendixSection } from './landscape-appendix-section';
import { toLegacyFontHtml, type LegacyVietnameseEncoding } from './legacy-font-html';
import { pandocReferenceDocx } from './pandoc-reference-docx';
import { softHyphensAsCharacters } from './soft-hyphen-characters';

const run = promisify(execFile);

/** The sources, typed as an office's clerk types a report; their expected contents are in the `.expected.json` files. */
export const handMadeReportsDirectory = path.resolve(import.meta.dirname, '../fixtures/hand-made-reports');

export const handMadeWordFixtureNames = [
  'xa-thang-11-2026.docx',
  'xa-thang-11-2026.doc',
  'dang-uy-phuong-nam-2026.docx',
  'so-quy-3-2026.docx',
  'xa-thang-10-2026-tcvn3.docx',
  'xa-thang-10-2026-vni.docx',
] as const;

export type HandMadeWordFixtureName = (typeof handMadeWordFixtureNames)[number];

type Recipe =
  | { kind: 'libreoffice'; source: string; encoding?: LegacyVietnameseEncoding; landscapeAppendix?: boolean }
  | { kind: 'pandoc'; source: string }
  | { kind: 'word97'; from: HandMadeWordFixtureName };

const recipes: Record<HandMadeWordFixtureName, Recipe> = {
  /** UBND xã, monthly report: LibreOffice from HTML, appendix turned into a landscape section. */
  'xa-thang-11-2026.docx': { kind: 'libreoffice', source: 'xa-thang-11-2026.html', landscapeAppendix: true },
  /** The same report saved by LibreOffice as Word 97 (.doc, OLE compound file). */
  'xa-thang-11-2026.doc': { kind: 'word97', from: 'xa-thang-11-2026.docx' },
  /** Đảng ủy phường, annual report in the Party layout: LibreOffice from HTML, portrait appendix after a page break. */
  'dang-uy-phuong-nam-2026.docx': { kind: 'libreoffice', source: 'dang-uy-phuong-nam-2026.html' },
  /** Provincial department, quarterly report: pandoc from markdown, Word heading styles, landscape appendix. */
  'so-quy-3-2026.docx': { kind: 'pandoc', source: 'so-quy-3-2026.md' },
  /** A short commune report typed in TCVN3 with `.VnTime` / `.VnTimeH` (source: the Unicode HTML). */
  'xa-thang-10-2026-tcvn3.docx': { kind: 'libreoffice', source: 'xa-thang-10-2026-unicode.html', encoding: 'tcvn3' },
  /** The same report typed in VNI with `VNI-Times`. */
  'xa-thang-10-2026-vni.docx': { kind: 'libreoffice', source: 'xa-thang-10-2026-unicode.html', encoding: 'vni' },
};

interface FixtureCache {
  directory: string;
  files: Map<HandMadeWordFixtureName, Promise<string>>;
  libreOfficeBatch?: Promise<void>;
  referenceDocx?: Promise<string>;
}

let cache: FixtureCache | undefined;
/** LibreOffice runs one at a time: they share the private profile of this process. */
let libreOfficeQueue: Promise<unknown> = Promise.resolve();

/**
 * The path of a hand-made Word fixture, built on first use in a temporary folder of this process and reused after:
 * the `.docx` files of the HTML sources by LibreOffice (all in one run), the markdown one by pandoc, the `.doc` by
 * LibreOffice from the commune's `.docx`.
 */
export function handMadeWordFixture(name: HandMadeWordFixtureName): Promise<string> {
  const state = fixtureCache();
  let file = state.files.get(name);
  if (!file) {
    file = makeFixture(state, name);
    state.files.set(name, file);
  }
  return file;
}

/** Removes the temporary folder; the next call builds the fixtures again. */
export function removeHandMadeWordFixtures(): void {
  if (!cache) return;
  rmSync(cache.directory, { recursive: true, force: true });
  cache = undefined;
}

function fixtureCache(): FixtureCache {
  if (!cache) {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'bao-cao-word-fixtures-'));
    process.once('exit', () => rmSync(directory, { recursive: true, force: true }));
    cache = { directory, files: new Map() };
  }
  return cache;
}

async function makeFixture(state: FixtureCache, name: HandMadeWordFixtureName): Promise<string> {
  const recipe = recipes[name];
  const output = path.join(state.directory, 'out', name);
  switch (recipe.kind) {
    case 'libreoffice': {
      state.libreOfficeBatch ??= convertHtmlSources(state);
      await state.libreOfficeBatch;
      await rewriteParts(output, {
        'word/document.xml': (xml) => {
          let result = xml;
          if (recipe.encoding === 'tcvn3') result = softHyphensAsCharacters(result);
          if (recipe.landscapeAppendix) result = landscapeAppendixSection(result);
          return result;
        },
      });
      return output;
    }
    case 'pandoc': {
      state.referenceDocx ??= writeReferenceDocx(state.directory);
      const reference = await state.referenceDocx;
      await mkdir(path.dirname(output), { recursive: true });
      await run(
        'pandoc',
        ['-f', 'markdown', '-t', 'docx', '--reference-doc', reference, '-o', output, path.join(handMadeReportsDirectory, recipe.source)],
        {
          timeout: 60_000,
        },
      );
      await rewriteParts(output, {
        'word/document.xml': (xml) => landscapeAppendixSection(borderedHeaderTables(xml)),
        // The bullet of the one Word list is the hyphen an office uses, not pandoc's "•".
        'word/numbering.xml': (xml) => xml.replaceAll('<w:lvlText w:val="•" />', '<w:lvlText w:val="-" />'),
      });
      return output;
    }
    case 'word97': {
      const docx = await handMadeWordFixture(recipe.from);
      await libreOffice(state.directory, 'doc:MS Word 97', [docx], path.dirname(output));
      if (!existsSync(output)) throw new Error(`LibreOffice wrote no ${name}`);
      return output;
    }
  }
}

/** Every HTML-based fixture in one LibreOffice run (the legacy-font ones from their transcoded copy). */
async function convertHtmlSources(state: FixtureCache): Promise<void> {
  const sourceDirectory = path.join(state.directory, 'sources');
  await mkdir(sourceDirectory, { recursive: true });
  const inputs: string[] = [];
  for (const name of handMadeWordFixtureNames) {
    const recipe = recipes[name];
    if (recipe.kind !== 'libreoffice') continue;
    const html = await readFile(path.join(handMadeReportsDirectory, recipe.source), 'utf8');
    const input = path.join(sourceDirectory, name.replace(/\.docx$/, '.html'));
    await writeFile(input, recipe.encoding ? toLegacyFontHtml(html, recipe.encoding) : html);
    inputs.push(input);
  }
  const outputDirectory = path.join(state.directory, 'out');
  await libreOffice(state.directory, 'docx:MS Word 2007 XML', inputs, outputDirectory);
  for (const input of inputs) {
    const output = path.join(outputDirectory, path.basename(input).replace(/\.html$/, '.docx'));
    if (!existsSync(output)) throw new Error(`LibreOffice wrote no ${path.basename(output)}`);
  }
}

function libreOffice(directory: string, target: string, files: string[], outputDirectory: string): Promise<void> {
  const profile = pathToFileURL(path.join(directory, 'libreoffice-profile')).href;
  const next = libreOfficeQueue.then(() =>
    run('soffice', ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', target, '--outdir', outputDirectory, ...files], {
      timeout: 180_000,
    }),
  );
  libreOfficeQueue = next.catch(() => undefined);
  return next.then(() => undefined);
}

async function writeReferenceDocx(directory: string): Promise<string> {
  const file = path.join(directory, 'pandoc-reference.docx');
  await writeFile(file, await pandocReferenceDocx());
  return file;
}

async function rewriteParts(file: string, transforms: Record<string, (xml: string) => string>): Promise<void> {
  const files = unzipSync(new Uint8Array(await readFile(file)));
  let changed = false;
  for (const [name, transform] of Object.entries(transforms)) {
    const part = files[name];
    if (!part) throw new Error(`${path.basename(file)} has no ${name}`);
    const xml = strFromU8(part);
    const rewritten = transform(xml);
    if (rewritten === xml) continue;
    files[name] = strToU8(rewritten);
    changed = true;
  }
  if (changed) await writeFile(file, zipSync(files));
}

import { foldText } from '../checks/fold-text';
import { paragraphsOf, type WordBlock, type WordDocument, type WordParagraph, type WordTable } from '../word/word-document';
import { tidy } from './frame-fields';

/** The header block: the issuer's side and the nation's side, line by line. */
export interface HeaderFrame {
  format: 'state' | 'party';
  parentLines: string[];
  issuerLines: string[];
  numberLine: string | null;
  dateLine: string | null;
}

export interface SignatureFrame {
  /** Nơi nhận lines as printed, the archive line last. */
  recipientLines: string[];
  signerLines: string[];
  signerName: string | null;
}

export interface AppendixFrame {
  /** The paragraphs before the table: `Phụ lục`, its title, `(Kèm theo Báo cáo số …)`. */
  lines: string[];
  table: WordTable | null;
}

/**
 * The parts of an official report around its body, found by their structure: the header table with the national
 * name (or the Party's), the type name and trích yếu, Kính gửi, the recipients-and-signature table, and an appendix
 * after it. What is between is the body. Nothing is dropped: whatever is not recognised stays in the body.
 */
export interface DocumentFrame {
  header: HeaderFrame | null;
  title: string | null;
  subjectLines: string[];
  addresseeLines: string[];
  body: WordBlock[];
  signature: SignatureFrame | null;
  appendix: AppendixFrame | null;
}

export function documentFrame(document: WordDocument): DocumentFrame {
  const blocks = document.blocks;
  let index = 0;
  const skipEmpty = () => {
    while (index < blocks.length && isBlank(blocks[index]!)) index += 1;
  };

  skipEmpty();
  const headerBlock = blocks[index];
  const header = headerBlock?.kind === 'table' ? headerFrame(headerBlock) : null;
  if (header) index += 1;

  skipEmpty();
  let title: string | null = null;
  const subjectLines: string[] = [];
  const titleParagraph = blocks[index];
  if (header && titleParagraph?.kind === 'paragraph' && isTypeName(titleParagraph.text)) {
    title = tidy(titleParagraph.text);
    index += 1;
    for (skipEmpty(); index < blocks.length; index += 1) {
      const block = blocks[index]!;
      if (block.kind !== 'paragraph' || isBlank(block)) break;
      if (isRule(block.text) || startsAddressees(block.text) || !isSubjectLine(block)) break;
      subjectLines.push(tidy(block.text));
    }
    while (index < blocks.length && (isBlank(blocks[index]!) || isRuleBlock(blocks[index]!))) index += 1;
  }

  const addresseeLines: string[] = [];
  const first = blocks[index];
  if (first?.kind === 'paragraph' && startsAddressees(first.text)) {
    addresseeLines.push(...textLines(first.text));
    index += 1;
    for (; index < blocks.length; index += 1) {
      const block = blocks[index]!;
      if (block.kind !== 'paragraph' || !/^[-–•+]\s*\S/u.test(tidy(block.text))) break;
      addresseeLines.push(...textLines(block.text));
    }
  }

  const signatureIndex = findSignature(blocks, index);
  const signatureBlock = signatureIndex >= 0 ? (blocks[signatureIndex] as WordTable) : null;
  const bodyEnd = signatureIndex >= 0 ? signatureIndex : appendixStart(blocks, index);
  const rest = blocks.slice(signatureIndex >= 0 ? signatureIndex + 1 : bodyEnd);
  return {
    header,
    title,
    subjectLines,
    addresseeLines,
    body: trimBlank(blocks.slice(index, bodyEnd)),
    signature: signatureBlock ? signatureFrame(signatureBlock) : null,
    appendix: appendixFrame(rest),
  };
}

function headerFrame(table: WordTable): HeaderFrame | null {
  const cells = table.rows[0] ?? [];
  if (cells.length < 2) return null;
  const linesOf = (blocks: readonly WordBlock[]) =>
    paragraphsOf(blocks)
      .flatMap(splitLines)
      .filter((paragraph) => !isBlank(paragraph) && !isRule(paragraph.text));
  const left = linesOf(cells[0]!.blocks).filter((paragraph) => tidy(paragraph.text) !== '*');
  const right = cells.slice(1).flatMap((cell) => linesOf(cell.blocks));
  const folded = right.map((paragraph) => foldText(tidy(paragraph.text)));
  const party = folded.some((text) => text.includes('đảng cộng sản việt nam'));
  const state = folded.some((text) => text.includes('cộng hòa xã hội chủ nghĩa việt nam'));
  if (!party && !state) return null;
  const numberAt = left.findIndex((paragraph) => /^Số(?=[\s:]|$)/u.test(tidy(paragraph.text)));
  const names = numberAt >= 0 ? left.slice(0, numberAt) : left;
  // The issuing body is printed bold under its regular parent; without any bold, the last line is the issuer.
  const firstBold = names.findIndex(
    (paragraph) => paragraph.runs.length > 0 && paragraph.runs.every((run) => run.bold || !run.text.trim()),
  );
  let issuerFrom = firstBold >= 0 ? firstBold : Math.max(0, names.length - 1);
  // `ỦY BAN NHÂN DÂN` over `XÃ …` is one name, the issuer's, whatever weight the first line was typed in.
  if (issuerFrom === 1 && isCouncilName(names[0]!.text) && isLocalUnit(names[1]?.text ?? '')) issuerFrom = 0;
  const dateParagraph = right.find((paragraph) => /ngày.*tháng.*năm/iu.test(tidy(paragraph.text)));
  return {
    format: party ? 'party' : 'state',
    parentLines: names.slice(0, issuerFrom).map((paragraph) => tidy(paragraph.text)),
    issuerLines: names.slice(issuerFrom).map((paragraph) => tidy(paragraph.text)),
    numberLine: numberAt >= 0 ? tidy(left[numberAt]!.text) : null,
    dateLine: dateParagraph ? tidy(dateParagraph.text) : null,
  };
}

/** The last table before the appendix whose first cell opens with `Nơi nhận`. */
function findSignature(blocks: readonly WordBlock[], from: number): number {
  const end = appendixStart(blocks, from);
  for (let index = end - 1; index >= from; index -= 1) {
    const block = blocks[index]!;
    if (block.kind !== 'table') continue;
    const firstCell = block.rows[0]?.[0];
    const firstLine = firstCell ? paragraphsOf(firstCell.blocks).find((paragraph) => !isBlank(paragraph)) : undefined;
    if (firstLine && /^Nơi\s+nhận/iu.test(tidy(firstLine.text))) return index;
  }
  return -1;
}

/** Where the appendix begins: after the section whose last paragraph ends the main one, or at `Phụ lục`. */
function appendixStart(blocks: readonly WordBlock[], from: number): number {
  for (let index = from; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    if (block.kind === 'paragraph' && /^Phụ\s+lục\b/iu.test(tidy(block.text)) && index > from) {
      const before = blocks[index - 1]!;
      if (before.kind === 'table' || (before.kind === 'paragraph' && (before.endsSection || isBlank(before)))) return index;
    }
  }
  return blocks.length;
}

function signatureFrame(table: WordTable): SignatureFrame {
  const cells = table.rows.flat();
  const lines = (blocks: readonly WordBlock[]) => paragraphsOf(blocks).flatMap((paragraph) => textLines(paragraph.text));
  const recipients = lines(cells[0]?.blocks ?? []).slice(1);
  const signer = cells.slice(1).flatMap((cell) => lines(cell.blocks));
  return {
    recipientLines: recipients,
    signerLines: signer.slice(0, -1),
    signerName: signer.length > 1 ? signer[signer.length - 1]! : null,
  };
}

function appendixFrame(blocks: readonly WordBlock[]): AppendixFrame | null {
  const content = trimBlank(blocks);
  if (content.length === 0) return null;
  const tableAt = content.findIndex((block) => block.kind === 'table');
  const before = tableAt >= 0 ? content.slice(0, tableAt) : content;
  return {
    lines: paragraphsOf(before)
      .filter((paragraph) => !isBlank(paragraph))
      .map((paragraph) => tidy(paragraph.text)),
    table: tableAt >= 0 ? (content[tableAt] as WordTable) : null,
  };
}

/** The lines of a paragraph broken with line breaks, as a paragraph each; runs are cut at the breaks. */
function splitLines(paragraph: WordParagraph): WordParagraph[] {
  if (!paragraph.text.includes('\n')) return [paragraph];
  const lines: WordParagraph[] = [];
  let runs: WordParagraph['runs'] = [];
  const close = () => {
    lines.push({ ...paragraph, runs, text: runs.map((run) => run.text).join('') });
    runs = [];
  };
  for (const run of paragraph.runs) {
    run.text.split('\n').forEach((piece, index) => {
      if (index > 0) close();
      if (piece) runs.push({ ...run, text: piece });
    });
  }
  close();
  return lines;
}

function textLines(text: string): string[] {
  return text.split('\n').map(tidy).filter(Boolean);
}

function isCouncilName(text: string): boolean {
  return /^(ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN$|^HỘI\s+ĐỒNG\s+NHÂN\s+DÂN$/u.test(tidy(text));
}

function isLocalUnit(text: string): boolean {
  return /^(XÃ|PHƯỜNG|ĐẶC KHU|THỊ TRẤN|TỈNH|THÀNH PHỐ|QUẬN|HUYỆN|THỊ XÃ)\s/u.test(tidy(text));
}

function isTypeName(text: string): boolean {
  const written = tidy(text);
  return written.length > 0 && written.length <= 40 && written === written.toLocaleUpperCase('vi') && /\p{L}/u.test(written);
}

function isSubjectLine(paragraph: WordParagraph): boolean {
  return paragraph.alignment === 'center' || paragraph.runs.every((run) => run.bold || !run.text.trim());
}

function startsAddressees(text: string): boolean {
  return /^Kính\s+gửi\b/iu.test(tidy(text));
}

function isRule(text: string): boolean {
  return /^[-_–—*.\s]{3,}$/u.test(text.trim());
}

function isRuleBlock(block: WordBlock): boolean {
  return block.kind === 'paragraph' && isRule(block.text);
}

function isBlank(block: WordBlock): boolean {
  return block.kind === 'paragraph' && tidy(block.text) === '';
}

function trimBlank(blocks: readonly WordBlock[]): WordBlock[] {
  let start = 0;
  let end = blocks.length;
  while (start < end && isBlank(blocks[start]!)) start += 1;
  while (end > start && isBlank(blocks[end - 1]!)) end -= 1;
  return blocks.slice(start, end);
}

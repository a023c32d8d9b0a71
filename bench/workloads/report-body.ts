import type { BlockNode, BodyDocument, InlineNode } from '../../core/body/body-schema';
import { bulletList, heading, paragraph, taskList } from '../../core/body/build-body';
import type { FieldGroup, IndicatorRow } from '../../core/indicators/indicator-row';
import { followingPeriodName, periodLabel, periodNameWithoutYear } from '../../core/periods/period-label';
import { projectTable, summaryTable, tableCaption, wardTable } from './body-tables';
import { causes, proposals, shortcomings, topicsByGroup } from './vietnamese-phrases';
import {
  capitalise,
  figureOf,
  figureSentence,
  inline,
  plainSentence,
  taskSentence,
  wardSentence,
  wordsIn,
  type ProseContext,
  type Sentence,
} from './vietnamese-prose';

export interface BodyRequest extends ProseContext {
  groups: readonly FieldGroup[];
  /** The issuer as the text names it: `UBND quận`. */
  issuer: string;
  /** Words of the whole body as printed (figures written out). */
  targetWords: number;
  /** Tables in the body, spread over the results by field. */
  tableCount: number;
}

/** About how many words a block of the results holds, to spread the subsections of an annual report. */
const wordsPerBlock = 110;

/** How the words of the body are shared between its sections. */
const sectionShares = { results: 0.62, previousTasks: 0.04, shortcomings: 0.1, tasks: 0.2, proposals: 0.04 };

/**
 * The body of a review report in the structure of the built-in templates: results by field (with figures in the
 * prose, ward detail and tables), last period's key tasks as a checklist, shortcomings and causes, the key tasks
 * of the next period (an annual report adds next year's targets) and proposals. Stops adding paragraphs to each
 * section when its share of `targetWords` is written.
 */
export function buildReportBody(request: BodyRequest): BodyDocument {
  const writer = new BodyWriter(request);
  return writer.write();
}

class BodyWriter {
  private blocks: BlockNode[] = [];
  private words = 0;
  private tablesWritten = 0;
  private readonly annual: boolean;
  private readonly totals: IndicatorRow[];
  private readonly wardsByTotal: Map<string, IndicatorRow[]>;

  constructor(private readonly request: BodyRequest) {
    this.annual = request.period.kind === 'year';
    this.wardsByTotal = wardsByTotal(request.rows);
    const wardIds = new Set([...this.wardsByTotal.values()].flat().map((row) => row.id));
    this.totals = request.rows.filter((row) => !wardIds.has(row.id));
  }

  write(): BodyDocument {
    const { request } = this;
    const periodName = periodNameWithoutYear(request.period);
    this.add(
      paragraph(
        `Thực hiện Chương trình công tác năm ${request.period.year} của Thành ủy, UBND thành phố và Nghị quyết của HĐND quận, ${request.issuer} báo cáo kết quả thực hiện nhiệm vụ ${periodLabel(request.period)} như sau:`,
      ),
    );

    this.add(heading(1, `I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ${periodName.toUpperCase()}`, 'results'));
    this.add(
      paragraph(
        `${capitalise(periodName)}, trong bối cảnh còn nhiều khó khăn, thách thức, ${request.issuer} đã tập trung chỉ đạo, điều hành quyết liệt, linh hoạt; tình hình kinh tế - xã hội, quốc phòng - an ninh trên địa bàn tiếp tục ổn định và có bước phát triển.`,
      ),
    );
    const resultsWords = request.targetWords * sectionShares.results;
    const perGroup = resultsWords / request.groups.length;
    const tablesPerGroup = spread(request.tableCount, request.groups.length);
    request.groups.forEach((group, index) => this.resultsOfGroup(group, index, perGroup, tablesPerGroup[index]!));

    this.add(heading(2, `${request.groups.length + 1}. Kết quả thực hiện các nhiệm vụ trọng tâm ${periodName}`, 'previous-tasks'));
    this.add(paragraph(`Các nhiệm vụ trọng tâm đề ra cho ${periodName} cơ bản được triển khai đúng tiến độ, cụ thể:`));
    const taskCount = Math.max(5, Math.round((request.targetWords * sectionShares.previousTasks) / 28));
    this.add(
      taskList(
        Array.from({ length: taskCount }, (_, index) => ({
          text: taskSentence(request, request.groups[index % request.groups.length]!.id),
          checked: request.random.chance(0.75),
        })),
      ),
    );

    this.shortcomingsSection(request.targetWords * sectionShares.shortcomings);
    this.tasksSection(request.targetWords * sectionShares.tasks);
    this.proposalsSection(request.targetWords * sectionShares.proposals);
    return { type: 'doc', content: this.blocks };
  }

  /**
   * The results of one field until its share of words is written: of every five blocks four are paragraphs on the
   * field's indicators (figures mixed with prose) and the fifth an activity list or a prose paragraph; a table after
   * every third block until the field's tables are placed. An annual report also splits the field into lettered
   * subsections by topic, evenly over the field's words.
   */
  private resultsOfGroup(group: FieldGroup, index: number, budget: number, tables: number): void {
    this.add(heading(2, `${index + 1}. ${group.name}`));
    const until = this.words + budget;
    const totals = this.totals.filter((row) => row.group === group.id);
    const topics = this.annual ? (topicsByGroup[group.id] ?? []).slice(0, 4) : [];
    const blocksPerTopic = topics.length > 0 ? Math.max(2, Math.ceil(budget / wordsPerBlock / topics.length)) : 0;
    let tablesLeft = tables;
    let blocks = 0;
    while ((this.words < until || tablesLeft > 0) && blocks < 2000) {
      const topic = blocksPerTopic > 0 && blocks % blocksPerTopic === 0 ? topics[blocks / blocksPerTopic] : undefined;
      if (topic) this.add(heading(3, `${String.fromCharCode(97 + blocks / blocksPerTopic)}) ${capitalise(topic)}`));
      const total = totals.length > 0 ? totals[blocks % totals.length] : undefined;
      if (total && blocks % 5 !== 3) this.add(this.figureParagraph(group.id, total));
      else if (blocks % 2 === 1) this.add(this.activityList(group.id));
      else this.add(this.proseParagraph(group.id));
      blocks += 1;
      if (tablesLeft > 0 && (blocks % 3 === 0 || this.words >= until)) {
        this.table(group.id, totals);
        tablesLeft -= 1;
      }
    }
  }

  private figureParagraph(group: string, total: IndicatorRow): BlockNode {
    const { request } = this;
    const random = request.random;
    const sentences: Sentence[] = [];
    if (random.chance(0.6)) sentences.push(inline(plainSentence(request, group)));
    sentences.push(figureSentence(request, total, random.chance(0.5) ? `Trong ${periodNameWithoutYear(request.period)}` : null));
    const wards = this.wardsByTotal.get(total.id) ?? [];
    if (wards.length > 0 && random.chance(0.35)) sentences.push(wardSentence(request, random.sample(wards, random.integer(2, 3))));
    const other = this.totals.filter((row) => row.group === group && row.id !== total.id);
    if (other.length > 0 && random.chance(0.4)) sentences.push(figureSentence(request, random.pick(other), null));
    sentences.push(inline(plainSentence(request, group)));
    return { type: 'paragraph', content: joinSentences(sentences) };
  }

  private proseParagraph(group: string): BlockNode {
    const { request } = this;
    const count = request.random.integer(3, 5);
    return paragraph(Array.from({ length: count }, () => plainSentence(request, group)).join(' '));
  }

  private activityList(group: string): BlockNode {
    const { request } = this;
    const count = request.random.integer(3, 6);
    return bulletList(...Array.from({ length: count }, () => [plainSentence(request, group)]));
  }

  private table(group: string, totals: IndicatorRow[]): void {
    const { request } = this;
    const random = request.random;
    const number = this.tablesWritten + 1;
    const withWards = totals.filter((total) => this.wardsByTotal.has(total.id));
    const kind = number % 3;
    if (kind === 1 && withWards.length > 0) {
      const total = withWards[(number >> 1) % withWards.length]!;
      const wards = this.wardsByTotal.get(total.id) ?? [];
      this.add(tableCaption(number, `${total.name} phân theo phường`));
      this.add(wardTable(request, total, wards));
    } else if (kind !== 0 && totals.length > 0) {
      this.add(
        tableCaption(
          number,
          `Một số chỉ tiêu chủ yếu lĩnh vực ${request.groups.find((candidate) => candidate.id === group)?.name.toLowerCase()}`,
        ),
      );
      this.add(summaryTable(request, random.sample(totals, Math.min(totals.length, random.integer(5, 8)))));
    } else {
      this.add(tableCaption(number, 'Tiến độ thực hiện các dự án trên địa bàn'));
      this.add(projectTable(request, random.integer(6, 10)));
    }
    this.tablesWritten += 1;
  }

  private shortcomingsSection(budget: number): void {
    const { request } = this;
    const random = request.random;
    const until = this.words + budget;
    this.add(heading(1, 'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN', 'shortcomings'));
    this.add(heading(2, '1. Tồn tại, hạn chế'));
    this.add(bulletList(...random.sample(shortcomings, random.integer(4, 6)).map((item) => [`${capitalise(item)}.`])));
    this.add(heading(2, '2. Nguyên nhân'));
    this.add(paragraph(`Nguyên nhân khách quan: ${random.sample(causes, 2).join('; ')}.`));
    this.add(paragraph(`Nguyên nhân chủ quan: ${random.sample(causes, 2).join('; ')}; công tác phối hợp có lúc, có việc chưa chặt chẽ.`));
    if (this.annual) this.add(heading(2, '3. Bài học kinh nghiệm'));
    while (this.words < until) this.add(this.proseParagraph(random.pick(request.groups).id));
  }

  private tasksSection(budget: number): void {
    const { request } = this;
    const random = request.random;
    const until = this.words + budget;
    const following = followingPeriodName(request.period);
    if (this.annual) {
      this.add(heading(1, `III. PHƯƠNG HƯỚNG, NHIỆM VỤ ${following.toUpperCase()}`, 'tasks'));
      this.add(heading(2, '1. Các chỉ tiêu chủ yếu'));
      const targets = this.totals.filter((row) => (row.nextYearPlans ?? []).length > 0).slice(0, 24);
      this.add(bulletList(...targets.map((row) => inline(`${row.name} `, figureOf(request, row, 'next-year-plan'), ';') as InlineNode[])));
      this.add(heading(2, '2. Nhiệm vụ, giải pháp trọng tâm'));
      request.groups.forEach((group, index) => {
        this.add(heading(3, `${String.fromCharCode(97 + index)}) ${group.name}`));
        this.add(bulletList(...Array.from({ length: random.integer(3, 5) }, () => [taskSentence(request, group.id)])));
        const groupUntil = this.words + (until - this.words) / (request.groups.length - index);
        while (this.words < groupUntil) this.add(this.proseParagraph(group.id));
      });
      return;
    }
    this.add(heading(1, `III. NHIỆM VỤ TRỌNG TÂM ${following.toUpperCase()}`, 'tasks'));
    this.add(
      paragraph('Tiếp tục phát huy các kết quả đạt được, thời gian tới, quận tập trung chỉ đạo thực hiện các nhiệm vụ trọng tâm sau:'),
    );
    const items: string[] = [];
    let index = 0;
    while (this.words + items.join(' ').split(/\s+/).length < until && index < 400) {
      items.push(taskSentence(request, request.groups[index % request.groups.length]!.id));
      index += 1;
    }
    this.add(bulletList(...items.map((item) => [item])));
  }

  private proposalsSection(budget: number): void {
    const { request } = this;
    const until = this.words + budget;
    this.add(heading(1, 'IV. ĐỀ XUẤT, KIẾN NGHỊ', 'proposals'));
    this.add(bulletList(...request.random.sample(proposals, 3).map((item) => [`${item}.`])));
    while (this.words < until) this.add(this.proseParagraph(request.random.pick(request.groups).id));
  }

  private add(block: BlockNode): void {
    this.blocks.push(block);
    this.words += wordsOfBlock(block, this.request);
  }
}

/** Ward rows are named after their total: `<name of the total>: phường …`. */
function wardsByTotal(rows: readonly IndicatorRow[]): Map<string, IndicatorRow[]> {
  const totalsByName = new Map(rows.map((row) => [row.name, row]));
  const wards = new Map<string, IndicatorRow[]>();
  for (const row of rows) {
    const separator = row.name.lastIndexOf(': phường ');
    const total = separator > 0 ? totalsByName.get(row.name.slice(0, separator)) : undefined;
    if (total) wards.set(total.id, [...(wards.get(total.id) ?? []), row]);
  }
  return wards;
}

function joinSentences(sentences: Sentence[]): InlineNode[] {
  const parts: (string | InlineNode)[] = [];
  sentences.forEach((sentence, index) => {
    if (index > 0) parts.push(' ');
    parts.push(...sentence);
  });
  return inline(...(parts as Parameters<typeof inline>));
}

function wordsOfBlock(block: BlockNode, context: Pick<ProseContext, 'period' | 'rows'>): number {
  if (block.type === 'paragraph' || block.type === 'heading') return wordsIn((block.content ?? []) as InlineNode[], context);
  return ((block.content ?? []) as BlockNode[]).reduce((sum, child) => sum + wordsOfBlock(child, context), 0);
}

/** `count` split into `parts` near-equal whole numbers, the larger first. */
function spread(count: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, index) => Math.floor(count / parts) + (index < count % parts ? 1 : 0));
}

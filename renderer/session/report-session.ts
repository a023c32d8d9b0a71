import type { BodyDocument } from '../../core/body/body-schema';
import type { FieldGroup, IndicatorRow } from '../../core/indicators/indicator-row';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import type { Report, ReportMeta } from '../../core/report/report-schema';
import { call, CommandError } from '../api/api-client';

export type SessionEvent = 'body' | 'indicators' | 'meta' | 'saved' | 'status';

/** The parts of a report that change independently; each counts its edits. `indicators` is the rows and their groups. */
type EditedPart = 'body' | 'indicators' | 'meta';
export type Revision = Readonly<Record<EditedPart, number>>;

/**
 * What to do when a save finds the file changed elsewhere: write the draft over it, or leave the file as it is (the
 * draft stays on screen, unsaved), or — already done by the one who chose — the draft was kept in a file of its own.
 */
export type ConflictDecision = { kind: 'overwrite' } | { kind: 'leave' } | { kind: 'copied'; fileName: string };

/** Asked with the conflict's message and the draft as it is now. */
export type ConflictResolver = (message: string, draft: Report) => Promise<ConflictDecision>;

/** How long after a change the autosave copy is written; the promise is “within 2 s”. */
export const autosaveDelayMilliseconds = 800;

/**
 * The open report and what has happened to it: unsaved changes, the autosave copy written shortly after each
 * change, saving. The file on disk is never reloaded over unsaved edits; a failed save keeps everything in memory.
 */
export class ReportSession {
  private listeners = new Set<(event: SessionEvent) => void>();
  private pendingEdits = new Set<() => void>();
  private revisions: Record<EditedPart, number> = { body: 0, indicators: 0, meta: 0 };
  private autosaveTimer: ReturnType<typeof setTimeout> | null = null;
  dirty = false;
  status = '';
  lastError: string | null = null;

  constructor(
    readonly fileName: string,
    public report: Report,
    /** The file's version this report was loaded or last saved as; each save states it, so none undoes another's. */
    private version: string | null | undefined = undefined,
    /** Asked when the file changed on disk since it was loaded or last saved. */
    private readonly resolveConflict: ConflictResolver = async () => ({ kind: 'leave' }),
  ) {}

  subscribe(listener: (event: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * For an editor that copies its content into the report only when typing pauses: the report is marked changed at
   * once (so closing asks and the autosave is scheduled), and `flush` is called before anything reads the report.
   */
  registerPendingEdits(flush: () => void): () => void {
    this.pendingEdits.add(flush);
    return () => this.pendingEdits.delete(flush);
  }

  markEdited(): void {
    this.revisions.body += 1;
    if (!this.dirty) {
      this.dirty = true;
      this.setStatus('Có thay đổi chưa lưu');
    }
    this.scheduleAutosave();
  }

  /** Brings edits still held by an editor into the report. */
  flush(): void {
    for (const flush of this.pendingEdits) flush();
  }

  setBody(body: BodyDocument): void {
    this.report = { ...this.report, body };
    this.changed('body');
  }

  setIndicators(indicators: IndicatorRow[]): void {
    this.report = { ...this.report, indicators };
    this.changed('indicators');
  }

  /** The indicator list as the grid edits it: rows and field groups change together, as one part. */
  setIndicatorTable(indicators: IndicatorRow[], groups: FieldGroup[]): void {
    this.report = { ...this.report, indicators, groups };
    this.changed('indicators');
  }

  setMeta(meta: ReportMeta): void {
    this.report = { ...this.report, meta };
    this.changed('meta');
  }

  /** The organisation printed on the report; counted with the document details. */
  setOrganisation(organisation: OrganisationProfile): void {
    this.report = { ...this.report, organisation };
    this.changed('meta');
  }

  /** What has been edited so far; taken before a command that saves the report, given back to `applySaved`. */
  revision(): Revision {
    this.flush();
    return { ...this.revisions };
  }

  /**
   * Takes the report as a command saved it (an export, an estimate correction). A part edited while the command ran
   * keeps its edits, and the report then stays unsaved; only parts left alone take the saved version.
   */
  applySaved(saved: Report, before: Revision, version?: string): void {
    this.flush();
    if (version !== undefined) this.version = version;
    const unchanged = (part: EditedPart) => this.revisions[part] === before[part];
    this.report = {
      ...saved,
      body: unchanged('body') ? saved.body : this.report.body,
      indicators: unchanged('indicators') ? saved.indicators : this.report.indicators,
      groups: unchanged('indicators') ? saved.groups : this.report.groups,
      meta: unchanged('meta') ? saved.meta : this.report.meta,
      organisation: unchanged('meta') ? saved.organisation : this.report.organisation,
    };
    if (unchanged('indicators')) this.emit('indicators');
    if (unchanged('body')) this.emit('body');
    if (unchanged('meta')) this.emit('meta');
    if (unchanged('body') && unchanged('indicators') && unchanged('meta')) {
      this.dirty = false;
      this.emit('saved');
    } else {
      this.dirty = true;
      this.scheduleAutosave();
    }
  }

  /** What a command that writes the report file states as its base (`{}` for a session that knows no version). */
  basedOn(): { baseVersion?: string | null } {
    return this.version !== undefined ? { baseVersion: this.version } : {};
  }

  /**
   * Saves the report. One save at a time: a second (a repeated Ctrl+S, Lưu then closing) waits for the first and then
   * states the version the first wrote, rather than racing it and being taken for a change made elsewhere.
   */
  save(): Promise<boolean> {
    // What is saved is the report as it is now; edits made while waiting or writing stay unsaved.
    const before = this.revision();
    const report = this.report;
    const turn = this.saving.then(() => this.saveNow(false, before, report));
    this.saving = turn.catch(() => false);
    return turn;
  }

  private saving: Promise<boolean> = Promise.resolve(true);

  private async saveNow(overwrite: boolean, before: Revision, report: Report): Promise<boolean> {
    this.cancelAutosave();
    try {
      const saved = await call('saveReport', {
        fileName: this.fileName,
        report,
        ...this.basedOn(),
        ...(overwrite ? { overwrite: true } : {}),
      });
      this.version = saved.version;
      this.lastError = null;
      const time = new Date().toLocaleTimeString('vi-VN');
      // Edits made while the file was being written are not in it: the report stays unsaved, and its autosave goes on.
      if (this.editedSince(before)) {
        this.setStatus(`Đã lưu lúc ${time}; có thay đổi mới chưa lưu`);
        this.scheduleAutosave();
      } else {
        this.dirty = false;
        this.setStatus(`Đã lưu lúc ${time}`);
        this.emit('saved');
      }
      return true;
    } catch (error) {
      if (error instanceof CommandError && error.code === 'conflict' && !overwrite) {
        this.flush();
        const decision = await this.resolveConflict(error.message, this.report);
        if (decision.kind === 'overwrite') return this.saveNow(true, before, report);
        if (decision.kind === 'copied') {
          this.dirty = false;
          this.lastError = null;
          this.setStatus(`Đã lưu bản đang soạn thành tệp ${decision.fileName}; tệp ${this.fileName} giữ nguyên`);
          this.emit('saved');
          return true;
        }
      }
      this.lastError = (error as Error).message;
      this.setStatus(`Chưa lưu được: ${this.lastError}`);
      // What was typed stays on screen and in the autosave copy: nothing is lost while the other change is looked at.
      this.scheduleAutosave();
      return false;
    }
  }

  async writeAutosaveNow(): Promise<void> {
    this.flush();
    this.cancelAutosave();
    if (!this.dirty) return;
    try {
      await call('writeBackup', { fileName: this.fileName, report: this.report, ...this.basedOn() });
      this.setStatus('Có thay đổi chưa lưu (đã giữ bản tạm)');
    } catch (error) {
      this.setStatus(`Chưa ghi được bản tạm: ${(error as Error).message}`);
    }
  }

  dispose(): void {
    this.cancelAutosave();
    this.listeners.clear();
  }

  private editedSince(before: Revision): boolean {
    this.flush();
    return this.revisions.body !== before.body || this.revisions.indicators !== before.indicators || this.revisions.meta !== before.meta;
  }

  private changed(event: EditedPart): void {
    this.revisions[event] += 1;
    this.dirty = true;
    this.setStatus('Có thay đổi chưa lưu');
    this.emit(event);
    this.scheduleAutosave();
  }

  private scheduleAutosave(): void {
    this.cancelAutosave();
    this.autosaveTimer = setTimeout(() => void this.writeAutosaveNow(), autosaveDelayMilliseconds);
  }

  private cancelAutosave(): void {
    if (this.autosaveTimer) clearTimeout(this.autosaveTimer);
    this.autosaveTimer = null;
  }

  private setStatus(status: string): void {
    this.status = status;
    this.emit('status');
  }

  private emit(event: SessionEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

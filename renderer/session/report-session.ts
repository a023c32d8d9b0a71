import type { BodyDocument } from '../../core/body/body-schema';
import type { IndicatorRow } from '../../core/indicators/indicator-row';
import type { Report, ReportMeta } from '../../core/report/report-schema';
import { call } from '../api/api-client';

export type SessionEvent = 'body' | 'indicators' | 'meta' | 'saved' | 'status';

/** How long after a change the autosave copy is written; the promise is “within 2 s”. */
export const autosaveDelayMilliseconds = 800;

/**
 * The open report and what has happened to it: unsaved changes, the autosave copy written shortly after each
 * change, saving. The file on disk is never reloaded over unsaved edits; a failed save keeps everything in memory.
 */
export class ReportSession {
  private listeners = new Set<(event: SessionEvent) => void>();
  private pendingEdits = new Set<() => void>();
  private autosaveTimer: ReturnType<typeof setTimeout> | null = null;
  dirty = false;
  status = '';
  lastError: string | null = null;

  constructor(
    readonly fileName: string,
    public report: Report,
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

  setMeta(meta: ReportMeta): void {
    this.report = { ...this.report, meta };
    this.changed('meta');
  }

  /** Replaces the whole report (after an export or an estimate correction saved it on disk). */
  replace(report: Report): void {
    this.report = report;
    this.dirty = false;
    this.emit('indicators');
    this.emit('body');
    this.emit('meta');
    this.emit('saved');
  }

  async save(): Promise<boolean> {
    this.flush();
    this.cancelAutosave();
    try {
      await call('saveReport', { fileName: this.fileName, report: this.report });
      this.dirty = false;
      this.lastError = null;
      this.setStatus(`Đã lưu lúc ${new Date().toLocaleTimeString('vi-VN')}`);
      this.emit('saved');
      return true;
    } catch (error) {
      this.lastError = (error as Error).message;
      this.setStatus(`Chưa lưu được: ${this.lastError}`);
      this.scheduleAutosave();
      return false;
    }
  }

  async writeAutosaveNow(): Promise<void> {
    this.flush();
    this.cancelAutosave();
    if (!this.dirty) return;
    try {
      await call('writeBackup', { fileName: this.fileName, report: this.report });
      this.setStatus('Có thay đổi chưa lưu (đã giữ bản tạm)');
    } catch (error) {
      this.setStatus(`Chưa ghi được bản tạm: ${(error as Error).message}`);
    }
  }

  dispose(): void {
    this.cancelAutosave();
    this.listeners.clear();
  }

  private changed(event: SessionEvent): void {
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

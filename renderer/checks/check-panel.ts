import type { CheckFinding, CheckSeverity, CheckTarget } from '../../core/checks/check-finding';
import { call } from '../api/api-client';
import { element } from '../dom/element';
import { whenIdle } from '../dom/when-idle';
import type { ReportSession } from '../session/report-session';

const severityNames: Record<CheckSeverity, string> = { error: 'Lỗi', warning: 'Cảnh báo', information: 'Thông tin' };
const recheckDelayMilliseconds = 700;

export interface CheckPanel {
  element: HTMLElement;
  /** Runs the checks now and resolves with the findings. */
  run: () => Promise<CheckFinding[]>;
  destroy: () => void;
}

/**
 * The consistency checks of the open report, listed by severity. They run again shortly after every change;
 * clicking a finding jumps to the paragraph, the grid cell or the document field it is about.
 */
export function createCheckPanel(
  session: ReportSession,
  jump: (target: CheckTarget) => void,
  onCounts: (errors: number, warnings: number) => void,
): CheckPanel {
  const summary = element('p', { className: 'check-summary', attributes: { role: 'status', 'aria-live': 'polite' } });
  const list = element('ol', { className: 'check-list' });
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest = 0;

  const run = async (): Promise<CheckFinding[]> => {
    const ticket = ++latest;
    let findings: CheckFinding[];
    try {
      session.flush();
      findings = (await call('checkReport', { report: session.report })).findings;
    } catch (error) {
      summary.textContent = `Chưa kiểm tra được: ${(error as Error).message}`;
      return [];
    }
    if (ticket !== latest) return findings;
    const count = (severity: CheckSeverity) => findings.filter((finding) => finding.severity === severity).length;
    summary.textContent =
      findings.length === 0
        ? 'Không thấy lỗi nào.'
        : `${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('information')} thông tin.`;
    onCounts(count('error'), count('warning'));
    list.replaceChildren(
      ...findings.map((finding) =>
        element(
          'li',
          { className: `check-finding ${finding.severity}` },
          element(
            'button',
            { attributes: { type: 'button', 'data-code': finding.code }, on: { click: () => jump(finding.target) } },
            element('span', { className: 'check-severity', text: severityNames[finding.severity] }),
            element('span', { className: 'check-code', text: finding.code }),
            element('span', { className: 'check-message', text: finding.message }),
          ),
        ),
      ),
    );
    return findings;
  };

  const unsubscribe = session.subscribe((event) => {
    if (event !== 'body' && event !== 'indicators' && event !== 'meta') return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), recheckDelayMilliseconds);
  });
  // Opening a long report shows its text first, its findings once the page is idle.
  const cancelFirstRun = whenIdle(() => void run(), 2000);

  return {
    element: element(
      'div',
      { className: 'check-panel' },
      element('div', { className: 'check-actions' }, element('button', { text: 'Kiểm tra lại', on: { click: () => void run() } }), summary),
      list,
    ),
    run,
    destroy: () => {
      cancelFirstRun();
      unsubscribe();
      if (timer) clearTimeout(timer);
    },
  };
}

import { formatNumber } from '../../core/numbers/format-number';
import { parseNumber } from '../../core/numbers/parse-number';
import { call } from '../api/api-client';
import { openDialog, showMessage } from '../dialogs/dialog';
import { element } from '../dom/element';
import type { ReportSession } from '../session/report-session';

/**
 * Replaces last period's estimate (`ước`) of an indicator by the actual figure: the previous report is corrected and
 * this report's cumulative, built on it, follows. Unsaved edits are saved first, since both files are rewritten.
 */
export async function replacePreviousEstimate(session: ReportSession): Promise<void> {
  if (!session.report.provenance.derivedFrom) {
    await showMessage('Không có báo cáo kỳ trước', 'Báo cáo này không được tạo từ báo cáo kỳ trước nên không có số ước nào để thay.');
    return;
  }
  const flows = session.report.indicators.filter((row) => row.nature === 'flow' && row.cumulativeBase !== null);
  const request = await openDialog<{ indicatorId: string; actual: number }>('Thay số ước kỳ trước bằng số thực hiện', (close) => {
    const indicator = element(
      'select',
      { attributes: { 'aria-label': 'Chỉ tiêu' } },
      ...flows.map((row) => element('option', { attributes: { value: row.id }, text: `${row.name} (${row.unit})` })),
    );
    const actual = element('input', { attributes: { type: 'text', inputmode: 'decimal', 'aria-label': 'Số thực hiện kỳ trước' } });
    const preview = element('p', { className: 'field-message', attributes: { role: 'status' } });
    const read = () => parseNumber(actual.value);
    actual.addEventListener('input', () => {
      const result = read();
      preview.textContent =
        actual.value.trim() === '' ? '' : result.ok ? `= ${formatNumber(result.value, { decimals: 6 })}` : result.message;
    });
    return element(
      'form',
      { on: { submit: (event) => event.preventDefault() } },
      element('label', { className: 'field' }, element('span', { text: 'Chỉ tiêu' }), indicator),
      element('label', { className: 'field' }, element('span', { text: 'Số thực hiện của kỳ trước' }), actual),
      preview,
      element(
        'div',
        { className: 'dialog-buttons' },
        element('button', {
          className: 'primary',
          text: 'Thay số',
          on: {
            click: () => {
              const result = read();
              if (!result.ok) {
                preview.textContent = result.message;
                return;
              }
              close({ indicatorId: indicator.value, actual: result.value });
            },
          },
        }),
        element('button', { text: 'Hủy', attributes: { type: 'button' }, on: { click: () => close(null) } }),
      ),
    );
  });
  if (!request) return;
  if (session.dirty && !(await session.save())) return;
  try {
    const before = session.revision();
    const corrected = await call('replacePreviousEstimate', { fileName: session.fileName, ...request });
    session.applySaved(corrected.report, before, corrected.version);
    // Table edits made meanwhile were kept; the corrected cumulative base must still reach this report.
    const correctedBase = corrected.report.indicators.find((row) => row.id === request.indicatorId)?.cumulativeBase ?? null;
    if (session.report.indicators.some((row) => row.id === request.indicatorId && row.cumulativeBase !== correctedBase)) {
      session.setIndicators(
        session.report.indicators.map((row) => (row.id === request.indicatorId ? { ...row, cumulativeBase: correctedBase } : row)),
      );
    }
    await showMessage(
      'Đã thay số ước',
      `Báo cáo kỳ trước (${corrected.previousFileName}) đã ghi số thực hiện; lũy kế của báo cáo này đã được tính lại.`,
    );
  } catch (error) {
    await showMessage('Không thay được số ước', (error as Error).message);
  }
}

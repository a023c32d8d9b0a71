import type { Derivation, IndicatorRow } from '../../core/indicators/indicator-row';
import type { IndicatorTable, TableEdit } from '../../core/indicators/indicator-table';
import { describeDerivation } from '../../core/indicators/describe-derivation';
import { labelledField, openFormDialog } from '../dialogs/form-dialog';
import { element } from '../dom/element';

type DerivationKind = Derivation['kind'] | 'entered';

const kindLabels: Record<DerivationKind, string> = {
  entered: 'Nhập số liệu (không tính từ chỉ tiêu khác)',
  ratio: 'Tỷ lệ % của hai chỉ tiêu (thứ nhất / thứ hai × 100)',
  difference: 'Hiệu của hai chỉ tiêu (thứ nhất − thứ hai)',
  'plans-met': 'Số chỉ tiêu đạt kế hoạch trong một danh sách',
};

/**
 * “Cách tính” of one indicator: entered, or computed from others (598/612 hồ sơ đúng hạn = 97,7%; 14 hồ sơ quá hạn;
 * 7/7 chỉ tiêu đạt). `apply` makes the change or says why not; null when cancelled.
 */
export function openIndicatorDerivationForm(
  row: IndicatorRow,
  rows: readonly IndicatorRow[],
  apply: (derivation: Derivation | null) => TableEdit,
): Promise<IndicatorTable | null> {
  const others = rows.filter((candidate) => candidate.id !== row.id);
  const current = row.derivation;
  const kind = element(
    'select',
    { attributes: { name: 'derivation' } },
    ...(Object.keys(kindLabels) as DerivationKind[]).map((value) => element('option', { attributes: { value }, text: kindLabels[value] })),
  );
  kind.value = current?.kind ?? 'entered';
  const indicatorSelect = (name: string, chosen: string | undefined) => {
    const select = element(
      'select',
      { attributes: { name } },
      ...others.map((candidate) =>
        element('option', { attributes: { value: candidate.id }, text: `${candidate.name} (${candidate.unit || 'không đơn vị'})` }),
      ),
    );
    if (chosen) select.value = chosen;
    return select;
  };
  const first = indicatorSelect(
    'first',
    current?.kind === 'ratio' ? current.numerator : current?.kind === 'difference' ? current.minuend : undefined,
  );
  const second = indicatorSelect(
    'second',
    current?.kind === 'ratio' ? current.denominator : current?.kind === 'difference' ? current.subtrahend : others[1]?.id,
  );
  const counted = new Set(current?.kind === 'plans-met' ? current.indicators : []);
  const boxes = others
    .filter((candidate) => candidate.plans.length > 0)
    .map((candidate) => {
      const box = element('input', { attributes: { type: 'checkbox', name: 'counted', value: candidate.id } });
      box.checked = counted.has(candidate.id);
      return { box, label: element('label', { className: 'choice' }, box, ` ${candidate.name}`) };
    });
  const pair = element(
    'div',
    { className: 'field-row' },
    labelledField('Chỉ tiêu thứ nhất', first),
    labelledField('Chỉ tiêu thứ hai', second),
  );
  const list = element(
    'fieldset',
    { className: 'field-choices' },
    element('legend', { text: 'Các chỉ tiêu được đếm (chỉ tiêu có kế hoạch)' }),
    ...(boxes.length > 0 ? boxes.map((entry) => entry.label) : [element('p', { text: 'Chưa có chỉ tiêu nào có kế hoạch.' })]),
  );
  const preview = element('p', { className: 'field-message', attributes: { role: 'status' } });
  const chosen = (): Derivation | null => {
    switch (kind.value as DerivationKind) {
      case 'ratio':
        return { kind: 'ratio', numerator: first.value, denominator: second.value };
      case 'difference':
        return { kind: 'difference', minuend: first.value, subtrahend: second.value };
      case 'plans-met':
        return { kind: 'plans-met', indicators: boxes.filter((entry) => entry.box.checked).map((entry) => entry.box.value) };
      default:
        return null;
    }
  };
  const show = () => {
    const value = kind.value as DerivationKind;
    pair.hidden = value !== 'ratio' && value !== 'difference';
    list.hidden = value !== 'plans-met';
    const derivation = chosen();
    preview.textContent =
      derivation && (derivation.kind !== 'plans-met' || derivation.indicators.length > 0)
        ? `${row.name} ${describeDerivation(derivation, rows)}`
        : '';
  };
  for (const control of [kind, first, second, ...boxes.map((entry) => entry.box)]) control.addEventListener('change', show);
  show();
  return openFormDialog(`Cách tính: ${row.name}`, {
    message: current
      ? `Hiện được tính: ${describeDerivation(current, rows)}.`
      : 'Hiện nhập số liệu. Một chỉ tiêu được tính tự động theo chỉ tiêu khác, trong bài viết, bảng và phụ lục.',
    fields: [labelledField('Cách có số liệu', kind), pair, list, preview],
    submitLabel: 'Lưu cách tính',
    submit: () => {
      const derivation = chosen();
      if (derivation?.kind === 'plans-met' && derivation.indicators.length === 0) {
        return { ok: false, message: 'Hãy chọn ít nhất một chỉ tiêu để đếm.' };
      }
      const result = apply(derivation);
      return result.ok ? { ok: true, value: result.table } : result;
    },
  });
}

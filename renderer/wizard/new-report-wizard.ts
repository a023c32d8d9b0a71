import type { ReportListingView } from '../../core/api/application-results';
import { parsePeriodKey, periodKey } from '../../core/periods/period-key';
import { periodLabel } from '../../core/periods/period-label';
import { periodInProgress, suggestedPeriodAfter } from '../../core/periods/period-containing';
import { makePeriod, type Period, type PeriodKind } from '../../core/periods/period';
import type { ApplicationState } from '../app/application-state';
import { openDialog } from '../dialogs/dialog';
import { element } from '../dom/element';
import { officeKindOf } from '../../core/organisation/office-kinds';

export interface NewReportRequest {
  organisationId: string;
  templateId: string;
  periodKey: string;
  /** The report to start from; undefined starts from the blank template. */
  previousFileName?: string | null;
}

type Listing = Extract<ReportListingView, { ok: true }>;

/** The new-report wizard: organisation, template, period (the next one by default), and what to start from. */
export function askForNewReport(state: ApplicationState, preferredPrevious: string | null): Promise<NewReportRequest | null> {
  return openDialog<NewReportRequest>('Tạo báo cáo mới', (close) => {
    const reports = state.reports.filter((entry): entry is Listing => entry.ok);
    const preferred = reports.find((entry) => entry.fileName === preferredPrevious);
    const organisationSelect = element(
      'select',
      { attributes: { name: 'organisation', 'aria-label': 'Cơ quan, tổ chức' } },
      ...state.settings.organisations.map((organisation) =>
        element('option', {
          attributes: {
            value: organisation.id,
            selected: organisation.id === (preferred?.organisationId ?? state.settings.organisations[0]?.id),
          },
          text: organisation.issuerName,
        }),
      ),
    );
    const templateSelect = element('select', { attributes: { name: 'template', 'aria-label': 'Mẫu báo cáo' } });
    const yearInput = element('input', { attributes: { name: 'year', type: 'number', min: 1990, max: 2200, 'aria-label': 'Năm' } });
    const indexSelect = element('select', { attributes: { name: 'index', 'aria-label': 'Kỳ' } });
    const startSelect = element('select', { attributes: { name: 'start', 'aria-label': 'Bắt đầu từ' } });
    const summary = element('p', { className: 'wizard-summary' });

    const organisation = () => state.settings.organisations.find((candidate) => candidate.id === organisationSelect.value)!;
    const template = () => state.templates.find((candidate) => candidate.id === templateSelect.value);
    const kind = () => (template()?.periodKinds[0] ?? 'month') as PeriodKind;
    const organisationReports = () => reports.filter((entry) => entry.organisationId === organisationSelect.value);

    const fillTemplates = () => {
      const format = organisation().format;
      templateSelect.replaceChildren(
        ...state.templates
          .filter(
            (candidate) =>
              candidate.format === format && (candidate.organisationId ?? organisationSelect.value) === organisationSelect.value,
          )
          .map((candidate) => element('option', { attributes: { value: candidate.id }, text: candidate.name })),
      );
      const latest = preferred && preferred.organisationId === organisationSelect.value ? preferred : organisationReports()[0];
      // The template of the last report's kind of period (a month with none yet), written for this kind of office
      // (a commune's, a department's) when there is one; the district templates suit the offices of no kind of today.
      const periodKind = latest ? parsePeriodKey(latest.periodKey).kind : 'month';
      const officeKind = officeKindOf(organisation());
      const suits = (candidate: (typeof state.templates)[number]) =>
        officeKind ? candidate.offices.includes(officeKind) : candidate.offices.length === 0;
      const ofKind = state.templates.filter((candidate) => candidate.format === format && candidate.periodKinds.includes(periodKind));
      const chosen = ofKind.find(suits) ?? (latest ? ofKind[0] : undefined);
      if (chosen) templateSelect.value = chosen.id;
      fillPeriod();
    };
    const fillPeriod = () => {
      const latest = preferred && preferred.organisationId === organisationSelect.value ? preferred : organisationReports()[0];
      const suggestion: Period = latest
        ? suggestedPeriodAfter(parsePeriodKey(latest.periodKey), kind())
        : periodInProgress(kind(), new Date(), organisation().cutOffDay);
      yearInput.value = String(suggestion.year);
      const count = { month: 12, quarter: 4, half: 2, 'nine-months': 1, year: 1 }[kind()];
      indexSelect.replaceChildren(
        ...Array.from({ length: count }, (_, index) =>
          element('option', { attributes: { value: index + 1 }, text: indexName(kind(), index + 1) }),
        ),
      );
      indexSelect.value = String(suggestion.index);
      indexSelect.hidden = count === 1;
      fillStart();
    };
    const chosenPeriod = (): Period | null => {
      try {
        return makePeriod(kind(), Number(yearInput.value), Number(indexSelect.value || 1));
      } catch {
        return null;
      }
    };
    const fillStart = () => {
      const period = chosenPeriod();
      const earlier = organisationReports();
      startSelect.replaceChildren(
        ...earlier.map((entry) =>
          element('option', { attributes: { value: entry.fileName }, text: `Chuyển từ báo cáo ${entry.periodLabel}` }),
        ),
        element('option', { attributes: { value: '' }, text: 'Mẫu trống (không chuyển số liệu)' }),
      );
      if (preferred && earlier.includes(preferred)) startSelect.value = preferred.fileName;
      summary.textContent = period ? `Báo cáo ${periodLabel(period)} của ${organisation().issuerName}.` : 'Kỳ báo cáo chưa hợp lệ.';
    };

    organisationSelect.addEventListener('change', fillTemplates);
    templateSelect.addEventListener('change', fillPeriod);
    yearInput.addEventListener('input', fillStart);
    indexSelect.addEventListener('change', fillStart);
    fillTemplates();

    const create = element('button', {
      className: 'primary',
      text: 'Tạo báo cáo',
      on: {
        click: () => {
          const period = chosenPeriod();
          if (!period || !template()) {
            summary.textContent = 'Hãy chọn mẫu và một kỳ báo cáo hợp lệ.';
            return;
          }
          close({
            organisationId: organisationSelect.value,
            templateId: templateSelect.value,
            periodKey: periodKey(period),
            ...(startSelect.value ? { previousFileName: startSelect.value } : {}),
          });
        },
      },
    });
    return element(
      'form',
      { className: 'wizard', on: { submit: (event) => event.preventDefault() } },
      labelled('Cơ quan, tổ chức', organisationSelect),
      labelled('Mẫu báo cáo', templateSelect),
      element('div', { className: 'wizard-period' }, labelled('Kỳ', indexSelect), labelled('Năm', yearInput)),
      labelled('Bắt đầu từ', startSelect),
      summary,
      element(
        'div',
        { className: 'dialog-buttons' },
        create,
        element('button', { text: 'Hủy', attributes: { type: 'button' }, on: { click: () => close(null) } }),
      ),
    );
  });
}

function labelled(text: string, control: HTMLElement): HTMLElement {
  return element('label', { className: 'field' }, element('span', { text }), control);
}

function indexName(kind: PeriodKind, index: number): string {
  if (kind === 'month') return `Tháng ${index}`;
  if (kind === 'quarter') return `Quý ${['I', 'II', 'III', 'IV'][index - 1]}`;
  if (kind === 'half') return index === 1 ? '6 tháng đầu năm' : '6 tháng cuối năm';
  return kind === 'nine-months' ? '9 tháng' : 'Cả năm';
}

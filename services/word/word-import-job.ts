import { acceptableChanges } from '../../core/import/compare-with-export';
import type { FigureSuggestion } from '../../core/import/figure-suggestions';
import type { HandMadeSummary } from '../../core/import/hand-made-report';
import type { ImportChange } from '../../core/import/import-change';
import type { KnownIndicator } from '../../core/import/indicators-from-appendix';
import type { OrganisationReading } from '../../core/import/organisation-from-frame';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import type { Period } from '../../core/periods/period';
import type { Report } from '../../core/report/report-schema';
import { openWordFile } from './open-word-file';
import type { WordFileLimits } from './read-word-archive';

/**
 * One import of a Word file, as plain data so that it can be handed to a worker: the file, what the workspace knows
 * (its organisations and the indicators each follows) and, when the report is to be made, which changes to take.
 */
export interface WordImportRequest {
  bytes: Uint8Array;
  /** The file as the user knows it, for messages. */
  label: string;
  organisations: readonly OrganisationProfile[];
  /** The indicators each organisation of the workspace follows, by organisation id. */
  knownIndicators: Readonly<Record<string, readonly KnownIndicator[]>>;
  period: Period | null;
  fallbackPeriod?: Period;
  id: string;
  createdAt: string;
  /**
   * Absent: only read. `'default'`: take every change that can be taken (an exported file) or every figure
   * suggestion (a hand-made one). A list: take those ids only.
   */
  accept?: readonly string[] | 'default';
  limits?: WordFileLimits;
}

/** What the file says, and the report with the changes taken when they were asked for. */
export type WordImportReading =
  | {
      kind: 'exported';
      embedded: Report;
      changes: ImportChange[];
      notices: string[];
      /** The report with the accepted changes; the embedded report itself (`changed: false`) when none was taken. */
      taken: { report: Report; changed: boolean } | null;
    }
  | {
      kind: 'hand-made';
      report: Report;
      organisation: OrganisationReading;
      suggestions: FigureSuggestion[];
      summary: HandMadeSummary;
      periodNamed: boolean;
      /** The file was an old .doc, converted first. */
      converted: boolean;
      taken: { report: Report } | null;
    };

/** Reads the file and, when asked, makes the report: the whole of an import but the writing, in any thread. */
export async function runWordImportJob(request: WordImportRequest): Promise<WordImportReading> {
  const opened = await openWordFile(
    request.bytes,
    request.label,
    {
      organisations: request.organisations,
      knownIndicators: (organisationId) => (organisationId === null ? [] : (request.knownIndicators[organisationId] ?? [])),
      period: request.period,
      ...(request.fallbackPeriod ? { fallbackPeriod: request.fallbackPeriod } : {}),
      id: request.id,
      createdAt: request.createdAt,
    },
    request.limits,
  );
  const { accept } = request;
  if (opened.kind === 'exported') {
    const { embedded, changes, notices, apply } = opened.analysis;
    let taken = null;
    if (accept !== undefined) {
      const report = apply(accept === 'default' ? acceptableChanges(changes) : new Set(accept));
      taken = { report, changed: report !== embedded };
    }
    return { kind: 'exported', embedded, changes, notices, taken };
  }
  const { report, organisation, suggestions, summary, periodNamed, apply } = opened.analysis;
  const taken =
    accept === undefined
      ? null
      : { report: apply(new Set(accept === 'default' ? suggestions.map((suggestion) => suggestion.id) : accept)) };
  return { kind: 'hand-made', report, organisation, suggestions, summary, periodNamed, converted: opened.converted, taken };
}

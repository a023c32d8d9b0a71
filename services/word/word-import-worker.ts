import { parentPort } from 'node:worker_threads';
import { ReportFileError } from '../../core/report/read-report';
import { runWordImportJob, type WordImportRequest } from './word-import-job';
import type { WorkerAnswer } from './word-import-in-worker';

/** The worker's side of `importInWorker`: one request in, one answer out, then the worker is ended by its owner. */
parentPort?.once('message', (request: WordImportRequest) => {
  runWordImportJob(request).then(
    (reading) => parentPort?.postMessage({ ok: true, reading } satisfies WorkerAnswer),
    (error: unknown) => parentPort?.postMessage({ ok: false, failure: failureOf(error) } satisfies WorkerAnswer),
  );
});

function failureOf(error: unknown): Extract<WorkerAnswer, { ok: false }>['failure'] {
  if (error instanceof ReportFileError)
    return { kind: 'report-file', label: error.fileLabel, problems: error.problems, summary: error.summary };
  return {
    kind: 'other',
    name: error instanceof Error ? error.name : 'Error',
    message: error instanceof Error ? error.message : String(error),
  };
}

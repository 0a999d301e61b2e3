import { reportArtifactFiles, type ArtifactFile } from './artifact_files.js';
import type { ReportDocument } from './report_document.js';

export interface ReportArtifactTask {
  document: ReportDocument;
  markdown: string;
}

/** The worker-thread entry (piscina): a report's artifact files, rendered off the caller's event loop. */
export default function renderReportArtifacts(task: ReportArtifactTask): Promise<ArtifactFile[]> {
  return reportArtifactFiles(task.document, task.markdown);
}

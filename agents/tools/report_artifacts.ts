import type { Context } from '@google/adk';
import { renderArtifactFilesOffThread } from '../../tools/report/report_pool.js';
import type { ReportDocument } from '../../tools/report/report_document.js';

/**
 * Saves the report as ADK artifacts of the session (see reportArtifactFiles): `adk web` lists them
 * on the run and the API server serves them. Returns the names saved; none when the runner has no
 * artifact service (a bare Runner), which is not an error: the report is in state either way.
 */
export async function saveReportArtifacts(context: Context | undefined, document: ReportDocument, markdown: string): Promise<string[]> {
  if (!context?.invocationContext?.artifactService) return [];
  const files = await renderArtifactFilesOffThread(document, markdown);
  for (const { name, mimeType, data } of files) await context.saveArtifact(name, { inlineData: { data: Buffer.from(data).toString('base64'), mimeType } });
  return files.map(({ name }) => name);
}

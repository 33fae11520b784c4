/**
 * report-site check:data: loads and validates every dataset, then looks up
 * each number in the text of its report, where the report config names those
 * texts (sourceTexts) and they are present. Fails on a bad dataset or on a
 * number neither found nor explained.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadProject } from '../report/load-project.ts';
import { checkTranscription } from '../data/transcription.ts';
import { ReportInputError } from '../data/errors.ts';
import type { ReportSiteOptions } from '../report/options.ts';

export async function checkData(root: string, env: Record<string, string | undefined> = process.env, options: ReportSiteOptions = {}): Promise<number> {
  const { report, registry } = await loadProject(root, options);
  const sourcesDir = path.resolve(root, env.REPORT_SOURCES_DIR ?? report.sourceTexts?.dir ?? '../shared/sources');

  let failed = false;
  for (const dataset of registry.datasets.values()) {
    try {
      const { rows, file } = registry.load(dataset);
      console.log(`ok   ${dataset.id.padEnd(44)} ${String(rows.length).padStart(4)} rows  ${file}`);
    } catch (error) {
      failed = true;
      console.log(`FAIL ${dataset.id}\n${error instanceof ReportInputError ? error.message : String(error)}`);
    }
  }

  if (!failed && report.sourceTexts && fs.existsSync(sourcesDir)) {
    const { checked, unfound } = checkTranscription(registry, report.sourceTexts.files, (file) => fs.readFileSync(path.join(sourcesDir, file), 'utf8'));
    const unexplained = unfound.filter((item) => !item.explained);
    console.log(`\nTranscription: ${checked} numbers checked against the report texts; ${unfound.length} not found, ${unexplained.length} of them not explained in the dataset notes.`);
    for (const item of unfound) {
      console.log(`${item.explained ? 'explained ' : 'NOT FOUND '} ${item.file}:${item.line}, column "${item.column}": ${item.value} (searched ${item.searched})`);
    }
    if (unexplained.length > 0) failed = true;
  } else if (!failed && report.sourceTexts) {
    console.log(`\n${sourcesDir} not found: transcription check skipped.`);
  } else if (!failed) {
    console.log('\nThe report config names no source texts (sourceTexts): transcription check skipped.');
  }
  return failed ? 1 : 0;
}

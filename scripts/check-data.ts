/**
 * Loads and validates every dataset, then looks up each number in the text of
 * its report (when ../shared/sources/ is present):
 *   npm run check:data
 * Exits non-zero on a bad dataset or a number neither found nor explained.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadProject } from '../src/report/load-project.ts';
import { checkTranscription } from '../src/data/transcription.ts';
import { ReportInputError } from '../src/data/errors.ts';

const { report, registry } = await loadProject();
const SOURCES_DIR = path.resolve(process.env.REPORT_SOURCES_DIR ?? report.sourceTexts?.dir ?? '../shared/sources');

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

if (!failed && fs.existsSync(SOURCES_DIR)) {
  const { checked, unfound } = checkTranscription(registry, report.sourceTexts?.files ?? {}, (file) => fs.readFileSync(path.join(SOURCES_DIR, file), 'utf8'));
  const unexplained = unfound.filter((item) => !item.explained);
  console.log(`\nTranscription: ${checked} numbers checked against the report texts; ${unfound.length} not found, ${unexplained.length} of them not explained in the dataset notes.`);
  for (const item of unfound) {
    console.log(`${item.explained ? 'explained ' : 'NOT FOUND '} ${item.file}:${item.line}, column "${item.column}": ${item.value} (searched ${item.searched})`);
  }
  if (unexplained.length > 0) failed = true;
} else if (!failed) {
  console.log(`\n${SOURCES_DIR} not found: transcription check skipped.`);
}
process.exit(failed ? 1 : 0);

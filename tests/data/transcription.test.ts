/**
 * Every number in data/ appears in the text of the report it is cited to, or
 * is explained in its dataset's notes. Runs where ../shared/sources/ exists
 * (the report texts are not part of this repository).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { numbersInText, checkTranscription } from '../../src/data/transcription.ts';
import { registry } from '../../src/data/datasets.ts';
import { report } from '../../src/report/report.ts';

const SOURCES_DIR = path.resolve(process.env.REPORT_SOURCES_DIR ?? '../shared/sources');

describe('numbersInText', () => {
  it('reads numbers however the reports write them', () => {
    const numbers = numbersInText('inflows 1,287 and 1 554; "1,5 billion"; 38.2 million; 452,475 foreigners; 16.0%');
    for (const value of [1287, 1554, 1.5, 38.2, 452475, 16]) expect(numbers.has(value)).toBe(true);
    expect(numbers.has(1287.1)).toBe(false);
  });
});

describe.runIf(fs.existsSync(SOURCES_DIR))('transcription against ../shared/sources', () => {
  // Inside the tests: a skipped describe still runs its body.
  const check = () => checkTranscription(registry, report.sourceTexts?.files ?? {}, (file) => fs.readFileSync(path.join(SOURCES_DIR, file), 'utf8'));

  it('checks every numeric cell of every dataset', () => {
    expect(check().checked).toBeGreaterThan(50);
  });

  it('finds every number in its report, or the dataset notes explain it', () => {
    const { unfound } = check();
    expect(unfound.filter((item) => !item.explained).map((item) => `${item.file}:${item.line}, column "${item.column}": ${item.value}`)).toEqual([]);
  });
});

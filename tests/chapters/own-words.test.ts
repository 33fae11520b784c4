/**
 * Chapters are written afresh: no chapter shares a long run of words with the
 * report texts (names, titles and short factual phrases are fine; a copied
 * sentence or paragraph is not). Runs where ../shared/sources/ exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { proseOf, sharedPassages, words } from '../../src/chapters/shared-passages.ts';

const SOURCES_DIR = path.resolve(process.env.REPORT_SOURCES_DIR ?? '../shared/sources');
/** A run longer than this is a copied sentence, not a name or a list of places. */
const LONGEST_ALLOWED = 12;

describe('shared passages', () => {
  it('finds a copied sentence and ignores quoted phrases and components', () => {
    const source = 'The quick brown fox jumps over the lazy dog near the quiet river bank today.';
    const chapter = 'Intro. The quick brown fox jumps over the lazy dog near the river. <Cite source="x" /> "the lazy dog near the quiet river"';
    expect(sharedPassages(chapter, source, 6)).toEqual(['the quick brown fox jumps over the lazy dog near the']);
    expect(words(proseOf('| a | b |\n"quoted words here" and *A Title of a Work*'))).toEqual(['and']);
    expect(words(proseOf('<Figure id="x" description="Copied words of a report" />'))).toEqual(['copied', 'words', 'of', 'a', 'report']);
  });
});

describe.runIf(fs.existsSync(SOURCES_DIR))('chapters against the report texts', () => {
  it(`share no run of more than ${LONGEST_ALLOWED} words with a report`, () => {
    const reports = fs
      .readdirSync(SOURCES_DIR)
      .filter((file) => file.endsWith('.txt'))
      .map((file) => fs.readFileSync(path.join(SOURCES_DIR, file), 'utf8'))
      .join('\n');
    const copied = fs
      .readdirSync('content')
      .filter((file) => file.endsWith('.mdx'))
      .flatMap((file) =>
        sharedPassages(fs.readFileSync(path.join('content', file), 'utf8'), reports, LONGEST_ALLOWED + 1).map((passage) => `${file}: ${passage}`),
      );
    expect(copied).toEqual([]);
  });
});

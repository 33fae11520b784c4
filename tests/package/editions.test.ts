/**
 * Releasing a second edition with a correction, as docs/guides/editions-and-corrections.md
 * says, in a git repository of its own outside this one (a copy of examples/minimal/):
 * edition 1.0 is tagged with a mistyped number, the number is corrected with a note in
 * the chapter and in the dataset entry, edition 1.1 is listed, committed and tagged, and
 * the build with the earlier editions makes both, each page of 1.0 pointing to 1.1.
 * The commands are the guide's own, run in its order; the edits are its code blocks.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { stripVTControlCharacters } from 'node:util';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../build/build-site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GUIDE = fs.readFileSync(path.join(ROOT, 'docs/guides/editions-and-corrections.md'), 'utf8');
const blocks = (language: string) => [...GUIDE.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\``, 'gm'))].map((block) => block[1]!);
/** The guide's shell commands, in order. */
const COMMANDS = blocks('sh').flatMap((block) => block.split('\n').map((line) => line.trim()).filter(Boolean));

let work = '';
let report = '';
let built: { status: number | null; output: string };

function run(command: string, env: Record<string, string> = {}) {
  // This repository's node_modules/.bin first: its Node and astro, as npm gives an installed report its own.
  const PATH = `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`;
  const result = spawnSync('sh', ['-c', command], { cwd: report, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...cleanEnv(), PATH, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  if (result.status !== 0 && !command.includes('npm run build')) throw new Error(`${command} failed:\n${output}`);
  return { status: result.status, output };
}

function edit(file: string, from: string, to: string) {
  const absolute = path.join(report, file);
  const text = fs.readFileSync(absolute, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  fs.writeFileSync(absolute, text.replace(from, to));
}

const dist = (...parts: string[]) => path.join(report, 'dist', ...parts);
const page = (...parts: string[]) => parseHTML(fs.readFileSync(dist(...parts, 'index.html'), 'utf8')).document;
const json = (...parts: string[]) => JSON.parse(fs.readFileSync(dist(...parts), 'utf8'));
const inward2005 = (rows: { year: number; flow: string; component: string; usd_millions: number }[]) => rows.find((row) => row.year === 2005 && row.flow === 'Inward' && row.component === 'Total')?.usd_millions;

beforeAll(() => {
  // Inside this repository's .test-builds/, so the report finds its node_modules (the engine and its
  // dependencies) as any package would; it is a git repository of its own.
  fs.mkdirSync(path.join(ROOT, '.test-builds'), { recursive: true });
  work = fs.mkdtempSync(path.join(ROOT, '.test-builds', 'editions-'));
  report = path.join(work, 'report');
  fs.cpSync(path.join(ROOT, 'examples/minimal'), report, { recursive: true, filter: (file) => !/[/\\](node_modules|dist|\.astro)$/.test(file) });
  // Its dependencies are this repository's, the engine among them (Astro compiles a dependency that is an integration).
  const { dependencies } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  fs.writeFileSync(path.join(report, 'package.json'), `${JSON.stringify({ name: 'editions-report', private: true, type: 'module', scripts: { build: 'astro build' }, dependencies }, null, 2)}\n`);
  // Edition 1.0 as published, with a mistyped number (the source gives 693).
  edit('content/report.config.ts', "edition: { version: '0.1', date: '2026-12-02' },", "edition: { version: '1.0', date: '2027-01-10' },");
  edit('data/remittances/flows.csv', '2005,Inward,Total,693', '2005,Inward,Total,963');
  run('git init -q -b main && git config user.name Editor && git config user.email editor@example.org && git add -A && git commit -q -m "Edition 1.0"');

  // 1. Tag the edition you published.
  expect(COMMANDS).toEqual(['git tag v1.0', 'git add -A', 'git commit -m "Edition 1.1"', 'git tag v1.1', 'REPORT_EARLIER_EDITIONS=on npm run build']);
  run(COMMANDS[0]!);

  // 2. Record the correction where it is made: the chapter (both languages) and the dataset.
  const [mdx] = blocks('mdx');
  const note = /<Correction[\s\S]*<\/Correction>/.exec(mdx!)![0];
  edit('content/presets.mdx', "import { Figure } from 'report-site/components';", "import { Figure, Correction } from 'report-site/components';");
  edit('content/presets.mdx', '## Stacked bar', `${note}\n\n## Stacked bar`);
  edit('content/az/presets.mdx', "import { Figure } from 'report-site/components';", "import { Figure, Correction } from 'report-site/components';");
  edit('content/az/presets.mdx', '## Yığılmış sütunlar', '<Correction date="2027-02-01">\n  2005-ci il üzrə daxil olan pul köçürmələrinin yekunu səhvən 963 mln ABŞ dolları yazılmışdı; mənbədə 693 mln göstərilir.\n</Correction>\n\n## Yığılmış sütunlar');
  edit('data/remittances/flows.csv', '2005,Inward,Total,963', '2005,Inward,Total,693');
  const [entry, config] = blocks('ts');
  const [own, translated] = [...entry!.matchAll(/^\s*(corrections: .*)$/gm)].map((line) => line[1]!);
  edit('data/remittances/flows.ts', '  row: {', `  ${own}\n  row: {`);
  edit('data/remittances/flows.ts', "      columns: {\n        year: 'İl',", `      ${translated}\n      columns: {\n        year: 'İl',`);

  // 3. List the new edition.
  edit('content/report.config.ts', "edition: { version: '1.0', date: '2027-01-10' },", config!.trim());

  // 4. Commit and tag it; 5. build with the earlier editions.
  for (const command of COMMANDS.slice(1, 4)) run(command);
  built = run(COMMANDS[4]!, { SITE_URL: 'https://example.net', REPORT_PDF: 'off' });
}, 900_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('a second edition with a correction, released as the guide says', () => {
  it('builds both editions, with every link checked', () => {
    expect(built.status, built.output).toBe(0);
    expect(built.output).toContain('earlier editions: editions/1.0/');
    expect(built.output).toContain('every internal link and anchor resolves');
    expect(fs.existsSync(dist('editions/1.0/index.html'))).toBe(true);
    expect(fs.existsSync(dist('editions/1.0/az/presets/index.html'))).toBe(true);
  });

  it('keeps the number of each edition as that edition published it', () => {
    expect(inward2005(json('editions/1.0/data/flows.json').rows)).toBe(963);
    expect(inward2005(json('data/flows.json').rows)).toBe(693);
    expect(fs.readFileSync(dist('editions/1.0/data/flows.csv'), 'utf8')).toContain('2005,Inward,Total,963');
  });

  it('prints the correction where it was made, naming the edition that publishes it', () => {
    const note = page('presets').getElementById('correction-2027-02-01');
    expect(note?.textContent).toContain('Correction of 1 February 2027');
    expect(note?.textContent).toContain('mistyped as 963');
    expect(note?.textContent).toContain('Published in edition 1.1');
    expect(note?.querySelector('a')?.getAttribute('href')).toBe('/editions/');
    expect(page('az', 'presets').getElementById('correction-2027-02-01')?.textContent).toContain('1 fevral 2027 tarixli düzəliş');
    expect(page('editions', '1.0', 'presets').getElementById('correction-2027-02-01')).toBeNull();
  });

  it('gives the dataset its last edition and its corrections, in its JSON and on its page', () => {
    const current = json('data/flows.json');
    expect(current.lastChanged).toEqual({ edition: '1.1', date: '2027-03-01' });
    expect(current.corrections).toEqual([{ date: '2027-02-01', edition: '1.1', note: 'The 2005 inward total was mistyped as 963; the source gives 693.' }]);
    expect(json('az/data/flows.json').corrections[0].note).toContain('səhvən 963');
    expect(json('editions/1.0/data/flows.json').lastChanged).toEqual({ edition: '1.0', date: '2027-01-10' });
    const dataset = page('data', 'flows');
    expect(dataset.querySelector('.dataset-last-changed')?.textContent).toContain('edition 1.1 of 1 March 2027');
    expect(dataset.getElementById('corrections')?.nextElementSibling?.textContent).toContain('mistyped as 963');
    const jsonLd = JSON.parse(dataset.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(jsonLd).toMatchObject({ version: '1.1', dateModified: '2027-03-01' });
    expect(dataset.querySelector('#cite + .cite-report .figure-citation')?.textContent).toContain('edition 1.1, 1 March 2027. https://example.net/data/flows/');
  });

  it('lists both editions and the correction on the Editions and corrections page, with links to each', () => {
    const editions = page('editions');
    const headings = [...editions.querySelectorAll('main h2')].map((heading) => heading.textContent?.trim());
    expect(headings).toEqual(['Edition 1.1, 1 March 2027', 'Edition 1.0, 10 January 2027']);
    const links = [...editions.querySelectorAll('main a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/presets/#correction-2027-02-01', '/data/flows/#corrections', '/editions/1.0/']));
    expect(editions.querySelector('main')?.textContent).toContain('Corrected the 2005 inward remittances total.');
    expect(page('az', 'editions').querySelector('main')?.textContent).toContain('Birinci nəşr.');
    expect(page('az', 'editions').querySelector('a[href="/editions/1.0/az/"]')).not.toBeNull();
  });

  it('names the current edition on every page of the earlier one, and links to the same page in it', () => {
    const old = page('editions', '1.0', 'presets');
    const banner = old.querySelector('.report-edition-banner');
    expect(banner?.textContent).toContain('You are reading edition 1.0 of 10 January 2027');
    expect(banner?.textContent).toContain('The current edition is 1.1');
    expect(banner?.querySelector('a')?.getAttribute('href')).toBe('/presets/');
    expect(page('editions', '1.0', 'az', 'presets').querySelector('.report-edition-banner a')?.getAttribute('href')).toBe('/az/presets/');
    expect(page('presets').querySelector('.report-edition-banner')).toBeNull();
    // Its figures cite the edition they belong to.
    expect(old.querySelector('.figure-citation')?.textContent).toContain('edition 1.0, 10 January 2027');
    expect(page('presets').querySelector('.figure-citation')?.textContent).toContain('edition 1.1, 1 March 2027');
  });

  it('points search engines, the sitemap and search to the current edition only', () => {
    const old = page('editions', '1.0', 'presets');
    expect(old.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://example.net/presets/');
    expect(old.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page('presets').querySelector('meta[name="robots"]')).toBeNull();
    expect(page('presets').querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://example.net/presets/');
    const sitemap = fs.readFileSync(dist('sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('https://example.net/presets/');
    expect(sitemap).not.toContain('/editions/1.0/');
    expect(fs.readdirSync(dist('editions/1.0')).filter((file) => /sitemap|robots|_headers|pagefind/.test(file))).toEqual([]);
    // An earlier page searches the current edition's index.
    expect(old.querySelector('#pending-search')?.getAttribute('data-search-base')).toBe('/');
    const fragments = fs.readdirSync(dist('pagefind/fragment')).map((file) => zlib.gunzipSync(fs.readFileSync(dist('pagefind/fragment', file))).toString('utf8'));
    expect(fragments.some((fragment) => fragment.includes('/presets/'))).toBe(true);
    expect(fragments.filter((fragment) => fragment.includes('/editions/1.0/'))).toEqual([]);
  });
});

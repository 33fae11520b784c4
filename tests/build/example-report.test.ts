/**
 * The second report: examples/minimal/ is built by the same engine from its own
 * content/ and data/, with another title and language, and gets the same
 * figures, downloads, citations and checked links as the main site.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASTRO, cleanEnv, copyProject, removeCopies } from './build-site.ts';

const PRESETS = ['line', 'stacked-bar', 'bar', 'dot', 'range', 'timeline', 'route-map'];
let example = '';
let dist = '';
let output = '';
let status: number | null = null;

const page = (route: string) => parseHTML(fs.readFileSync(path.join(dist, route, 'index.html'), 'utf8')).document;

beforeAll(() => {
  example = path.join(copyProject('example'), 'examples/minimal');
  fs.rmSync(path.join(example, 'dist'), { recursive: true, force: true });
  const result = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: example, encoding: 'utf8', env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1' } });
  output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  status = result.status;
  dist = path.join(example, 'dist');
});
afterAll(removeCopies);

describe('the example report', () => {
  it('builds into its own dist/ with every link checked', () => {
    expect(status, output).toBe(0);
    expect(output).toContain('every internal link and anchor resolves');
    for (const route of ['', 'presets', 'custom-and-citations', 'data']) expect(fs.existsSync(path.join(dist, route, 'index.html'))).toBe(true);
  });

  it('takes its title and language from its own config, and nothing from the main report', () => {
    const home = page('');
    expect(home.documentElement.getAttribute('lang')).toBe('en-GB');
    expect(home.querySelector('title')?.textContent).toContain('Report-site author’s guide');
    const everyPage = ['', 'presets', 'custom-and-citations', 'data'].map((route) => fs.readFileSync(path.join(dist, route, 'index.html'), 'utf8')).join('\n');
    expect(everyPage).not.toContain('Migration in Azerbaijan');
  });

  it('draws one figure of every preset, numbered in order, each with its SVG, table and downloads', () => {
    const figures = [...page('presets').querySelectorAll('figure[id^="fig-"]')];
    expect(figures.map((figure) => figure.id)).toEqual(['fig-flows-line', 'fig-flows-stacked', 'fig-flows-bar', 'fig-flows-dot', 'fig-estimate-range', 'fig-events-timeline', 'fig-routes-map']);
    expect(figures).toHaveLength(PRESETS.length);
    figures.forEach((figure, index) => {
      // A timeline is drawn as an ordered list; every other preset as an SVG chart.
      expect(figure.querySelector(figure.id === 'fig-events-timeline' ? 'ol.figure-timeline li' : 'svg'), figure.id).not.toBeNull();
      expect(figure.textContent).toContain(`Figure ${index + 1}`);
      expect(figure.querySelector('table'), figure.id).not.toBeNull();
      expect(figure.querySelector('a[href$=".csv"]'), figure.id).not.toBeNull();
    });
  });

  it('draws the custom chart from its spec beside the dataset', () => {
    const figure = page('custom-and-citations').querySelector('#fig-inward-totals');
    expect(figure?.querySelector('svg rect')).not.toBeNull();
    // The spec labels each column with its value.
    expect(figure?.querySelector('svg')?.textContent).toContain('1,554');
  });

  it('serves each dataset as committed and as JSON citing its source', () => {
    const committed = fs.readFileSync(path.join(example, 'data/remittances/flows.csv'), 'utf8');
    expect(fs.readFileSync(path.join(dist, 'data/flows.csv'), 'utf8')).toBe(committed);
    const json = JSON.parse(fs.readFileSync(path.join(dist, 'data/flows.json'), 'utf8'));
    expect(json.source.key).toBe('world-bank-factbook-2011');
    expect(json.via.key).toBe('shahgaldiyev-2016');
    const catalogue = page('data');
    for (const id of ['flows', 'routes', 'estimate', 'events']) expect(catalogue.querySelector(`#dataset-${id}`), id).not.toBeNull();
  });

  it('lists the cited sources in the chapter references, and links the cross-reference', () => {
    const chapter = page('custom-and-citations');
    expect(chapter.querySelector('#ref-world-bank-factbook-2011')).not.toBeNull();
    expect(chapter.querySelector('#ref-shahgaldiyev-2016')).not.toBeNull();
    expect(chapter.querySelector('a[href="/presets/#fig-flows-line"]')).not.toBeNull();
  });

  it('writes each <FigRef> as the figure number, with the chapter title from another chapter', () => {
    const refs = [...page('custom-and-citations').querySelectorAll('a.figure-ref')].map((link) => [link.textContent, link.getAttribute('href')]);
    expect(refs).toEqual([
      ['Figure 1', '#fig-inward-totals'],
      ['Chart presets, Figure 1', '/presets/#fig-flows-line'],
    ]);
  });
});

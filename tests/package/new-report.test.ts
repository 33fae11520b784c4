/**
 * A report in its own folder, outside this repository, as a newcomer makes one:
 * the engine packed with `npm pack`, `report-site new` run from that package,
 * installed without the network, built, checked, extended with a page and an
 * integration of its own, and then broken on purpose.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../build/build-site.ts';
import { installOffline, packEngine } from './offline-install.ts';
import { freePort } from '../dev/free-port.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let work = '';
let report = '';
let tarball = '';
const timings: Record<string, number> = {};

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    cwd: report,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

/** An npm script of the report: npm puts the report's own node_modules/.bin (its Node 24, astro, report-site) first. */
const npmRun = (script: string, env: Record<string, string> = {}) => run('npm', ['run', '--silent', script], env);
const timed = <T,>(name: string, step: () => T): T => {
  const started = performance.now();
  const result = step();
  timings[name] = (performance.now() - started) / 1000;
  return result;
};
const portArguments = (port: number) => ['--port', String(port), '--host', '127.0.0.1'];
const serveOptions = () => ({ cwd: report, env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1' }, detached: true, stdio: 'ignore' as const });

/** The page a server started by npm serves once it is up; then the server (npm and its astro) is ended. */
async function servedPage(server: ReturnType<typeof spawn>, route: string): Promise<string> {
  const port = server.spawnargs[server.spawnargs.indexOf('--port') + 1];
  try {
    const until = Date.now() + 90_000;
    while (Date.now() < until) {
      const response = await fetch(`http://127.0.0.1:${port}${route}`).catch(() => undefined);
      if (response?.ok) return await response.text();
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    return '';
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }
}

const page = (route: string) => parseHTML(fs.readFileSync(path.join(report, 'dist', route, 'index.html'), 'utf8')).document;

let created: ReturnType<typeof run>;
let installed: ReturnType<typeof run>;
let built: ReturnType<typeof run>;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-site-newcomer-'));
  report = path.join(work, 'my-report');
  tarball = timed('pack', () => packEngine(work));
  // As README says: `npx report-site new <folder> --engine file:<tarball>` in this repository, once installed.
  created = timed('new', () => {
    const result = spawnSync('npx', ['report-site', 'new', report, '--engine', `file:${tarball}`, '--date', '2026-12-07'], { cwd: ROOT, encoding: 'utf8', env: cleanEnv() });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  });
  installed = timed('install', () => installOffline(report, tarball));
  built = timed('build', () => npmRun('build'));
  console.log(`new → built dist/: ${Object.entries(timings).map(([step, seconds]) => `${step} ${seconds.toFixed(1)} s`).join(', ')}; total ${Object.values(timings).reduce((a, b) => a + b, 0).toFixed(1)} s`);
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('a new report outside the repository', () => {
  it('is written by `new` with a package.json that depends on the packed engine', () => {
    expect(created.status, created.output).toBe(0);
    expect(path.relative(ROOT, report).startsWith('..')).toBe(true);
    const manifest = JSON.parse(fs.readFileSync(path.join(report, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(manifest.dependencies['report-site']).toBe(`file:${tarball}`);
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['@astrojs/starlight', 'astro', 'report-site', 'zod']);
    for (const file of ['astro.config.mjs', 'content/report.config.ts', 'content/index.mdx', 'content/first-chapter.mdx', 'data/sample/series.csv', 'data/sample/series.ts', 'data/bibliography/sources.ts', 'src/content.config.ts', '.gitignore']) {
      expect(fs.existsSync(path.join(report, file)), file).toBe(true);
    }
  });

  it('installs from the tarball and npm’s cache, with the engine as a real package', () => {
    expect(installed.status, installed.output).toBe(0);
    const engine = path.join(report, 'node_modules/report-site');
    expect(fs.lstatSync(engine).isSymbolicLink()).toBe(false);
    expect(fs.existsSync(path.join(engine, 'index.ts'))).toBe(true);
  });

  it('builds into its own dist/ with its chapter, figure, downloads, citation and PDF, every link checked', () => {
    expect(built.status, built.output).toBe(0);
    expect(built.output).toContain('every internal link and anchor resolves');
    expect(built.output).not.toMatch(/\[WARN\] \[(?!report-site\] SITE_URL)/);
    const chapter = page('first-chapter');
    const figure = chapter.querySelector('figure#fig-sample-by-year');
    expect(figure?.querySelector('svg')).not.toBeNull();
    expect(figure?.textContent).toContain('Sample series, 2021–2023');
    expect(chapter.querySelector('a[href="#ref-sample-source"]')).not.toBeNull();
    expect(chapter.querySelector('#ref-sample-source')?.textContent).toContain('Replace with the publication your numbers come from');
    expect(fs.readFileSync(path.join(report, 'dist/data/sample-series.csv'), 'utf8')).toBe('year,value\n2021,10\n2022,12\n2023,15\n');
    expect(JSON.parse(fs.readFileSync(path.join(report, 'dist/data/sample-series.json'), 'utf8'))).toMatchObject({ id: 'sample-series' });
    const home = page('');
    expect(home.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(home.querySelector('title')?.textContent).toContain('My report');
    expect(home.querySelector('.key-figure')?.textContent).toContain('15');
    for (const route of ['data', 'figures', 'figures/sample-by-year']) expect(fs.existsSync(path.join(report, 'dist', route, 'index.html')), route).toBe(true);
    expect(fs.existsSync(path.join(report, 'dist/my-report.pdf'))).toBe(built.output.includes('PDF: my-report.pdf'));
  });

  it('passes its own check, which type-checks the report’s files', () => {
    const checked = npmRun('check');
    expect(checked.status, checked.output).toBe(0);
    expect(checked.output).toContain('no problems (1 datasets');
    expect(checked.output).toMatch(/0 errors/);
  });

  it('serves the report live with npm run dev, and the built site with npm run preview', async () => {
    expect(await servedPage(spawn('npm', ['run', 'dev', '--', ...portArguments(await freePort())], serveOptions()), '/first-chapter/')).toContain('Sample series, 2021–2023');
    expect(await servedPage(spawn('npm', ['run', 'preview', '--', ...portArguments(await freePort())], serveOptions()), '/first-chapter/')).toContain('fig-sample-by-year');
  });

  it('runs check:data and bench from the engine’s bin', () => {
    const data = npmRun('check:data');
    expect(data.status, data.output).toBe(0);
    expect(data.output).toMatch(/ok {3}sample-series +3 rows {2}data\/sample\/series\.csv/);
    expect(data.output).toContain('names no source texts');
    const bench = npmRun('bench', { REPORT_PDF: 'off' });
    expect(bench.status, bench.output).toBe(0);
    // As many pages as the build wrote: its chapter, its dataset's page, the catalogue, the list of figures, editions…
    const pages = (fs.readdirSync(path.join(report, 'dist'), { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('index.html')).length;
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(bench.output).toMatch(new RegExp(`Build: [\\d.]+ s, \\d+ MB of memory at its peak \\(all processes\\), ${pages} pages, 2 figures`));
    expect(bench.output).toMatch(/\/first-chapter\/ +[\d.]+ KB {3}of which scripts [\d.]+ KB/);
  });

  it('keeps pages, integrations, Vite settings and folders of its own', () => {
    // Its chapters in chapters/ and its datasets in tables/, told to reportSite() once.
    fs.renameSync(path.join(report, 'content'), path.join(report, 'chapters'));
    fs.renameSync(path.join(report, 'data'), path.join(report, 'tables'));
    const config = path.join(report, 'chapters/report.config.ts');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("'../data/bibliography/sources.ts'", "'../tables/bibliography/sources.ts'"));
    fs.mkdirSync(path.join(report, 'src/pages'), { recursive: true });
    fs.writeFileSync(path.join(report, 'src/pages/about.astro'), '---\nconst made = import.meta.env.REPORT_MADE_BY;\n---\n<html lang="en"><head><title>About</title></head><body><h1>About this report</h1><p id="made">{made}</p></body></html>\n');
    fs.writeFileSync(
      path.join(report, 'astro.config.mjs'),
      [
        "import fs from 'node:fs';",
        "import { defineConfig } from 'astro/config';",
        "import reportSite from 'report-site';",
        '',
        "const stamp = { name: 'stamp', hooks: { 'astro:build:done': ({ dir }) => fs.writeFileSync(new URL('stamp.txt', dir), 'stamped') } };",
        '',
        'export default defineConfig({',
        "  vite: { define: { 'import.meta.env.REPORT_MADE_BY': JSON.stringify('its own Vite setting') } },",
        "  integrations: [reportSite({ content: 'chapters', data: 'tables' }), stamp],",
        '});',
        '',
      ].join('\n'),
    );
    // Moved folders leave Astro's content cache behind: --force (Astro's own flag) clears it once.
    const rebuilt = run('npm', ['run', '--silent', 'build', '--', '--force'], { REPORT_PDF: 'off' });
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(page('about').querySelector('#made')?.textContent).toBe('its own Vite setting');
    expect(fs.readFileSync(path.join(report, 'dist/stamp.txt'), 'utf8')).toBe('stamped');
    // The engine's own pages and figures are still there.
    expect(page('first-chapter').querySelector('figure#fig-sample-by-year svg')).not.toBeNull();
    expect(fs.existsSync(path.join(report, 'dist/data/sample-series.csv'))).toBe(true);
    // The commands read the folders from astro.config.mjs.
    const checked = npmRun('check', {});
    expect(checked.status, checked.output).toBe(0);
    expect(checked.output).toContain('no problems (1 datasets');
  });

  it('names the file, row and column of a bad cell, in check and in the build', () => {
    fs.writeFileSync(path.join(report, 'tables/sample/series.csv'), 'year,value\n2021,10\n2022,twelve\n2023,15\n');
    const expected = 'tables/sample/series.csv:3, column "value": expected a number of at least 0, got "twelve"';
    const checked = npmRun('check');
    expect(checked.status).toBe(1);
    expect(checked.output).toContain(expected);
    const broken = npmRun('build', { REPORT_PDF: 'off' });
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain(expected);
    expect(broken.output).not.toContain('undefined:0:0');
    // The last good site stays in dist/.
    expect(fs.readFileSync(path.join(report, 'dist/data/sample-series.csv'), 'utf8')).toContain('2022,12');
  });
});

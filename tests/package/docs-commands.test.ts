/**
 * Every command README and the guides show in a shell block is one the tests
 * (or CI's .ci/run) run: each is listed here with the file that runs it and the
 * words in that file that do, and both are checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A command as the docs write it → the file that runs it and what that file says to run it. */
const RUN_BY: ReadonlyArray<{ command: RegExp; file: string; runs: string }> = [
  { command: /^npm install && npm run dev$/, file: 'tests/dev/dev-errors.test.ts', runs: "[ASTRO, 'dev'" },
  { command: /^npm install && npm test$/, file: '.ci/run', runs: 'npm test' },
  { command: /^npm install$/, file: '.ci/install-leaves-tree-clean', runs: 'npm install --no-audit' },
  { command: /^npm ci$/, file: '.ci/run', runs: 'npm ci ' },
  { command: /^npm test$/, file: '.ci/run', runs: 'npm test' },
  { command: /^npm pack \.\/src$/, file: 'tests/package/offline-install.ts', runs: "['pack', path.join(ROOT, 'src')" },
  { command: /^npx report-site new \.\.\/my-report --engine file:\$PWD\/report-site-[\d.]+\.tgz$/, file: 'tests/package/new-report.test.ts', runs: "spawnSync('npx', ['report-site', 'new', report, '--engine', `file:${tarball}`" },
  { command: /^cd \.\.\/my-report$/, file: 'tests/package/new-report.test.ts', runs: "report = path.join(work, 'my-report')" },
  { command: /^npm run dev$/, file: 'tests/package/new-report.test.ts', runs: "spawn('npm', ['run', 'dev', '--'" },
  { command: /^npm run preview$/, file: 'tests/package/new-report.test.ts', runs: "spawn('npm', ['run', 'preview', '--'" },
  { command: /^npm run check$/, file: 'tests/package/new-report.test.ts', runs: "npmRun('check')" },
  { command: /^npm run check:data$/, file: 'tests/package/new-report.test.ts', runs: "npmRun('check:data')" },
  { command: /^npm run build$/, file: 'tests/package/new-report.test.ts', runs: "npmRun('build')" },
  { command: /^npm run pdf$/, file: 'tests/build/pdf.test.ts', runs: "[reportSiteBin(build.dir), 'pdf', build.dist]" },
  { command: /^npm run build:example$/, file: 'tests/build/example-report.test.ts', runs: "[ASTRO, 'build'], { cwd: example" },
  { command: /^git tag v1\.[01]$/, file: 'tests/package/editions.test.ts', runs: "expect(COMMANDS).toEqual(['git tag v1.0', 'git add -A', 'git commit -m \"Edition 1.1\"', 'git tag v1.1'" },
  { command: /^git add -A$/, file: 'tests/package/editions.test.ts', runs: "for (const command of COMMANDS.slice(1, 4)) run(command);" },
  { command: /^git commit -m "Edition 1\.1"$/, file: 'tests/package/editions.test.ts', runs: "for (const command of COMMANDS.slice(1, 4)) run(command);" },
  { command: /^REPORT_EARLIER_EDITIONS=on npm run build$/, file: 'tests/package/editions.test.ts', runs: "built = run(COMMANDS[4]!" },
  { command: /^SITE_URL=\S+ BASE_PATH=\/[\w-]+\/ npm run build$/, file: 'tests/build/site.test.ts', runs: "{ BASE_PATH: '/az-migration/', SITE_URL: 'https://example.org' }" },
];

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md')).map((file) => path.join(dir, file));
}

/** Each line of each ```sh block, with its file. */
function shownCommands(): { file: string; command: string }[] {
  return [path.join(ROOT, 'README.md'), ...markdownFiles(path.join(ROOT, 'docs'))].flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/^```sh\n([\s\S]*?)^```/gm)].flatMap((block) =>
      block[1]!
        .split('\n')
        .map((line) => line.replace(/\s+#.*$/, '').trim())
        .filter((line) => line !== '')
        .map((command) => ({ file: path.relative(ROOT, file), command })),
    ),
  );
}

describe('commands in README and the guides', () => {
  const shown = shownCommands();

  it('finds the set-up commands of README among them', () => {
    expect(shown.filter((entry) => entry.file === 'README.md').map((entry) => entry.command)).toEqual(expect.arrayContaining(['npm install && npm run dev', 'npm install && npm test']));
  });

  it('are each run by a test or by CI', () => {
    const unrun = shown.filter(({ command }) => !RUN_BY.some((entry) => entry.command.test(command))).map(({ file, command }) => `${file}: ${command}`);
    expect(unrun).toEqual([]);
  });

  it('name files that really run them', () => {
    for (const { file, runs } of RUN_BY) expect(fs.readFileSync(path.join(ROOT, file), 'utf8'), `${file} should run ${runs}`).toContain(runs);
    // The scripts the docs name run what the tests run.
    const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts).toMatchObject({ dev: 'astro dev', build: 'astro build', 'build:example': 'cd examples/minimal && astro build', pdf: 'report-site pdf', check: 'report-site check' });
    const starter = (JSON.parse(fs.readFileSync(path.join(ROOT, 'src/cli/starter/package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(starter).toMatchObject({ dev: 'astro dev', build: 'astro build', preview: 'astro preview', check: 'report-site check', 'check:data': 'report-site check:data' });
  });
});

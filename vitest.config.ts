import { defineConfig } from 'vitest/config';
import { reportModules } from './tests/report-modules.ts';

// This report's own checks: its numbers against the sources, its builds and pages in a browser.
const REPORT_TESTS = [
  'tests/integrity/**/*.test.ts',
  'tests/data/transcription.test.ts',
  'tests/chapters/own-words.test.ts',
  'tests/charts/data-sharing-network.test.ts',
  'tests/report/**/*.test.ts',
  'tests/translation/**/*.test.ts',
  'tests/build/site.test.ts',
  'tests/build/figures.test.ts',
  'tests/build/pdf.test.ts',
  'tests/browser/**/*.test.ts',
  'tests/dev/**/*.test.ts',
  'tests/bench/**/*.test.ts',
];

// What `npm run test:quick` (vitest --mode quick) leaves out: the tests that build a site,
// start a browser or a dev server, or install a package.
const SLOW_TESTS = ['tests/build/**', 'tests/browser/**', 'tests/dev/**', 'tests/package/**', 'tests/bench/peer-framework.test.ts'];

const shared = {
  // The chart palette is read from figures.css (?raw), as in the build.
  css: { include: [/figures\.css/] },
  // Build-output tests run `astro build`, which takes a while on 2 cores.
  testTimeout: 600_000,
  // Two files at a time even on two cores (vitest's default there is one): the slow files
  // spend much of their time waiting on a browser, a server or a child build.
  maxWorkers: 2,
  // At most three concurrent tests in a file (reader.test.ts's page sweeps), so that its tabs
  // and the other file's work share two cores without starving each other.
  maxConcurrency: 3,
  // A build in a hook may share two cores with another file's build or browser: a generous bound.
  hookTimeout: 900_000,
  // expect.poll waits 1 s by default: too short for a page on a busy machine.
  expect: { poll: { timeout: 15_000 } },
};

export default defineConfig(async ({ mode }) => {
  const quick = mode === 'quick';
  const slow = quick ? SLOW_TESTS : [];
  // The quick tests spend most of their time importing the engine, Plot and the datasets:
  // one import per worker instead of one per file (none of them mocks or stubs a module).
  const isolate = !quick;
  return {
  test: {
    projects: [
      {
        // The engine, on a small fixture report (tests/fixtures/report/) and on reports it writes.
        plugins: [await reportModules('tests/fixtures/report')],
        test: { ...shared, isolate, name: 'engine', include: ['tests/**/*.test.ts'], exclude: [...REPORT_TESTS, ...slow] },
      },
      {
        plugins: [await reportModules('.')],
        // The tests that read an unchanged build of this report share one (tests/build/shared-build.ts).
        test: { ...shared, isolate, name: 'report', include: REPORT_TESTS, exclude: slow, globalSetup: ['tests/build/shared-build-setup.ts'] },
      },
    ],
  },
  };
});

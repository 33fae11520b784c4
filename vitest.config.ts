import { defineConfig } from 'vitest/config';
import { reportConfigPlugin } from './src/report/report-config-plugin.ts';

export default defineConfig({
  // Engine modules read the report config through this virtual module, as in the site.
  plugins: [reportConfigPlugin('content/report.config.ts')],
  test: {
    include: ['tests/**/*.test.ts'],
    // The chart palette is read from figures.css (?raw), as in the build.
    css: { include: [/figures\.css/] },
    // Build-output tests run `astro build`, which takes a while on 2 cores.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});

/** The example report: everything that names it is here; the engine in src/ reads it. */
import { defineReport } from 'report-site';
import { sources } from '../data/bibliography/sources.ts';

export default defineReport({
  title: 'Report-site author’s guide',
  description: 'A small report built by the same engine: every chart preset with its MDX, a custom chart, citations and cross-references.',
  slug: 'authors-guide',
  edition: { version: '0.1', date: '2026-12-02' },
  authors: ['Report-site editors'],
  lang: 'en-GB',
  sidebar: [
    { label: 'Start here', link: '/' },
    { label: 'Chart presets', slug: 'presets' },
    { label: 'Custom charts and citations', slug: 'custom-and-citations' },
    { label: 'Data catalogue', link: '/data/' },
    { label: 'List of figures', link: '/figures/' },
  ],
  bibliography: sources,
  dataTopics: [
    { folder: 'remittances', title: 'Remittances' },
    { folder: 'irregular', title: 'Irregular migration' },
    { folder: 'timeline', title: 'Timeline' },
  ],
});

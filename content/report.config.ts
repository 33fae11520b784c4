/** Everything that names this report: the engine in src/ reads it and nothing else. */
import { defineReport } from 'report-site';
import { sources } from '../data/bibliography/index.ts';

export default defineReport({
  title: 'Migration in Azerbaijan',
  description:
    'Migration in Azerbaijan, 1990–2023: legal and irregular migration, trafficking, remittances, displacement and migration data, with every figure cited and downloadable.',
  slug: 'migration-in-azerbaijan',
  edition: { version: '1.0', date: '2026-12-02' },
  authors: ['Migration in Azerbaijan project'],
  lang: 'en',
  sidebar: [
    { label: 'Overview', link: '/' },
    { label: 'Legal migration', slug: 'legal-migration' },
    { label: 'Irregular migration', slug: 'irregular-migration' },
    { label: 'Trafficking in human beings', slug: 'trafficking' },
    { label: 'Remittances', slug: 'remittances' },
    { label: 'Displacement', slug: 'displacement' },
    { label: 'Azerbaijanis abroad', slug: 'abroad' },
    { label: 'Data and recommendations', slug: 'data-management' },
    { label: 'Sources and methods', slug: 'sources-and-methods' },
    { label: 'Glossary', link: '/glossary/' },
    { label: 'Data catalogue', link: '/data/' },
    { label: 'List of figures', link: '/figures/' },
  ],
  bibliography: sources,
  // One word for one concept: each term with its definition and source (the /glossary/ page).
  glossary: 'content/glossary.ts',
  dataTopics: [
    { folder: 'general', title: 'General statistics' },
    { folder: 'legal', title: 'Legal migration' },
    { folder: 'irregular', title: 'Irregular migration' },
    { folder: 'trafficking', title: 'Trafficking in human beings' },
    { folder: 'remittances', title: 'Remittances' },
    { folder: 'displacement', title: 'Displacement' },
    { folder: 'abroad', title: 'Azerbaijanis abroad' },
    { folder: 'data-management', title: 'Data management' },
    { folder: 'timeline', title: 'Timelines' },
  ],
  // The 2016 report has a second extraction (001), used by hand to settle a doubtful
  // number; it is not searched, so a number that 000 does not show is reported.
  sourceTexts: {
    dir: '../shared/sources',
    files: {
      'shahgaldiyev-2016': ['000_3042fbac3408fd59.txt'],
      'yunusov-2013': ['002_c291eb5982743c55.txt'],
      'rumyansev-2013': ['003_4f25620e6d2fcaf8.txt'],
      'icmpd-2023': ['004_edb6d77037a787b6.txt'],
    },
  },
});

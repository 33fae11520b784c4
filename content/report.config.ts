/** Everything that names this report: the engine in src/ reads it and nothing else. */
import { defineReport } from '../src/report/report-schema.ts';

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
    { label: 'Data catalogue', link: '/data/' },
  ],
});

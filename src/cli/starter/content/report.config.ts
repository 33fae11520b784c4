// What the report is: its title, edition, authors, reading order and sources.
import { defineReport } from 'report-site';
import { sources } from '../data/bibliography/sources.ts';

export default defineReport({
  title: '{{title}}',
  description: 'Replace this sentence with what the report is about: it is the home page description and the site summary.',
  slug: '{{name}}',
  edition: { version: '0.1', date: '{{date}}' },
  authors: ['Your organisation'],
  lang: 'en',
  sidebar: [
    { label: 'Overview', link: '/' },
    { label: 'First chapter', slug: 'first-chapter' },
    { label: 'Data', link: '/data/' },
    { label: 'List of figures', link: '/figures/' },
  ],
  bibliography: sources,
  dataTopics: [{ folder: 'sample', title: 'Sample data' }],
});

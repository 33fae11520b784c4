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
  // The Azerbaijani edition: chapters in content/az/, pages under /az/.
  translations: {
    az: {
      title: 'Report-site üzrə müəllif bələdçisi',
      description: 'Eyni mühərriklə qurulmuş kiçik hesabat: MDX mətni ilə birlikdə hər qrafik şablonu, fərdi qrafik, istinadlar və çarpaz istinadlar.',
    },
  },
  sidebar: [
    { label: 'Start here', link: '/', translations: { az: 'Buradan başlayın' } },
    { label: 'Chart presets', slug: 'presets', translations: { az: 'Qrafik şablonları' } },
    { label: 'Custom charts and citations', slug: 'custom-and-citations', translations: { az: 'Fərdi qrafiklər və istinadlar' } },
    { label: 'Data catalogue', link: '/data/', translations: { az: 'Məlumat kataloqu' } },
    { label: 'List of figures', link: '/figures/', translations: { az: 'Şəkillərin siyahısı' } },
  ],
  bibliography: sources,
  dataTopics: [
    { folder: 'remittances', title: 'Remittances', translations: { az: 'Pul köçürmələri' } },
    { folder: 'irregular', title: 'Irregular migration', translations: { az: 'Qeyri-qanuni miqrasiya' } },
    { folder: 'timeline', title: 'Timeline', translations: { az: 'Xronologiya' } },
  ],
});

/** Everything that names this report: the engine in src/ reads it and nothing else. */
import { defineReport } from 'report-site';
import { sources } from '../data/bibliography/index.ts';

export default defineReport({
  title: 'Migration in Azerbaijan',
  description:
    'Migration in Azerbaijan, 1990–2023: legal and irregular migration, trafficking, remittances, displacement and migration data, with every figure cited and downloadable.',
  slug: 'migration-in-azerbaijan',
  // Every edition, oldest first; the last is the current one (docs/guides/editions-and-corrections.md).
  editions: [{ version: '1.0', date: '2026-12-02', changes: 'First edition.', translations: { az: { changes: 'Birinci nəşr.' } } }],
  authors: ['Migration in Azerbaijan project'],
  subtitle: 'Legal and irregular migration, trafficking, remittances and displacement, 1990–2023',
  // No licence is named: the report states none, and one is never assumed.
  disclaimer:
    'This report brings together figures published in four reports between 2013 and 2023 and in the sources they quote; each figure is cited where it is used. It is not a source of official statistics, and most of its figures describe the years 1990–2012, not the present.',
  lang: 'en',
  // The Azerbaijani edition: chapters in content/az/, pages under /az/.
  translations: {
    az: {
      title: 'Azərbaycanda miqrasiya',
      description:
        'Azərbaycanda miqrasiya, 1990–2023: qanuni və qeyri-qanuni miqrasiya, insan alveri, pul köçürmələri, məcburi köçkünlük və miqrasiya məlumatları; hər rəqəm mənbəyi ilə göstərilir və yüklənə bilər.',
      subtitle: 'Qanuni və qeyri-qanuni miqrasiya, insan alveri, pul köçürmələri və məcburi köçkünlük, 1990–2023',
      disclaimer:
        'Bu hesabat 2013–2023-cü illərdə dərc olunmuş dörd hesabatda və onların istinad etdiyi mənbələrdə verilmiş rəqəmləri bir araya gətirir; hər rəqəmin mənbəyi istifadə olunduğu yerdə göstərilir. Hesabat rəsmi statistika mənbəyi deyil və rəqəmlərinin əksəriyyəti bugünkü vəziyyəti deyil, 1990–2012-ci illəri əks etdirir.',
    },
  },
  sidebar: [
    { label: 'Overview', link: '/', translations: { az: 'İcmal' } },
    { label: 'Legal migration', slug: 'legal-migration', translations: { az: 'Qanuni miqrasiya' } },
    { label: 'Irregular migration', slug: 'irregular-migration', translations: { az: 'Qeyri-qanuni miqrasiya' } },
    { label: 'Trafficking in human beings', slug: 'trafficking', translations: { az: 'İnsan alveri' } },
    { label: 'Remittances', slug: 'remittances', translations: { az: 'Pul köçürmələri' } },
    { label: 'Displacement', slug: 'displacement', translations: { az: 'Qaçqınlar və məcburi köçkünlər' } },
    { label: 'Azerbaijanis abroad', slug: 'abroad', translations: { az: 'Xaricdəki azərbaycanlılar' } },
    { label: 'Data and recommendations', slug: 'data-management', translations: { az: 'Məlumatlar və tövsiyələr' } },
    // Back matter, as the overview is front matter: chapters 1–7 lie between them.
    { label: 'Sources and methods', slug: 'sources-and-methods', translations: { az: 'Mənbələr və metodlar' }, unnumbered: true },
    { label: 'Glossary', link: '/glossary/', translations: { az: 'Terminlər lüğəti' } },
    { label: 'Data catalogue', link: '/data/', translations: { az: 'Məlumat kataloqu' } },
    { label: 'List of figures', link: '/figures/', translations: { az: 'Şəkillərin siyahısı' } },
  ],
  // "Figure 3.2": figures numbered within their chapter, on the site and in the PDF.
  figureNumbering: 'chapter',
  bibliography: sources,
  // One word for one concept: each term with its definition and source (the /glossary/ page).
  glossary: 'content/glossary.ts',
  dataTopics: [
    { folder: 'general', title: 'General statistics', translations: { az: 'Ümumi statistika' } },
    { folder: 'legal', title: 'Legal migration', translations: { az: 'Qanuni miqrasiya' } },
    { folder: 'irregular', title: 'Irregular migration', translations: { az: 'Qeyri-qanuni miqrasiya' } },
    { folder: 'trafficking', title: 'Trafficking in human beings', translations: { az: 'İnsan alveri' } },
    { folder: 'remittances', title: 'Remittances', translations: { az: 'Pul köçürmələri' } },
    { folder: 'displacement', title: 'Displacement', translations: { az: 'Məcburi köçkünlük' } },
    { folder: 'abroad', title: 'Azerbaijanis abroad', translations: { az: 'Xaricdəki azərbaycanlılar' } },
    { folder: 'data-management', title: 'Data management', translations: { az: 'Məlumatların idarə edilməsi' } },
    { folder: 'timeline', title: 'Timelines', translations: { az: 'Xronologiya' } },
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

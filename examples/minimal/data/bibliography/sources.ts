/** The two sources this example cites: a report, and an original source it quotes. */
import type { SourceInput } from 'report-site/schema';

export const sources: SourceInput[] = [
  {
    key: 'shahgaldiyev-2016',
    kind: 'report',
    author: 'Shahgaldiyev, Eldar',
    shortAuthor: 'Shahgaldiyev',
    year: '2016',
    title: 'Migration and Higher Education: Building Skills and Capacities. Analytical assessment report on migration in Azerbaijan',
    translatedTitle: { az: 'Miqrasiya və ali təhsil: bacarıq və imkanların formalaşdırılması. Azərbaycanda miqrasiyaya dair analitik qiymətləndirmə hesabatı' },
    publisher: 'published online (17 pp.)',
  },
  {
    key: 'world-bank-factbook-2011',
    kind: 'original',
    author: 'World Bank',
    shortAuthor: 'World Bank',
    year: '2011',
    title: 'Migration and Remittances Factbook 2011, 2nd edition',
    translatedTitle: { az: 'Miqrasiya və pul köçürmələri üzrə məlumat toplusu 2011, 2-ci nəşr' },
    publisher: 'World Bank',
  },
];

/** Original sources quoted by the reports, used by the trafficking and emigrants-abroad datasets and chapters. */
import type { SourceInput } from '../../schemas/source.ts';

export const traffickingSources: SourceInput[] = [
  {
    // Shahgaldiyev 2016, footnote 15: "Trafficking in Persons Report 2011 by the US State Department".
    key: 'us-tip-report-2011',
    kind: 'original',
    author: 'United States Department of State',
    shortAuthor: 'US State Department',
    year: '2011',
    title: 'Trafficking in Persons Report 2011',
    publisher: 'United States Department of State',
  },
  {
    // Yunusov 2013, source of Table 1 and References: "Malkova, V.K. (2004) Moscow – A Multicultural Metropolis".
    key: 'malkova-2004',
    kind: 'original',
    author: 'Malkova, V.K.',
    shortAuthor: 'Malkova',
    year: '2004',
    title: 'Moscow – A Multicultural Metropolis (in Russian)',
    publisher: 'Moscow',
  },
  {
    // Yunusov 2013, source of Table 2 and References: "'Does Russian Society Need Immigrants?' Ed. By Mukomel V.I., Pain E.A., Moscow, 2006".
    key: 'mukomel-pain-2006',
    kind: 'original',
    author: 'Mukomel, V.I.; Pain, E.A. (eds)',
    shortAuthor: 'Mukomel and Pain',
    year: '2006',
    title: 'Does Russian Society Need Immigrants? (in Russian)',
    publisher: 'Moscow',
  },
];

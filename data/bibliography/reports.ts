/** The four reports this site follows (the 2016 report comes as two text extractions). */
import type { SourceInput } from 'report-site/schema';

export const reports: SourceInput[] = [
  {
    key: 'shahgaldiyev-2016',
    kind: 'report',
    author: 'Shahgaldiyev, Eldar',
    shortAuthor: 'Shahgaldiyev',
    year: '2016',
    title: 'Migration and Higher Education: Building Skills and Capacities. Analytical assessment report on migration in Azerbaijan',
    translatedTitle: { az: 'Miqrasiya və ali təhsil: bacarıq və imkanların formalaşdırılması. Azərbaycanda miqrasiyaya dair analitik qiymətləndirmə hesabatı' },
    publisher: 'published online (17 pp.)',
    url: 'https://khazar.academia.edu/EldarShahgaldiyev',
  },
  {
    key: 'yunusov-2013',
    kind: 'report',
    author: 'Yunusov, Arif',
    shortAuthor: 'Yunusov',
    year: '2013',
    title: "Integration in Azerbaijan's Migration Processes",
    translatedTitle: { az: 'Azərbaycanın miqrasiya proseslərində inteqrasiya' },
    series: 'CARIM-East Research Report 2013/09',
    publisher: 'European University Institute, Robert Schuman Centre for Advanced Studies',
  },
  {
    key: 'rumyansev-2013',
    kind: 'report',
    author: 'Rumyansev, Sergey',
    shortAuthor: 'Rumyansev',
    year: '2013',
    title: 'The Problem of Human Trafficking in Post-Soviet Azerbaijan: Socio-Political Context',
    translatedTitle: { az: 'Postsovet Azərbaycanda insan alveri problemi: ictimai-siyasi kontekst' },
    series: 'CARIM-East Explanatory Note 13/41',
    publisher: 'European University Institute, Robert Schuman Centre for Advanced Studies',
  },
  {
    key: 'icmpd-2023',
    kind: 'report',
    author: 'Herm, Anne; Jafarova, Könül; Poulain, Michel',
    shortAuthor: 'Herm, Jafarova and Poulain',
    year: '2023',
    title: 'Report on the Baseline Study on Migration Data Management in Azerbaijan',
    translatedTitle: { az: 'Azərbaycanda miqrasiya məlumatlarının idarə olunmasına dair ilkin vəziyyət tədqiqatının hesabatı' },
    series: 'Support to the Implementation of the Mobility Partnership with Azerbaijan (MOBILAZE 2)',
    publisher: 'International Centre for Migration Policy Development (ICMPD)',
  },
];

/**
 * The bibliography: the five reports this site follows, and the original
 * sources they quote that the site uses. Add an entry here before citing it;
 * an unknown key stops the build.
 */
import type { z } from 'zod';
import type { sourceSchema } from '../schemas/source.ts';

export const sources: z.input<typeof sourceSchema>[] = [
  // The five reports.
  {
    key: 'shahgaldiyev-2016',
    kind: 'report',
    author: 'Shahgaldiyev, Eldar',
    shortAuthor: 'Shahgaldiyev',
    year: '2016',
    title: 'Migration and Higher Education: Building Skills and Capacities. Analytical assessment report on migration in Azerbaijan',
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
    series: 'Support to the Implementation of the Mobility Partnership with Azerbaijan (MOBILAZE 2)',
    publisher: 'International Centre for Migration Policy Development (ICMPD)',
  },
  // Original sources quoted by the reports.
  {
    key: 'world-bank-factbook-2011',
    kind: 'original',
    author: 'World Bank',
    shortAuthor: 'World Bank',
    year: '2011',
    title: 'Migration and Remittances Factbook 2011, 2nd edition',
    publisher: 'World Bank',
  },
  {
    key: 'rustamov-adb-2007',
    kind: 'original',
    author: 'Rustamov, Vagif',
    shortAuthor: 'Rustamov',
    year: '2007',
    title:
      'A study on International Migrants’ Remittances in Central and South Caucasus – Country Report on Remittances of International Migrants and Poverty in Azerbaijan',
    publisher: 'Asian Development Bank',
  },
];

/** Original sources quoted by the reports, used by the data-management datasets and chapters. */
import type { SourceInput } from 'report-site/schema';

export const dataManagementSources: SourceInput[] = [
  {
    // Herm, Jafarova and Poulain 2023 (ICMPD), section 10.3, footnote 22: "SSC (2016), Demographic
    // Indicators of Azerbaijan", the source of the SSC definitions of immigrants and emigrants.
    key: 'ssc-demographic-indicators-2016',
    kind: 'original',
    author: 'State Statistical Committee of the Republic of Azerbaijan',
    shortAuthor: 'State Statistical Committee',
    year: '2016',
    title: 'Demographic Indicators of Azerbaijan',
    translatedTitle: { az: 'Azərbaycanın demoqrafik göstəriciləri' },
    publisher: 'State Statistical Committee of the Republic of Azerbaijan',
  },
  {
    // Herm, Jafarova and Poulain 2023 (ICMPD), recommendation 5, footnote 27.
    key: 'unsd-migration-concepts-2021',
    kind: 'original',
    author: 'United Nations Statistics Division, UN Expert Group on Migration Statistics',
    shortAuthor: 'UNSD',
    year: '2021',
    title: 'Final Report on Conceptual Frameworks and Concepts and Definitions on International Migration (27 April 2021)',
    translatedTitle: { az: 'Beynəlxalq miqrasiyanın konseptual çərçivələri, anlayışları və təriflərinə dair yekun hesabat (27 aprel 2021)' },
    publisher: 'United Nations Statistics Division',
    url: 'https://unstats.un.org/unsd/demographic-social/migration-expert-group/task-forces/TF2-ConceptualFramework-Final.pdf',
  },
];

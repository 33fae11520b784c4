// Every source the datasets and chapters cite, by key.
import type { SourceInput } from 'report-site/schema';

export const sources: SourceInput[] = [
  {
    key: 'sample-source',
    kind: 'report',
    author: 'Your organisation',
    shortAuthor: 'Your organisation',
    year: '{{year}}',
    title: 'Replace with the publication your numbers come from',
    publisher: 'Your organisation',
  },
];

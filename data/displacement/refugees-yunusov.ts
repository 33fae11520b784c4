import { defineDataset, cell } from 'report-site/schema';

export const displacementRefugeesYunusov = defineDataset({
  id: 'displacement-refugees-yunusov',
  file: 'displacement/refugees-yunusov.csv',
  title: 'Refugees and forced migrants of the Karabakh conflict, and foreign refugees (including Chechens) in Azerbaijan, as given by Yunusov (2013)',
  unit: 'persons',
  source: 'yunusov-2013',
  locator: 'sections "1. The problems of Azerbaijani refugees from CIS countries and domestic migrants" (first paragraph) and "3. Foreign refugees and labour migrants" (first paragraph)',
  notes: [
    'A single figure fills "value" only; a range fills "low" and "high" only.',
    'The later number of Chechen refugees is written in words, "approximately two thousand", stored as 2,000. The 2013 report gives it "as of now" at the end of a paragraph that cites Yunusov 2009, pp. 217-221, so its date is not known more closely than that.',
    'The rows rest on different sources (column cited_in_report): the 750,000 carries no reference, the foreign-refugee figures end a paragraph that cites Yunusov 2009, pp. 217-221. The report itself is therefore cited as source.',
    'The foreign refugees were looked after by UNHCR rather than by the government, according to the report. Most Chechen refugees left under pressure from the authorities and tension with the local population.',
    'The 750,000 refugees and forced migrants of the mid-1990s differ from the figures of Shahgaldiyev (2016) for the same conflict (947,586 refugees or IDPs at the end of the conflict in 1994; about one million in its executive summary): see displacement-conflict-totals.',
    'The report also says that "tens of thousands" of ethnic Azerbaijanis, former Georgian citizens, had to leave Georgia in the 1990s, without a precise figure.',
  ],
  row: {
    group: cell.text(),
    period: cell.text(),
    value: cell.numberOrNull({ min: 0, integer: true }),
    low: cell.numberOrNull({ min: 0, integer: true }),
    high: cell.numberOrNull({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
    as_published: cell.text(),
    cited_in_report: cell.text(),
  },
  columns: {
    group: 'Group',
    period: 'Reference period',
    value: 'Single figure (persons)',
    low: 'Range: low (persons)',
    high: 'Range: high (persons)',
    qualifier: 'Qualifier in the report',
    as_published: 'As written in the report',
    cited_in_report: 'Reference given in the report',
  },
});

import { defineDataset, cell } from 'report-site/schema';

export const traffickingCrimesByArticle = defineDataset({
  id: 'trafficking-crimes-by-article',
  file: 'trafficking/crimes-by-article.csv',
  title: 'Registered trafficking-related crimes in Azerbaijan by article of the Criminal Code, 2010 and January–October 2011',
  unit: 'cases',
  source: 'shahgaldiyev-2016',
  locator: 'section "Figures and information on trafficking in human beings", Table 4 ("Latest figures on human trafficking cases")',
  notes: [
    'The report does not name the source of Table 4; the figures are cited to the report itself.',
    'The table has one column headed "Registered, 2010 (Jan-Oct 2011)": the figure before the brackets is for 2010 and the figure in brackets for January to October 2011. Only the Human trafficking row (article 144-1) has a bracketed figure, so every other 2011 cell is no data ("-"), not zero.',
    'The removal of organs or tissues (article 137) shows "-" for 2010 in the source; it is kept as no data. The article rows of 2010 add up exactly to the 221 crimes of the total row, so the "-" does not hide any counted case.',
    'Every row was checked against both text extractions of the report (000 and 001), which give the same figures and article numbers.',
    'Article numbers are those of the Criminal Code of Azerbaijan as printed in the table; the crime names follow the wording of the table.',
    'The persons rows of Table 4 (criminals, traffickers, victims) are in the dataset trafficking-offenders-victims-table4.',
  ],
  row: {
    period: cell.oneOf(['2010', 'January-October 2011']),
    level: cell.oneOf(['Total', 'By article']),
    crime_type: cell.text(),
    article: cell.textOrNull(),
    cases: cell.numberOrNull({ min: 0, integer: true }),
  },
  columns: {
    period: 'Period',
    level: 'Total or article row',
    crime_type: 'Type of crime',
    article: 'Criminal Code article',
    cases: 'Registered crimes (cases)',
  },
});

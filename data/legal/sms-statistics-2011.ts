import { defineDataset, cell } from 'report-site/schema';

export const legalSmsStatistics2011 = defineDataset({
  id: 'legal-sms-statistics-2011',
  file: 'legal/sms-statistics-2011.csv',
  title: 'State Migration Service caseload, January–November 2011: totals and monthly averages',
  unit: 'cases',
  source: 'state-migration-service',
  via: 'shahgaldiyev-2016',
  locator: 'section "Legal migration", last list before "Irregular migration"',
  notes: [
    'The report dates the period "from 1 January to 31 November" of 2011; November has 30 days, so the period is taken to be the first eleven months of 2011.',
    'The per-month figures are printed in the report, not computed here. They are the totals divided by 11, rounded, except regularizations: 2,139 over 11 months is 194.45..., which rounds to 194.5, while the report prints 194.4.',
  ],
  row: {
    indicator: cell.text(),
    total: cell.number({ min: 0, integer: true }),
    per_month: cell.number({ min: 0 }),
  },
  columns: {
    indicator: 'Indicator',
    total: 'Total, January–November 2011',
    per_month: 'Per month (as printed)',
  },
});

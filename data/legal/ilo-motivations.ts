import { defineDataset, cell } from 'report-site/schema';

export const legalIloMotivations = defineDataset({
  id: 'legal-ilo-motivations',
  file: 'legal/ilo-motivations.csv',
  title: 'Economic situation given by migrant workers leaving Azerbaijan as their motivation (ILO)',
  unit: 'per cent',
  source: 'ilo-trade-union-conference-2011',
  via: 'shahgaldiyev-2016',
  locator: 'section "Legal migration", list after Table 1 (footnote 6)',
  notes: [
    'The report presents these as the motivations outlined by the ILO for migrant workers to leave Azerbaijan; each answer describes what a household can afford. The wording is shortened here.',
    'The four shares add up to 91, not 100; the report does not say what the other answers were, and nothing is added for them.',
    'No survey date, sample or question is given; the source is cited as a sub-regional trade union conference held in Baku on 27-28 April 2011.',
  ],
  row: {
    situation: cell.text(),
    share_percent: cell.number({ min: 0, max: 100 }),
  },
  columns: {
    situation: 'Answer (economic situation)',
    share_percent: 'Share of answers (%)',
  },
});

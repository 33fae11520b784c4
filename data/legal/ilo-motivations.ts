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
  translations: {
    az: {
      title: 'Azərbaycanı tərk edən miqrant işçilərin motivasiya kimi göstərdiyi iqtisadi vəziyyət (BƏT)',
      unit: 'faiz',
      locator: '«Legal migration» bölməsi, 1 saylı cədvəldən sonrakı siyahı (6 saylı haşiyə)',
      notes: [
        'Hesabat bunları BƏT-in miqrant işçilərin Azərbaycanı tərk etməsinin motivləri kimi qeyd etdiyi vəziyyətlər kimi təqdim edir; hər cavab ev təsərrüfatının nəyə imkanı çatdığını təsvir edir. İfadələr burada qısaldılmışdır.',
        'Dörd payın cəmi 100 deyil, 91-dir; hesabat qalan cavabların nə olduğunu göstərmir və onlar üçün heç nə əlavə edilmir.',
        'Sorğunun tarixi, seçmə və ya sual göstərilmir; mənbə kimi 27–28 aprel 2011-ci ildə Bakıda keçirilmiş subregional həmkarlar ittifaqı konfransına istinad edilir.',
      ],
      columns: {
        situation: 'Cavab (iqtisadi vəziyyət)',
        share_percent: 'Cavabların payı (%)',
      },
      values: {
        situation: {
          'Insufficient money for food': 'Ərzaq üçün pul çatmır',
          'Can only buy food and some other things': 'Yalnız ərzaq və bəzi başqa şeylər ala bilir',
          'Can buy normal food and clothing, but cannot afford a computer, refrigerator or TV set': 'Normal ərzaq və geyim ala bilir, lakin kompüter, soyuducu və ya televizor almağa imkanı çatmır',
          'Can buy expensive things, but cannot afford a personal car or an apartment/house': 'Bahalı əşyalar ala bilir, lakin şəxsi avtomobil və ya mənzil/ev almağa imkanı çatmır',
        },
      },
    },
  },
});

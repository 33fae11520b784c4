import { defineDataset, cell } from 'report-site/schema';

export const generalLabourMigrantShare = defineDataset({
  id: 'general-labour-migrant-share',
  file: 'general/labour-migrant-share.csv',
  title: 'Share of the population of Azerbaijan identified as labour migrants (estimate, range)',
  unit: 'per cent',
  source: 'shahgaldiyev-2016',
  locator: 'section "Legal migration", third paragraph',
  notes: [
    'A range, kept as a range: the report says that "statistics indicate" between 16 and 25 per cent of the total population are labour migrants, without naming the statistics or a reference year.',
    'The same paragraph contrasts this with the World Bank tertiary emigration rate of 2.0 per cent (see general-factbook-indicators); the two measure different things.',
  ],
  row: {
    measure: cell.text(),
    low: cell.number({ min: 0, max: 100 }),
    high: cell.number({ min: 0, max: 100 }),
  },
  columns: {
    measure: 'Measure',
    low: 'Low (%)',
    high: 'High (%)',
  },
  translations: {
    az: {
      title: 'Azərbaycan əhalisinin əmək miqrantı kimi müəyyən edilmiş hissəsi (təxmin, aralıq)',
      unit: 'faiz',
      locator: '«Legal migration» bölməsi, üçüncü abzas',
      notes: [
        'Aralıq, aralıq kimi saxlanılır: hesabatda deyilir ki, «statistika göstərir» ki, ümumi əhalinin 16–25 faizi əmək miqrantlarıdır; statistikanın adı və istinad ili göstərilmir.',
        'Həmin abzasda bu rəqəm Dünya Bankının ali təhsilli şəxslər üzrə 2,0 faizlik emiqrasiya səviyyəsi ilə qarşılaşdırılır (bax: general-factbook-indicators); bu ikisi müxtəlif şeyləri ölçür.',
      ],
      columns: {
        measure: 'Göstərici',
        low: 'Aşağı hədd (%)',
        high: 'Yuxarı hədd (%)',
      },
      values: {
        measure: {
          'Labour migrants as a share of the total population of Azerbaijan': 'Əmək miqrantları, Azərbaycanın ümumi əhalisinin faizi ilə',
        },
      },
    },
  },
});

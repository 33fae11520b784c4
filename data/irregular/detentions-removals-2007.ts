import { defineDataset, cell } from 'report-site/schema';

export const irregularDetentions2007 = defineDataset({
  id: 'irregular-detentions-removals-2007',
  file: 'irregular/detentions-removals-2007.csv',
  title: 'Illegal migrants detained in Azerbaijan in 2007 and forced to leave the country',
  unit: 'persons',
  source: 'yunusov-2009',
  via: 'yunusov-2013',
  locator: 'section "3. Foreign refugees and labour migrants"; the passage ends with a reference to Yunusov 2009, pp. 231-232',
  notes: [
    'In the report the 184 and 106 follow a press release of the Ministry of the Interior and appear to come from it; the report does not say explicitly who gave the 2,000.',
    'The 2,000 individuals forced to leave are an "altogether" figure with no period stated; they are not the sum of anything in the report.',
    'From autumn 2010 the authorities launched a campaign to detect and deport illegal labour migrants, but the report gives no count of those deportations.',
  ],
  row: {
    measure: cell.text(),
    period: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
  },
  columns: {
    measure: 'Measure',
    period: 'Period',
    persons: 'Persons',
  },
  translations: {
    az: {
      title: 'Azərbaycanda 2007-ci ildə saxlanılmış və ölkəni tərk etməyə məcbur edilmiş qanunsuz miqrantlar',
      unit: 'nəfər',
      locator: '«3. Foreign refugees and labour migrants» bölməsi; müvafiq hissə Yunusov 2009, s. 231-232 mənbəyinə istinadla bitir',
      notes: [
        'Hesabatda 184 və 106 rəqəmləri Daxili İşlər Nazirliyinin press-relizindən sonra gəlir və görünür, ondan götürülüb; 2.000 rəqəmini kimin verdiyini hesabat açıq bildirmir.',
        'Ölkəni tərk etməyə məcbur edilmiş 2.000 nəfər dövrü göstərilməyən «ümumilikdə» rəqəmidir; bu, hesabatdakı hər hansı rəqəmlərin cəmi deyil.',
        '2010-cu ilin payızından hakimiyyət orqanları qanunsuz əmək miqrantlarının aşkar edilməsi və deportasiyası kampaniyasına başlayıb, lakin hesabat bu deportasiyaların sayını vermir.',
      ],
      columns: {
        measure: 'Göstərici',
        period: 'Dövr',
        persons: 'Nəfər',
      },
      values: {
        measure: {
          'Illegal migrants detained': 'Saxlanılmış qanunsuz miqrantlar',
          'Of these: made to leave Azerbaijan': 'Onlardan: Azərbaycanı tərk etməyə məcbur edilənlər',
          'Individuals forced to leave the country altogether': 'Ümumilikdə ölkəni tərk etməyə məcbur edilmiş şəxslər',
        },
        period: {
          '2007': '2007',
          'not stated': 'göstərilməyib',
        },
      },
    },
  },
});

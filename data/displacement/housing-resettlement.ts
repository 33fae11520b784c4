import { defineDataset, cell } from 'report-site/schema';

export const displacementHousingResettlement = defineDataset({
  id: 'displacement-housing-resettlement',
  file: 'displacement/housing-resettlement.csv',
  title: 'Housing of refugees and forced migrants in Azerbaijan: flats taken in Baku, camps closed and new settlements (Yunusov 2013)',
  unit: 'flats, camps or settlements (see column "counted")',
  source: 'yunusov-2013',
  locator: 'section "1. The problems of Azerbaijani refugees from CIS countries and domestic migrants"',
  notes: [
    'The three rows count different things (flats, camps, settlements) and must not be added up or drawn on one axis.',
    'The flats were taken in Baku alone, and their owners were still claiming them; refugees could not be evicted while the Karabakh conflict continued.',
    'The resettlement of the 28 camps began in 2003 and was complete by early 2010; each family received a three-room house, and no camps remain according to the report. The 76 settlements lie mainly along the front line.',
    'The rows rest on different references (column cited_in_report; "Azerbaijan, 2012" is an unsigned news article of November 2012 listed in the references of the report, bibliography key azerbaijan-awaits-2012, and the only reference in the paragraph on the camps and settlements), so the report itself is cited as source.',
  ],
  row: {
    item: cell.text(),
    period: cell.text(),
    number: cell.number({ min: 0, integer: true }),
    counted: cell.oneOf(['flats', 'camps', 'settlements']),
    cited_in_report: cell.text(),
  },
  columns: {
    item: 'Item',
    period: 'Period',
    number: 'Number',
    counted: 'Counted in',
    cited_in_report: 'Reference given in the report',
  },
  translations: {
    az: {
      title: 'Azərbaycanda qaçqınların və məcburi miqrantların mənzil təminatı: Bakıda tutulmuş mənzillər, bağlanmış düşərgələr və yeni qəsəbələr (Yunusov 2013)',
      unit: 'mənzil, düşərgə və ya qəsəbə («Nə ilə hesablanıb» sütununa baxın)',
      locator: '«1. The problems of Azerbaijani refugees from CIS countries and domestic migrants» bölməsi',
      notes: [
        'Üç sətir müxtəlif şeyləri (mənzilləri, düşərgələri, qəsəbələri) hesablayır; onları toplamaq və ya bir oxda göstərmək olmaz.',
        'Mənzillər təkcə Bakıda tutulub və onların sahibləri hələ də onları geri tələb edirdi; Qarabağ münaqişəsi davam etdikcə qaçqınları yaşadıqları yerdən çıxarmaq olmazdı.',
        '28 düşərgənin köçürülməsi 2003-cü ildə başlayıb və 2010-cu ilin əvvəlinədək başa çatıb; hər ailəyə üç otaqlı ev verilib və hesabata görə heç bir düşərgə qalmayıb. 76 qəsəbə əsasən cəbhə xətti boyunca yerləşir.',
        'Sətirlər müxtəlif istinadlara əsaslanır («Hesabatda verilmiş istinad» sütunu; "Azerbaijan, 2012" hesabatın ədəbiyyat siyahısında göstərilmiş, 2012-ci ilin noyabrında dərc olunmuş imzasız xəbər məqaləsidir, biblioqrafiya açarı azerbaijan-awaits-2012, və düşərgələr və qəsəbələr haqqında abzasdakı yeganə istinaddır), buna görə mənbə kimi hesabatın özü göstərilir.',
      ],
      columns: {
        item: 'Göstərici',
        period: 'Dövr',
        number: 'Say',
        counted: 'Nə ilə hesablanıb',
        cited_in_report: 'Hesabatda verilmiş istinad',
      },
      values: {
        item: {
          'Flats in Baku taken by refugees and forced migrants': 'Bakıda qaçqınlar və məcburi miqrantlar tərəfindən tutulmuş mənzillər',
          'Forced-migrant camps resettled to newly built residential areas': 'Sakinləri yeni tikilmiş yaşayış massivlərinə köçürülmüş məcburi miqrant düşərgələri',
          'Settlements where all forced migrants now live': 'Bütün məcburi miqrantların hazırda yaşadığı qəsəbələr',
        },
        period: {
          'not stated': 'göstərilməyib',
          '2003 to early 2010': '2003-cü ildən 2010-cu ilin əvvəlinədək',
          'since early 2010': '2010-cu ilin əvvəlindən',
        },
        counted: {
          'flats': 'mənzil',
          'camps': 'düşərgə',
          'settlements': 'qəsəbə',
        },
        cited_in_report: {
          'Yunusov 2009, pp. 68-69': 'Yunusov 2009, s. 68-69',
          'Azerbaijan, 2012 (the reference that ends the paragraph)': 'Azerbaijan, 2012 (abzası bitirən istinad)',
          'Azerbaijan, 2012': 'Azerbaijan, 2012',
        },
      },
    },
  },
});

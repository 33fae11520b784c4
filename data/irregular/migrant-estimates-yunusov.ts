import { defineDataset, cell } from 'report-site/schema';

export const irregularEstimatesYunusov = defineDataset({
  id: 'irregular-migrant-estimates-yunusov',
  file: 'irregular/migrant-estimates-yunusov.csv',
  title: 'Estimates of the number of illegal migrants in Azerbaijan, 2007 to the early 2010s, as given by Yunusov (2013)',
  unit: 'persons',
  source: 'yunusov-2013',
  locator: 'section "3. Foreign refugees and labour migrants"',
  notes: [
    'A single figure fills "value" only; a range fills "low" and "high" only.',
    'The rows rest on different sources, named in the column cited_in_report, so the report itself is cited as source: the 2007 and 2008 figures are statements of the Ministry of Labour and Social Protection of Population (the passage ends with a reference to Yunusov 2009), the 9,000–11,000 range is in a paragraph that ends with a reference to Abbasov 2011.',
    'The range describes the situation after the visa rules were tightened and a campaign of detection and deportation began in autumn 2010; the report says the number of illegal migrants, especially from Asian countries, fell considerably and "currently" (the report is from 2013) fluctuates around these values.',
    'The registered count of 6,238 illegal migrants at the end of 2008 is a count, not an estimate: see irregular-registered-2008-by-citizenship.',
  ],
  row: {
    estimated_by: cell.text(),
    period: cell.text(),
    value: cell.numberOrNull({ min: 0, integer: true }),
    low: cell.numberOrNull({ min: 0, integer: true }),
    high: cell.numberOrNull({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
    cited_in_report: cell.text(),
  },
  columns: {
    estimated_by: 'Estimated by',
    period: 'Reference period',
    value: 'Single figure (persons)',
    low: 'Range: low (persons)',
    high: 'Range: high (persons)',
    qualifier: 'Qualifier in the report',
    cited_in_report: 'Reference given in the report',
  },
  translations: {
    az: {
      title: 'Azərbaycanda qanunsuz miqrantların sayına dair qiymətləndirmələr, 2007-ci ildən 2010-cu illərin əvvəlinədək, Yunusovun (2013) verdiyi kimi',
      unit: 'nəfər',
      locator: '«3. Foreign refugees and labour migrants» bölməsi',
      notes: [
        'Tək rəqəm yalnız "value" sütununu, interval isə yalnız "low" və "high" sütunlarını doldurur.',
        'Sətirlər cited_in_report sütununda göstərilən müxtəlif mənbələrə əsaslanır, buna görə də mənbə kimi hesabatın özü göstərilir: 2007 və 2008-ci il rəqəmləri Əmək və Əhalinin Sosial Müdafiəsi Nazirliyinin açıqlamalarıdır (abzas Yunusov 2009-a istinadla bitir), 9.000–11.000 intervalı isə Abbasov 2011-ə istinadla bitən abzasdadır.',
        'İnterval 2010-cu ilin payızında viza qaydaları sərtləşdirildikdən və aşkarlama və deportasiya kampaniyası başladıqdan sonrakı vəziyyəti təsvir edir; hesabata görə, qanunsuz miqrantların, xüsusilə Asiya ölkələrindən gələnlərin sayı xeyli azalıb və «hazırda» (hesabat 2013-cü ilə aiddir) bu hədlər ətrafında dəyişir.',
        '2008-ci ilin sonunda qeydə alınmış 6.238 qanunsuz miqrant qiymətləndirmə deyil, sayımdır: bax irregular-registered-2008-by-citizenship.',
      ],
      columns: {
        estimated_by: 'Qiymətləndirməni verən',
        period: 'İstinad dövrü',
        value: 'Tək rəqəm (nəfər)',
        low: 'İnterval: aşağı hədd (nəfər)',
        high: 'İnterval: yuxarı hədd (nəfər)',
        qualifier: 'Hesabatdakı dəqiqləşdirici ifadə',
        cited_in_report: 'Hesabatda verilən istinad',
      },
      values: {
        estimated_by: {
          'Ministry of Labour and Social Protection of Population': 'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
          'Not stated (the author)': 'Göstərilməyib (müəllif)',
        },
        period: {
          'November 2007': '2007-ci ilin noyabrı',
          'beginning of 2008': '2008-ci ilin əvvəli',
          'after the campaign begun in autumn 2010': '2010-cu ilin payızında başlanan kampaniyadan sonra',
        },
        qualifier: {
          'currently fluctuates at around': 'hazırda təxminən bu hədlərdə dəyişir:',
        },
      },
      verbatim: ['cited_in_report'],
    },
  },
});

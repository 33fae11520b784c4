import { defineDataset } from 'report-site/schema';
import { comparisonColumns, comparisonColumnsAz, comparisonRow } from '../displacement/comparison-schema.ts';

export const legalForeignWorkerCounts2008 = defineDataset({
  id: 'legal-foreign-worker-counts-2008',
  file: 'legal/foreign-worker-counts-2008.csv',
  title: 'Legally working foreigners in Azerbaijan in 2008: two official counts that disagree',
  unit: 'persons',
  source: 'yunusov-2009',
  via: 'yunusov-2013',
  locator: 'section "3. Foreign refugees and labour migrants"; the report cites Yunusov 2009, pp. 231-232',
  notes: [
    'A comparison table: two agencies, two numbers for much the same thing. The report uses them to show that even the number of work-permit holders was unclear, and does not reconcile them; both are kept as published, with the agency in produced_by.',
    'The ministry figure counts foreigners who obtained work permits from January to December 2008 (mostly Turkish citizens, mainly for oil production and construction); the committee figure counts foreigners officially working in the same period (its breakdown by sector is in legal-foreign-workers-by-sector-2008).',
    'Counts of registered foreigners and of irregular migrants for 2007-2008 given in the same section by the ministries are not part of this dataset.',
  ],
  row: comparisonRow(['yunusov-2013']),
  columns: comparisonColumns,
  translations: {
    az: {
      title: 'Azərbaycanda 2008-ci ildə qanuni işləyən əcnəbilər: bir-birinə uyğun gəlməyən iki rəsmi say',
      unit: 'nəfər',
      locator: '«3. Foreign refugees and labour migrants» bölməsi; hesabat Yunusov 2009, s. 231-232 mənbəyinə istinad edir',
      notes: [
        'Müqayisə cədvəli: iki qurum, demək olar ki, eyni göstərici üçün iki rəqəm. Hesabat onlardan hətta iş icazəsi sahiblərinin sayının da aydın olmadığını göstərmək üçün istifadə edir və onları uzlaşdırmır; hər iki rəqəm dərc edildiyi kimi saxlanılır, qurum «Kim hazırlayıb» sütunundadır.',
        'Nazirliyin rəqəmi 2008-ci ilin yanvar–dekabr aylarında iş icazəsi almış əcnəbiləri (əsasən Türkiyə vətəndaşları, əsasən neft hasilatı və tikinti üçün) əhatə edir; komitənin rəqəmi isə həmin dövrdə rəsmi işləyən əcnəbiləri əhatə edir (onun sahələr üzrə bölgüsü legal-foreign-workers-by-sector-2008 məlumat dəstindədir).',
        'Nazirliklərin həmin bölmədə verdiyi 2007–2008-ci illər üzrə qeydiyyatlı əcnəbilərin və qeyri-qanuni miqrantların sayları bu məlumat dəstinə daxil deyil.',
      ],
      columns: comparisonColumnsAz,
      values: {
        population: {
          'Foreigners who obtained work permits during the year, mostly Turkish citizens, mainly for oil production and construction':
            'İl ərzində iş icazəsi almış əcnəbilər, əsasən Türkiyə vətəndaşları, əsasən neft hasilatı və tikinti üçün',
          'Foreigners officially working in Azerbaijan': 'Azərbaycanda rəsmi işləyən əcnəbilər',
        },
        reference_date: { 'January–December 2008': 'yanvar–dekabr 2008' },
        produced_by: {
          'Ministry of Labour and Social Protection of Population': 'Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
          'State Statistics Committee': 'Dövlət Statistika Komitəsi',
        },
      },
      verbatim: ['source', 'locator'],
    },
  },
});

import { defineDataset, cell } from 'report-site/schema';

export const legalChineseMigrants = defineDataset({
  id: 'legal-chinese-migrants',
  file: 'legal/chinese-migrants.csv',
  title: 'Number of Chinese nationals in Azerbaijan, 2006–2008',
  unit: 'persons',
  source: 'yunusov-2009',
  via: 'yunusov-2013',
  locator: 'section "3. Foreign refugees and labour migrants"; the report cites Yunusov 2009, p. 229',
  notes: [
    'Approximate figures: the report says the number "reached" 1,000 in 2006 and was "almost" 3,000 in early 2007 and "almost" 7,000 by the end of 2008; the wording is in the qualifier column and the moment in the year in the when column.',
    'Before 2006 the report speaks only of "several hundred" people, without a figure.',
    'The report links the rise to the tightening of Russian migration rules in 2006, which pushed Chinese and other Far Eastern migrants out of Russia.',
  ],
  row: {
    date: cell.partialDate(),
    when: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
  },
  columns: {
    date: 'Year',
    when: 'When in the year',
    persons: 'Persons',
    qualifier: 'Qualifier in the source',
  },
  translations: {
    az: {
      title: 'Azərbaycanda Çin vətəndaşlarının sayı, 2006–2008',
      unit: 'nəfər',
      locator: '«3. Foreign refugees and labour migrants» bölməsi; hesabat Yunusov 2009, s. 229 mənbəyinə istinad edir',
      notes: [
        'Təxmini rəqəmlər: hesabatda deyilir ki, say 2006-cı ildə 1.000-ə «çatmış», 2007-ci ilin əvvəlində «demək olar ki» 3.000, 2008-ci ilin sonunda isə «demək olar ki» 7.000 olmuşdur; bu ifadə «Mənbədəki ifadə» sütununda, ilin hansı vaxtı olduğu isə «İlin hansı vaxtı» sütunundadır.',
        '2006-cı ilədək hesabat rəqəm vermədən yalnız «bir neçə yüz» nəfərdən danışır.',
        'Hesabat artımı Rusiyanın 2006-cı ildə miqrasiya qaydalarını sərtləşdirməsi ilə əlaqələndirir; bu, Çin və digər Uzaq Şərq ölkələrindən olan miqrantları Rusiyanı tərk etməyə vadar etmişdir.',
      ],
      columns: {
        date: 'İl',
        when: 'İlin hansı vaxtı',
        persons: 'Nəfər',
        qualifier: 'Mənbədəki ifadə',
      },
      values: {
        when: { 'in 2006': '2006-cı ildə', 'early 2007': '2007-ci ilin əvvəli', 'end of 2008': '2008-ci ilin sonu' },
        qualifier: { reached: 'çatmışdır', almost: 'demək olar ki' },
      },
    },
  },
});

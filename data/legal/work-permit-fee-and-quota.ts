import { defineDataset, cell } from 'report-site/schema';

export const legalWorkPermitFeeAndQuota = defineDataset({
  id: 'legal-work-permit-fee-and-quota',
  file: 'legal/work-permit-fee-and-quota.csv',
  title: 'Payment for hiring a foreign worker before and after the 2009 increase, and the 2011 quota for foreign workers',
  unit: 'mixed: manats, US dollars or persons (see the unit column)',
  source: 'abbasov-2011',
  via: 'yunusov-2013',
  locator: 'section "3. Foreign refugees and labour migrants"; the report cites Abbasov 2011',
  notes: [
    'The report says that in 2009 the registration payment a company makes for one foreign worker grew 22 times, from 45 manats to 1,000 manats; the dollar amounts are the report’s own approximations ("around"), kept in the qualifier column.',
    'The date column gives the year of the change (2009) for the payments and the year the quota applies to (2011) for the quota.',
    'The quota of 9,800 people for 2011 is one of the measures the report lists as limiting the legal employment of foreigners.',
  ],
  row: {
    measure: cell.text(),
    date: cell.partialDate(),
    value: cell.number({ min: 0 }),
    unit: cell.oneOf(['manats', 'US dollars', 'persons']),
    qualifier: cell.textOrNull(),
  },
  columns: {
    measure: 'Measure',
    date: 'Year',
    value: 'Value',
    unit: 'Unit',
    qualifier: 'Qualifier in the source',
  },
  translations: {
    az: {
      title: 'Əcnəbi işçinin işə götürülməsi üçün ödəniş 2009-cu il artımından əvvəl və sonra, habelə 2011-ci il üçün əcnəbi işçi kvotası',
      unit: 'qarışıq: manat, ABŞ dolları və ya nəfər (bax: «Ölçü vahidi» sütunu)',
      locator: '«3. Foreign refugees and labour migrants» bölməsi; hesabat Abbasov 2011 mənbəyinə istinad edir',
      notes: [
        'Hesabatda deyilir ki, 2009-cu ildə şirkətin bir əcnəbi işçiyə görə ödədiyi qeydiyyat ödənişi 22 dəfə artaraq 45 manatdan 1.000 manata çatmışdır; dollar məbləğləri hesabatın öz təxmini hesablamalarıdır («təxminən») və «Mənbədəki ifadə» sütununda saxlanılır.',
        '«İl» sütunu ödənişlər üçün dəyişikliyin ilini (2009), kvota üçün isə kvotanın aid olduğu ili (2011) göstərir.',
        '2011-ci il üçün 9.800 nəfərlik kvota hesabatın əcnəbilərin qanuni məşğulluğunu məhdudlaşdıran tədbirlər sırasında sadaladığı tədbirlərdən biridir.',
      ],
      columns: {
        measure: 'Tədbir',
        date: 'İl',
        value: 'Qiymət',
        unit: 'Ölçü vahidi',
        qualifier: 'Mənbədəki ifadə',
      },
      values: {
        measure: {
          'Registration payment per foreign worker before the 2009 increase': 'Bir əcnəbi işçiyə görə qeydiyyat ödənişi, 2009-cu il artımından əvvəl',
          'Registration payment per foreign worker after the 2009 increase': 'Bir əcnəbi işçiyə görə qeydiyyat ödənişi, 2009-cu il artımından sonra',
          'Quota for foreign workers': 'Əcnəbi işçilər üçün kvota',
        },
        unit: { manats: 'manat', 'US dollars': 'ABŞ dolları', persons: 'nəfər' },
        qualifier: { around: 'təxminən' },
      },
    },
  },
});

import { defineDataset, cell } from 'report-site/schema';

export const displacementIdpEstimates = defineDataset({
  id: 'displacement-idp-estimates',
  file: 'displacement/idp-estimates.csv',
  title: 'Estimates of the number of internally displaced persons (IDPs) in Azerbaijan, 2006–2008, by who made them',
  unit: 'persons',
  source: 'shahgaldiyev-2016',
  locator: 'section "Refugees and asylum seekers", first and third paragraphs',
  notes: [
    'A single figure fills "value" only; a range fills "low" and "high" only. "Up to" and similar wording is kept in the qualifier column.',
    'The estimates come from different bodies and are kept as separate rows: the Ministry of Foreign Affairs (up to 700,000, February 2008), UNHCR (579,000 in 2006) and the Government of Azerbaijan (687,000 in March 2007). The last two were compiled by the Geneva-based monitoring centre IDMC, which put the "current" number between them; the report gives no date for the IDMC range.',
    'The report names no document for these estimates, so the report itself is cited as source.',
    'The monitoring centre is named as in the report ("International Displacement Monitoring Centre"); it is better known as the Internal Displacement Monitoring Centre.',
  ],
  row: {
    estimated_by: cell.text(),
    reported_by: cell.text(),
    reference_date: cell.textOrNull(),
    value: cell.numberOrNull({ min: 0, integer: true }),
    low: cell.numberOrNull({ min: 0, integer: true }),
    high: cell.numberOrNull({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
  },
  columns: {
    estimated_by: 'Estimate made by',
    reported_by: 'Compiled or reported by',
    reference_date: 'Reference date',
    value: 'Single figure (persons)',
    low: 'Range: low (persons)',
    high: 'Range: high (persons)',
    qualifier: 'Qualifier in the report',
  },
  translations: {
    az: {
      title: 'Azərbaycanda məcburi köçkünlərin sayına dair qiymətləndirmələr, 2006–2008, qiymətləndirməni aparan quruma görə',
      unit: 'nəfər',
      locator: '«Refugees and asylum seekers» bölməsi, birinci və üçüncü abzaslar',
      notes: [
        'Tək rəqəm yalnız «Tək rəqəm (nəfər)» sütununu, aralıq isə yalnız «Aralıq: aşağı hədd (nəfər)» və «Aralıq: yuxarı hədd (nəfər)» sütunlarını doldurur. «…-dək» ("up to") və oxşar ifadələr dəqiqləşdirici söz sütununda saxlanılır.',
        'Qiymətləndirmələr müxtəlif qurumlara məxsusdur və ayrı sətirlərdə saxlanılır: XİN (700.000-dək, 2008-ci ilin fevralı), BMT QAK (2006-cı ildə 579.000) və Azərbaycan hökuməti (2007-ci ilin martında 687.000). Son ikisini Cenevrədə yerləşən IDMC monitorinq mərkəzi bir yerə toplayıb və «hazırkı» ("current") sayı onların arasında yerləşdirib; hesabat IDMC aralığının tarixini göstərmir.',
        'Hesabatda bu qiymətləndirmələr üçün heç bir sənəd göstərilmir, buna görə mənbə kimi hesabatın özü göstərilir.',
        'Monitorinq mərkəzi hesabatdakı kimi adlandırılıb ("International Displacement Monitoring Centre", Beynəlxalq Köçkünlüyün Monitorinqi Mərkəzi); o, daha çox Daxili Köçkünlüyün Monitorinqi Mərkəzi (Internal Displacement Monitoring Centre) adı ilə tanınır.',
      ],
      columns: {
        estimated_by: 'Qiymətləndirməni aparan',
        reported_by: 'Toplayan və ya məlumat verən',
        reference_date: 'İstinad tarixi',
        value: 'Tək rəqəm (nəfər)',
        low: 'Aralıq: aşağı hədd (nəfər)',
        high: 'Aralıq: yuxarı hədd (nəfər)',
        qualifier: 'Hesabatdakı dəqiqləşdirici söz',
      },
      values: {
        estimated_by: {
          'Ministry of Foreign Affairs': 'Xarici İşlər Nazirliyi',
          'UNHCR': 'BMT QAK',
          'Government of Azerbaijan': 'Azərbaycan hökuməti',
          'IDMC': 'IDMC',
        },
        reported_by: {
          'Ministry of Foreign Affairs': 'Xarici İşlər Nazirliyi',
          'International Displacement Monitoring Centre (IDMC)': 'Beynəlxalq Köçkünlüyün Monitorinqi Mərkəzi (IDMC)',
        },
        reference_date: {
          '2008-02': 'fevral 2008',
          '2006': '2006',
          '2007-03': 'mart 2007',
        },
        qualifier: {
          'up to': '…-dək',
          'could be somewhere between': 'arasında bir yerdə ola bilər',
        },
      },
    },
  },
});

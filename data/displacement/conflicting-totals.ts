import { defineDataset } from 'report-site/schema';
import { comparisonColumns, comparisonColumnsAz, comparisonRow } from './comparison-schema.ts';

export const displacementConflictingTotals = defineDataset({
  id: 'displacement-conflicting-totals',
  file: 'displacement/conflicting-totals.csv',
  title: 'Totals of people displaced by the Nagorno-Karabakh conflict, as the reports give them',
  unit: 'persons',
  source: 'shahgaldiyev-2016',
  locator:
    'Shahgaldiyev 2016: “Executive summary”, “Refugees and asylum seekers” and “Internally displaced persons”; first row: Yunusov 2013, “1. The problems of Azerbaijani refugees from CIS countries and domestic migrants”',
  notes: [
    'A comparison table: each row is a separate figure with its own population, date and producer, cited in the columns source and locator. The figures do not count the same people at the same date; they are kept as published and must not be added up, averaged or read as a range.',
    'Two figures are written in words: "approximately one million" (stored as 1,000,000) and "nearly one million and a half" (stored as 1,500,000).',
    'The February 2008 total is printed "989, 586" with a stray space in the 2016 report; it is read as 989,586.',
  ],
  row: comparisonRow(['shahgaldiyev-2016', 'yunusov-2013']),
  columns: comparisonColumns,
  translations: {
    az: {
      title: 'Dağlıq Qarabağ münaqişəsi nəticəsində didərgin düşmüş insanların hesabatlarda verilən ümumi sayları',
      unit: 'nəfər',
      locator:
        'Shahgaldiyev 2016: «Executive summary», «Refugees and asylum seekers» və «Internally displaced persons»; birinci sətir: Yunusov 2013, «1. The problems of Azerbaijani refugees from CIS countries and domestic migrants»',
      notes: [
        'Müqayisə cədvəli: hər sətir öz əhatə etdiyi əhalisi, tarixi və hazırlayanı olan ayrıca rəqəmdir; mənbəyi source və locator sütunlarında göstərilir. Rəqəmlər eyni insanları eyni tarixdə saymır; onlar dərc edildiyi kimi saxlanılır, toplanmamalı, ortalaması çıxarılmamalı və interval kimi oxunmamalıdır.',
        'İki rəqəm sözlə yazılıb: «təxminən bir milyon» ("approximately one million", 1.000.000 kimi saxlanılıb) və «bir milyon yarıma yaxın» ("nearly one million and a half", 1.500.000 kimi saxlanılıb).',
        'Fevral 2008 üzrə cəmi 2016-cı il hesabatında artıq boşluqla "989, 586" kimi çap olunub; 989.586 kimi oxunur.',
      ],
      columns: comparisonColumnsAz,
      values: {
        qualifier: { approximately: 'təxminən', nearly: '…-ə yaxın' },
        population: {
          'Refugees and forced migrants from the occupied territories of Karabakh and the lands around them':
            'Qarabağın və ətraf ərazilərin işğal olunmuş torpaqlarından gəlmiş qaçqınlar və məcburi miqrantlar',
          'Refugees or IDPs living in Azerbaijan when the fighting ended, after the conflict and the arrival of Meskhetian Turks and of Azerbaijanis from Georgia':
            'Döyüşlər başa çatanda Azərbaycanda yaşayan qaçqınlar və ya məcburi köçkünlər; münaqişənin, habelə Axısqa türklərinin və Gürcüstandan azərbaycanlıların gəlişinin nəticəsi',
          'Refugees, IDPs and asylum seekers in Azerbaijan, asylum seekers from other countries included':
            'Azərbaycandakı qaçqınlar, məcburi köçkünlər və sığınacaq axtaran şəxslər, başqa ölkələrdən gələn sığınacaq axtaranlar daxil olmaqla',
          'Refugees and IDPs resulting from the conflict': 'Münaqişə nəticəsində qaçqın və məcburi köçkün düşənlər',
          'People displaced or forced to migrate by the conflict': 'Münaqişə nəticəsində didərgin düşmüş və ya məcburi köç etmiş insanlar',
        },
        reference_date: { 'mid-1990s': '1990-cı illərin ortası', '1994': '1994', 'February 2008': 'fevral 2008' },
        produced_by: {
          'Not stated': 'Göstərilməyib',
          'Ministry of Foreign Affairs': 'Xarici İşlər Nazirliyi',
          'Government of Azerbaijan, estimates (the footnote points to ICMPD, 2005)': 'Azərbaycan hökuməti, qiymətləndirmələr (qeyd ICMPD, 2005 mənbəyinə istinad edir)',
        },
      },
      verbatim: ['source', 'locator'],
    },
  },
});

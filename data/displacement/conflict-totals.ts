import { defineDataset, cell } from 'report-site/schema';

export const displacementConflictTotals = defineDataset({
  id: 'displacement-conflict-totals',
  file: 'displacement/conflict-totals.csv',
  title: 'Refugees and internally displaced persons from the Nagorno-Karabakh conflict and related flows: headline figures given by Shahgaldiyev (2016)',
  unit: 'persons',
  source: 'shahgaldiyev-2016',
  locator: 'executive summary and section "Internally displaced persons", first paragraph',
  notes: [
    'Two figures are written in words in the report: "approximately one million" refugees and IDPs (stored as 1,000,000) and "nearly one million and a half" people displaced or forced to migrate (stored as 1,500,000). The column as_published keeps the wording and qualifier of the report.',
    'The figures do not measure the same thing and do not agree: about 1,000,000 refugees and IDPs in the executive summary, nearly 1,500,000 displaced or forced migrants according to government estimates, and 947,586 refugees or IDPs living in the country when the fighting ended in 1994. The last figure is said to result from the conflict together with the arrival of the Meskhetian Turks and of ethnic Azerbaijanis from Georgia.',
    'The same report, quoting the Ministry of Foreign Affairs, speaks of 50,000 Meskhetian Turks "deported from Central Asia" (dataset displacement-refugees-idps-asylum-2008); here they are said to have fled Uzbekistan. The report spells the name both "Meskhetian" and "Meshketian".',
    'Footnote 18 cites "ICMPD (2005)" without saying which of the two ICMPD works of 2005 listed in the report is meant, and the other figures carry no footnote, so the report itself is cited as source.',
  ],
  row: {
    measure: cell.text(),
    reference_date: cell.textOrNull(),
    persons: cell.number({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
    as_published: cell.text(),
    attributed_to: cell.text(),
  },
  columns: {
    measure: 'What is counted',
    reference_date: 'Reference date',
    persons: 'Persons',
    qualifier: 'Qualifier in the report',
    as_published: 'As written in the report',
    attributed_to: 'Attributed to',
  },
  translations: {
    az: {
      title: 'Dağlıq Qarabağ münaqişəsi nəticəsində qaçqınlar və məcburi köçkünlər, habelə əlaqəli axınlar: Shahgaldiyevin (2016) verdiyi əsas rəqəmlər',
      unit: 'nəfər',
      locator: '«Executive summary» və «Internally displaced persons» bölməsinin birinci abzası',
      notes: [
        'Hesabatda iki rəqəm sözlə yazılıb: «təxminən bir milyon» ("approximately one million") qaçqın və məcburi köçkün (1.000.000 kimi saxlanılıb) və «bir milyon yarıma yaxın» ("nearly one million and a half") didərgin düşmüş və ya məcburi köç etmiş insan (1.500.000 kimi saxlanılıb). «Hesabatda yazıldığı kimi» sütununda hesabatın ifadəsi və dəqiqləşdirici sözü saxlanılır.',
        'Rəqəmlər eyni şeyi ölçmür və bir-biri ilə uzlaşmır: icmalda təxminən 1.000.000 qaçqın və məcburi köçkün, hökumətin qiymətləndirmələrinə görə 1.500.000-ə yaxın didərgin düşmüş və ya məcburi miqrant və 1994-cü ildə döyüşlər başa çatanda ölkədə yaşayan 947.586 qaçqın və ya məcburi köçkün. Sonuncu rəqəmin münaqişə ilə yanaşı Axısqa türklərinin və Gürcüstandan gələn etnik azərbaycanlıların gəlişinin nəticəsi olduğu deyilir.',
        'Eyni hesabat XİN-ə istinadən «Mərkəzi Asiyadan deportasiya edilmiş» 50.000 Axısqa türkündən danışır (displacement-refugees-idps-asylum-2008 məlumat dəsti); burada isə onların Özbəkistandan qaçdığı deyilir. Hesabatda bu ad həm "Meskhetian", həm də "Meshketian" kimi yazılıb.',
        '18 nömrəli qeyddə hesabatda sadalanan ICMPD-nin 2005-ci ilə aid iki əsərindən hansının nəzərdə tutulduğu göstərilmədən "ICMPD (2005)" istinadı verilir, digər rəqəmlərin isə qeydi yoxdur; buna görə mənbə kimi hesabatın özü göstərilir.',
      ],
      columns: {
        measure: 'Nə hesablanıb',
        reference_date: 'İstinad tarixi',
        persons: 'Nəfər',
        qualifier: 'Hesabatdakı dəqiqləşdirici söz',
        as_published: 'Hesabatda yazıldığı kimi',
        attributed_to: 'Kimə istinad edilir',
      },
      values: {
        measure: {
          'Refugees and IDPs resulting from the Nagorno-Karabakh conflict': 'Dağlıq Qarabağ münaqişəsi nəticəsində qaçqınlar və məcburi köçkünlər',
          'People displaced or forced to migrate by the Nagorno-Karabakh conflict': 'Dağlıq Qarabağ münaqişəsi nəticəsində didərgin düşmüş və ya məcburi köç etmiş insanlar',
          'Meskhetian Turks who fled Uzbekistan and were granted asylum in Azerbaijan': 'Özbəkistandan qaçmış və Azərbaycanda sığınacaq almış Axısqa türkləri',
          'Refugees or IDPs residing in Azerbaijan at the end of the armed conflict': 'Silahlı münaqişənin sonunda Azərbaycanda yaşayan qaçqınlar və ya məcburi köçkünlər',
        },
        reference_date: {
          '1994': '1994',
        },
        qualifier: {
          'approximately': 'təxminən',
          'nearly': '…-ə yaxın',
        },
        attributed_to: {
          'Not stated (executive summary)': 'Göstərilməyib (icmal)',
          'Estimates of the Azerbaijani government (footnote 18: ICMPD, 2005)': 'Azərbaycan hökumətinin qiymətləndirmələri (18 nömrəli qeyd: ICMPD, 2005)',
          'Not stated': 'Göstərilməyib',
        },
      },
      verbatim: ['as_published'],
    },
  },
});

import { defineDataset, cell } from 'report-site/schema';

export const displacementTotalsCompared = defineDataset({
  id: 'displacement-totals-compared',
  file: 'displacement/totals-compared.csv',
  title: 'Headline totals of people displaced by the Nagorno-Karabakh conflict, side by side, as given by Shahgaldiyev (2016) and Yunusov (2013)',
  unit: 'persons',
  source: 'shahgaldiyev-2016',
  locator:
    'Shahgaldiyev 2016: executive summary, section "Refugees and asylum seekers" (first paragraph) and section "Internally displaced persons" (first paragraph); last row: Yunusov 2013, section "1. The problems of Azerbaijani refugees from CIS countries and domestic migrants", first paragraph',
  notes: [
    'A comparison table assembled from rows of the datasets displacement-conflict-totals, displacement-refugees-idps-asylum-2008 and displacement-refugees-yunusov, so that the conflicting totals can be shown side by side. The column reported_in says which report gives each figure; the last row (750,000 by the mid-1990s) comes from Yunusov 2013, not from Shahgaldiyev 2016.',
    'The labels are short. In full: people displaced or forced to migrate by the conflict, according to estimates of the Azerbaijani government; refugees and IDPs resulting from the conflict (executive summary of the 2016 report, no date or source); refugees, IDPs and asylum seekers in Azerbaijan as of February 2008 (Ministry of Foreign Affairs); refugees or IDPs living in the country when the fighting ended in 1994; refugees and forced migrants from Karabakh and the occupied districts around it gathered in Azerbaijan by the mid-1990s (Yunusov 2013).',
    'The figures do not count the same groups or refer to the same dates, and they disagree. They are kept as published and must not be added up or averaged.',
    'Two figures are written in words: "approximately one million" (stored as 1,000,000) and "nearly one million and a half" (stored as 1,500,000).',
    'The February 2008 total is printed "989, 586" with a stray space (in both extractions of the 2016 report); it is read as 989,586. It includes asylum seekers from other countries as well as people displaced by the conflict.',
    'The 947,586 of 1994 is said to result from the conflict together with the arrival of about 50,000 Meskhetian Turks from Uzbekistan and of ethnic Azerbaijanis from Georgia.',
  ],
  row: {
    measure: cell.text(),
    reference_date: cell.textOrNull(),
    persons: cell.number({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
    as_published: cell.text(),
    reported_in: cell.oneOf(['Shahgaldiyev 2016', 'Yunusov 2013']),
    attributed_to: cell.text(),
  },
  columns: {
    measure: 'What is counted',
    reference_date: 'Reference date',
    persons: 'Persons',
    qualifier: 'Qualifier in the report',
    as_published: 'As written in the report',
    reported_in: 'Report',
    attributed_to: 'Attributed to',
  },
  translations: {
    az: {
      title: 'Dağlıq Qarabağ münaqişəsi nəticəsində didərgin düşmüş insanların sayına dair əsas ümumi rəqəmlər yanaşı: Shahgaldiyev (2016) və Yunusov (2013)',
      unit: 'nəfər',
      locator:
        'Shahgaldiyev 2016: «Executive summary», «Refugees and asylum seekers» bölməsi (birinci abzas) və «Internally displaced persons» bölməsi (birinci abzas); sonuncu sətir: Yunusov 2013, «1. The problems of Azerbaijani refugees from CIS countries and domestic migrants» bölməsi, birinci abzas',
      notes: [
        'displacement-conflict-totals, displacement-refugees-idps-asylum-2008 və displacement-refugees-yunusov məlumat dəstlərinin sətirlərindən tərtib edilmiş müqayisə cədvəli; məqsəd bir-birinə zidd ümumi rəqəmləri yanaşı göstərməkdir. «Hesabat» sütunu hər rəqəmin hansı hesabatda verildiyini göstərir; son sətir (1990-cı illərin ortalarınadək 750.000) Shahgaldiyev 2016-dan deyil, Yunusov 2013-dən götürülüb.',
        'Yazılar qısadır. Tam şəkildə: Azərbaycan hökumətinin qiymətləndirmələrinə görə münaqişə nəticəsində didərgin düşmüş və ya məcburi köç etmiş insanlar; münaqişə nəticəsində qaçqınlar və məcburi köçkünlər (2016-cı il hesabatının icmalı, tarix və mənbə göstərilmədən); 2008-ci ilin fevralına Azərbaycanda qaçqınlar, məcburi köçkünlər və sığınacaq axtaran şəxslər (XİN); 1994-cü ildə döyüşlər başa çatanda ölkədə yaşayan qaçqınlar və ya məcburi köçkünlər; 1990-cı illərin ortalarınadək Qarabağdan və onun ətrafındakı işğal olunmuş rayonlardan Azərbaycana toplaşmış qaçqınlar və məcburi miqrantlar (Yunusov 2013).',
        'Rəqəmlər eyni qrupları hesablamır, eyni tarixlərə aid deyil və bir-biri ilə uzlaşmır. Onlar dərc olunduğu kimi saxlanılıb; onları toplamaq və ya orta qiymətini hesablamaq olmaz.',
        'İki rəqəm sözlə yazılıb: «təxminən bir milyon» ("approximately one million", 1.000.000 kimi saxlanılıb) və «bir milyon yarıma yaxın» ("nearly one million and a half", 1.500.000 kimi saxlanılıb).',
        '2008-ci ilin fevral üzrə ümumi say artıq boşluqla "989, 586" kimi çap olunub (2016-cı il hesabatının hər iki mətn çıxarışında); o, 989.586 kimi oxunur. Bu say münaqişə nəticəsində didərgin düşmüş insanlarla yanaşı digər ölkələrdən gəlmiş sığınacaq axtaran şəxsləri də əhatə edir.',
        '1994-cü ilə aid 947.586 rəqəminin münaqişə ilə yanaşı Özbəkistandan təxminən 50.000 Axısqa türkünün və Gürcüstandan etnik azərbaycanlıların gəlişinin nəticəsi olduğu deyilir.',
      ],
      columns: {
        measure: 'Nə hesablanıb',
        reference_date: 'İstinad tarixi',
        persons: 'Nəfər',
        qualifier: 'Hesabatdakı dəqiqləşdirici söz',
        as_published: 'Hesabatda yazıldığı kimi',
        reported_in: 'Hesabat',
        attributed_to: 'Kimə istinad edilir',
      },
      values: {
        measure: {
          'Displaced or forced migrants (government)': 'Didərgin düşmüş və ya məcburi miqrantlar (hökumət)',
          'Refugees and IDPs (executive summary)': 'Qaçqınlar və məcburi köçkünlər (icmal)',
          'Refugees, IDPs, asylum seekers, Feb 2008': 'Qaçqınlar, məcburi köçkünlər, sığınacaq axtaran şəxslər, fevral 2008',
          'Refugees or IDPs at end of conflict, 1994': 'Münaqişənin sonunda qaçqınlar və ya məcburi köçkünlər, 1994',
          'Refugees and forced migrants, mid-1990s': 'Qaçqınlar və məcburi miqrantlar, 1990-cı illərin ortası',
        },
        reference_date: {
          '2008-02': 'fevral 2008',
          '1994': '1994',
          'mid-1990s': '1990-cı illərin ortası',
        },
        qualifier: {
          'nearly': '…-ə yaxın',
          'approximately': 'təxminən',
        },
        reported_in: {
          'Shahgaldiyev 2016': 'Shahgaldiyev 2016',
          'Yunusov 2013': 'Yunusov 2013',
        },
        attributed_to: {
          'Government of Azerbaijan (footnote 18: ICMPD, 2005)': 'Azərbaycan hökuməti (18 nömrəli qeyd: ICMPD, 2005)',
          'Not stated': 'Göstərilməyib',
          'Ministry of Foreign Affairs': 'Xarici İşlər Nazirliyi',
        },
      },
      verbatim: ['as_published'],
    },
  },
});

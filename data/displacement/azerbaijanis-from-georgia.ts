import { defineDataset, cell } from 'report-site/schema';

export const displacementAzerbaijanisFromGeorgia = defineDataset({
  id: 'displacement-azerbaijanis-from-georgia',
  file: 'displacement/azerbaijanis-from-georgia.csv',
  title: 'Ethnic Azerbaijanis who left Georgia, and ethnic Azerbaijanis recorded by the Georgian census of the early 2000s',
  unit: 'persons',
  source: 'aliyev-2006',
  via: 'shahgaldiyev-2016',
  locator: 'section "Internally displaced persons", second paragraph; footnote 19',
  notes: [
    'The two figures are hard to reconcile: an estimated 300,000 ethnic Azerbaijanis are said to have left Georgia "in the past 10 years", while the census held in Georgia in the early 2000s still recorded nearly 285,000 of them there. The report does not comment on this; the figures are kept as published.',
    '"The past 10 years" is counted from the cited work (2006) or the report (2016), which the report does not make clear.',
    'A law of 1998 gave Azerbaijani citizenship to the Azerbaijanis who fled Georgia; according to the report, those who had arrived earlier still lived in Azerbaijan without proper documents.',
  ],
  row: {
    measure: cell.text(),
    reference_period: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
  },
  columns: {
    measure: 'What is counted',
    reference_period: 'Reference period',
    persons: 'Persons',
    qualifier: 'Qualifier in the report',
  },
  translations: {
    az: {
      title: 'Gürcüstanı tərk etmiş etnik azərbaycanlılar və 2000-ci illərin əvvəlində Gürcüstan siyahıyaalmasında qeydə alınmış etnik azərbaycanlılar',
      unit: 'nəfər',
      locator: '«Internally displaced persons» bölməsi, ikinci abzas; 19 saylı haşiyə',
      notes: [
        'Bu iki rəqəmi uzlaşdırmaq çətindir: təxminən 300.000 etnik azərbaycanlının «son 10 ildə» Gürcüstanı tərk etdiyi deyilir, halbuki 2000-ci illərin əvvəlində Gürcüstanda keçirilmiş siyahıyaalma orada onlardan hələ də 285.000-ə yaxınını qeydə almışdı. Hesabat buna münasibət bildirmir; rəqəmlər dərc olunduğu kimi saxlanılıb.',
        '«Son 10 il» istinad edilən əsərdən (2006) və ya hesabatdan (2016) hesablanır; hesabatdan bunun hansı olduğu aydın deyil.',
        '1998-ci il qanunu Gürcüstandan qaçmış azərbaycanlılara Azərbaycan vətəndaşlığı verdi; hesabata görə, daha əvvəl gəlmiş şəxslər Azərbaycanda hələ də lazımi sənədlər olmadan yaşayırdılar.',
      ],
      columns: {
        measure: 'Nə hesablanıb',
        reference_period: 'İstinad dövrü',
        persons: 'Nəfər',
        qualifier: 'Hesabatdakı dəqiqləşdirici söz',
      },
      values: {
        measure: {
          'Ethnic Azerbaijanis who left Georgia': 'Gürcüstanı tərk etmiş etnik azərbaycanlılar',
          'Ethnic Azerbaijanis recorded in Georgia by the Georgian census': 'Gürcüstan siyahıyaalmasında Gürcüstanda qeydə alınmış etnik azərbaycanlılar',
        },
        reference_period: {
          'past 10 years': 'son 10 il',
          'early 2000s': '2000-ci illərin əvvəli',
        },
        qualifier: {
          'an estimated': 'təxmini hesablamaya görə',
          'nearly': '…-ə yaxın',
        },
      },
    },
  },
});

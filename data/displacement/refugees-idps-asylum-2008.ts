import { defineDataset, cell } from 'report-site/schema';

export const displacementRefugeesIdps2008 = defineDataset({
  id: 'displacement-refugees-idps-asylum-2008',
  file: 'displacement/refugees-idps-asylum-2008.csv',
  title: 'Refugees, internally displaced persons and asylum seekers in Azerbaijan as of February 2008: total and composition reported by the Ministry of Foreign Affairs',
  unit: 'persons',
  source: 'shahgaldiyev-2016',
  locator: 'section "Refugees and asylum seekers", first paragraph',
  notes: [
    'The report attributes these figures to the Ministry of Foreign Affairs as of February 2008. The footnote just before them (16) cites the 2008 IOM country profile and the next one (17) Aliyev 2006; since neither mark stands on these figures, the report itself is cited as source.',
    'The total is printed "989, 586" with a stray space after the comma (in both extractions of the report); it is read as 989,586.',
    'The four parts add up to 1,003,000, which is 13,414 more than the published total of 989,586. Two of the parts are bounds ("up to" 700,000 IDPs, "close to" 3,000 asylum seekers), so the parts are not exact; the figures are kept as published.',
    'The 947,586 refugees or IDPs that the report gives for the end of the conflict in 1994 (dataset displacement-conflict-totals) differ from this total only in the second and third digits, but the report treats them as different figures.',
    'The report adds that some 8,000 Chechens, 7,500 Afghans and 3,000 Iranians were seeking refuge "in addition" (dataset displacement-asylum-seekers-by-origin); each of the first two groups alone is larger than the 3,000 asylum seekers counted here.',
  ],
  row: {
    level: cell.oneOf(['Total', 'Part']),
    group: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
    as_published: cell.text(),
  },
  columns: {
    level: 'Row type',
    group: 'Group',
    persons: 'Persons',
    qualifier: 'Qualifier in the report',
    as_published: 'As written in the report',
  },
  translations: {
    az: {
      title: 'Azərbaycanda 2008-ci ilin fevralına qaçqınlar, məcburi köçkünlər və sığınacaq axtaran şəxslər: XİN-in bildirdiyi ümumi say və onun tərkibi',
      unit: 'nəfər',
      locator: '«Refugees and asylum seekers» bölməsi, birinci abzas',
      notes: [
        'Hesabat bu rəqəmləri 2008-ci ilin fevral vəziyyəti üzrə XİN-ə aid edir. Onlardan bilavasitə əvvəl gələn qeyd (16) Beynəlxalq Miqrasiya Təşkilatının (IOM) 2008-ci il ölkə profilinə, növbəti qeyd (17) isə Aliyevin 2006-cı il əsərinə istinad edir; bu işarələrin heç biri bu rəqəmlərin yanında durmadığından mənbə kimi hesabatın özü göstərilir.',
        'Ümumi say vergüldən sonra artıq boşluqla "989, 586" kimi çap olunub (hesabatın hər iki mətn çıxarışında); o, 989.586 kimi oxunur.',
        'Dörd hissənin cəmi 1.003.000 edir ki, bu da dərc olunmuş 989.586 ümumi saydan 13.414 çoxdur. Hissələrdən ikisi hədd kimi verilib («700.000-dək» məcburi köçkün, «3.000-ə yaxın» sığınacaq axtaran şəxs), buna görə hissələr dəqiq deyil; rəqəmlər dərc olunduğu kimi saxlanılıb.',
        'Hesabatın 1994-cü ildə münaqişənin sonu üçün verdiyi 947.586 qaçqın və ya məcburi köçkün (displacement-conflict-totals məlumat dəsti) bu ümumi saydan yalnız ikinci və üçüncü rəqəmləri ilə fərqlənir, lakin hesabat onlara ayrı-ayrı rəqəmlər kimi yanaşır.',
        'Hesabat əlavə edir ki, «bundan əlavə» ("in addition") təxminən 8.000 çeçen, 7.500 əfqan və 3.000 iranlı sığınacaq axtarırdı (displacement-asylum-seekers-by-origin məlumat dəsti); ilk iki qrupun hər biri təkbaşına burada hesablanmış 3.000 sığınacaq axtaran şəxsdən böyükdür.',
      ],
      columns: {
        level: 'Sətrin növü',
        group: 'Qrup',
        persons: 'Nəfər',
        qualifier: 'Hesabatdakı dəqiqləşdirici söz',
        as_published: 'Hesabatın ifadəsi',
      },
      values: {
        // The chart's labels: the report's words, in Azerbaijani (the report writes the total "989, 586").
        as_published: {
          '989, 586': '989.586',
          '250,000': '250.000',
          '50,000': '50.000',
          'up to 700,000': '700.000-dək',
          'close to 3,000': '3.000-ə yaxın',
        },
        level: {
          'Total': 'Cəmi',
          'Part': 'Hissə',
        },
        group: {
          'Refugees, IDPs and asylum seekers': 'Qaçqınlar, məcburi köçkünlər və sığınacaq axtaran şəxslər',
          'Azerbaijanis deported from Armenia': 'Ermənistandan deportasiya olunmuş azərbaycanlılar',
          'Meskhetian Turks deported from Central Asia': 'Mərkəzi Asiyadan deportasiya edilmiş Axısqa türkləri',
          'Internally displaced persons (IDPs)': 'Məcburi köçkünlər',
          'Asylum seekers from other countries': 'Digər ölkələrdən gəlmiş sığınacaq axtaran şəxslər',
        },
        qualifier: {
          'up to': '…-dək',
          'close to': '…-ə yaxın',
        },
      },
    },
  },
});

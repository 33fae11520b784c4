import { defineDataset, cell } from 'report-site/schema';

export const traffickingCrimesByArticle = defineDataset({
  id: 'trafficking-crimes-by-article',
  file: 'trafficking/crimes-by-article.csv',
  title: 'Registered trafficking-related crimes in Azerbaijan by article of the Criminal Code, 2010 and January–October 2011',
  unit: 'cases',
  source: 'shahgaldiyev-2016',
  locator: 'section "Figures and information on trafficking in human beings", Table 4 ("Latest figures on human trafficking cases")',
  notes: [
    'The report does not name the source of Table 4; the figures are cited to the report itself.',
    'The table has one column headed "Registered, 2010 (Jan-Oct 2011)": the figure before the brackets is for 2010 and the figure in brackets for January to October 2011. Only the Human trafficking row (article 144-1) has a bracketed figure, so every other 2011 cell is no data ("-"), not zero.',
    'The removal of organs or tissues (article 137) shows "-" for 2010 in the source; it is kept as no data. The article rows of 2010 add up exactly to the 221 crimes of the total row, so the "-" does not hide any counted case.',
    'Every row was checked against both text extractions of the report (000 and 001), which give the same figures and article numbers.',
    'Article numbers are those of the Criminal Code of Azerbaijan as printed in the table; the crime names follow the wording of the table.',
    'The persons rows of Table 4 (criminals, traffickers, victims) are in the dataset trafficking-offenders-victims-table4.',
  ],
  row: {
    period: cell.oneOf(['2010', 'January-October 2011']),
    level: cell.oneOf(['Total', 'By article']),
    crime_type: cell.text(),
    article: cell.textOrNull(),
    cases: cell.numberOrNull({ min: 0, integer: true }),
  },
  columns: {
    period: 'Period',
    level: 'Total or article row',
    crime_type: 'Type of crime',
    article: 'Criminal Code article',
    cases: 'Registered crimes (cases)',
  },
  translations: {
    az: {
      title: 'Azərbaycanda Cinayət Məcəlləsinin maddələri üzrə qeydə alınmış insan alveri ilə bağlı cinayətlər, 2010 və 2011-ci ilin yanvar–oktyabr ayları',
      unit: 'hallar',
      locator: '«Figures and information on trafficking in human beings» bölməsi, 4 saylı cədvəl («Latest figures on human trafficking cases»)',
      notes: [
        '4-cü cədvəlin mənbəyi hesabatda göstərilmir; rəqəmlər hesabatın özünə istinadla verilir.',
        'Cədvəldə «Qeydə alınıb, 2010 (2011-ci ilin yanvar–oktyabr ayları)» ("Registered, 2010 (Jan-Oct 2011)") başlıqlı bir sütun var: mötərizədən əvvəlki rəqəm 2010-cu ilə, mötərizədəki rəqəm isə 2011-ci ilin yanvar–oktyabr aylarına aiddir. Mötərizədə rəqəm yalnız İnsan alveri sətrində (144-1-ci maddə) var, buna görə 2011-ci il üzrə bütün digər xanalar sıfır deyil, məlumat yoxdur ("-") kimi saxlanılıb.',
        'İnsan orqanlarının və ya toxumalarının götürülməsi (137-ci maddə) üçün mənbədə 2010-cu il üzrə "-" göstərilib; bu, məlumat olmaması kimi saxlanılıb. 2010-cu il üzrə maddə sətirlərinin cəmi yekun sətirdəki 221 cinayətə tam bərabərdir, yəni "-" heç bir sayılmış halı gizlətmir.',
        'Hər sətir hesabatın hər iki mətn çıxarışı (000 və 001) ilə yoxlanılıb; onlarda rəqəmlər və maddə nömrələri eynidir.',
        'Maddə nömrələri cədvəldə göstərildiyi kimi Azərbaycan Respublikası Cinayət Məcəlləsinin maddələridir; cinayətlərin adları cədvəlin ifadələrinə uyğun verilib.',
        'Şəxslər üzrə 4-cü cədvəl sətirləri (cinayətkarlar, insan alverçiləri, qurbanlar) trafficking-offenders-victims-table4 məlumat dəstindədir.',
      ],
      columns: {
        period: 'Dövr',
        level: 'Cəmi və ya maddə sətri',
        crime_type: 'Cinayətin növü',
        article: 'Cinayət Məcəlləsinin maddəsi',
        cases: 'Qeydə alınmış cinayətlər (hallar)',
      },
      values: {
        period: { '2010': '2010', 'January-October 2011': '2011-ci ilin yanvar–oktyabr ayları' },
        level: { Total: 'Cəmi', 'By article': 'Maddələr üzrə' },
        crime_type: {
          'Number of crimes committed': 'Törədilmiş cinayətlərin sayı',
          'Human trafficking': 'İnsan alveri',
          'Forced labour': 'Məcburi əmək',
          'Recruiting for prostitution': 'Fahişəliyə cəlb etmə',
          'Recruiting for prostitution of minors': 'Yetkinlik yaşına çatmayanları fahişəliyə cəlb etmə',
          'Running brothels': 'Əxlaqsızlıq yuvaları saxlama',
          'Forcing for engagement in sexual acts': 'Cinsi xarakterli hərəkətlərə məcbur etmə',
          'Forcing for the removal of human organs or tissues for the sale and transplantation (of them)':
            'İnsan orqanlarının və ya toxumalarının satış və transplantasiya məqsədilə götürülməsinə məcbur etmə',
          'Illegally distributing pornographic materials': 'Pornoqrafik materialların qanunsuz yayılması',
        },
        // Article numbers as printed in the table.
        article: { '144-1': '144-1', '144-2': '144-2', '243': '243', '171': '171', '244': '244', '151': '151', '137': '137', '242': '242' },
      },
    },
  },
});

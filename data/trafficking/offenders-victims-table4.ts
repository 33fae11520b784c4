import { defineDataset, cell } from 'report-site/schema';

export const traffickingOffendersVictimsTable4 = defineDataset({
  id: 'trafficking-offenders-victims-table4',
  file: 'trafficking/offenders-victims-table4.csv',
  title: 'Criminals, human traffickers and victims registered in trafficking cases in Azerbaijan, 2010 and January–October 2011',
  unit: 'persons',
  source: 'shahgaldiyev-2016',
  locator: 'section "Figures and information on trafficking in human beings", Table 4, last three rows',
  notes: [
    'The report does not name the source of Table 4; the figures are cited to the report itself.',
    'As in the rest of Table 4, the figure before the brackets is for 2010 and the figure in brackets for January to October 2011; the number of criminals has no bracketed figure, so its 2011 value is no data.',
    'The 137 criminals of 2010 was checked against the second extraction of the report (001), which gives the same figure; it happens to equal the number of the Criminal Code article on the removal of organs.',
    'The 34 victims of 2010 differ from the victims the US Trafficking in Persons Report 2011 counts for 2010 in the same report (31 women and three children in sex trafficking, three men in forced labour; dataset trafficking-victims-identified-2009-2010): the three categories together come to 3 more than this table.',
    'Rumyansev 2013 (dataset trafficking-official-counts-2006-2012) gives the same two 2010 figures from the Ministry of Internal Affairs: 34 victims and 39 persons, whom it calls convicted, whereas this table calls the 39 human traffickers registered under article 144-1.',
  ],
  row: {
    period: cell.oneOf(['2010', 'January-October 2011']),
    measure: cell.oneOf(['Number of criminals', 'Human traffickers (according to Art. 144-1)', 'Victims']),
    persons: cell.numberOrNull({ min: 0, integer: true }),
  },
  columns: {
    period: 'Period',
    measure: 'Measure',
    persons: 'Persons',
  },
  translations: {
    az: {
      title: 'Azərbaycanda insan alveri işləri üzrə qeydə alınmış cinayətkarlar, insan alverçiləri və qurbanlar, 2010 və 2011-ci ilin yanvar–oktyabr ayları',
      unit: 'nəfər',
      locator: '«Figures and information on trafficking in human beings» bölməsi, 4 saylı cədvəl, son üç sətir',
      notes: [
        '4-cü cədvəlin mənbəyi hesabatda göstərilmir; rəqəmlər hesabatın özünə istinadla verilir.',
        '4-cü cədvəlin qalan hissəsində olduğu kimi, mötərizədən əvvəlki rəqəm 2010-cu ilə, mötərizədəki rəqəm isə 2011-ci ilin yanvar–oktyabr aylarına aiddir; cinayətkarların sayı üçün mötərizədə rəqəm yoxdur, buna görə onun 2011-ci il üzrə qiyməti məlumat yoxdur kimi saxlanılıb.',
        '2010-cu il üzrə 137 cinayətkar rəqəmi hesabatın ikinci mətn çıxarışı (001) ilə yoxlanılıb və orada da eyni rəqəm var; bu rəqəm təsadüfən Cinayət Məcəlləsinin orqanların götürülməsinə dair maddəsinin nömrəsi ilə üst-üstə düşür.',
        '2010-cu il üzrə 34 qurban eyni hesabatda ABŞ-ın 2011-ci il Trafficking in Persons Report sənədinə istinadən 2010-cu il üçün verilən qurbanlardan fərqlənir (cinsi istismar məqsədilə alverə məruz qalmış 31 qadın və üç uşaq, məcburi əməkdə olan üç kişi; trafficking-victims-identified-2009-2010 məlumat dəsti): bu üç kateqoriyanın cəmi bu cədvəldəkindən 3 çoxdur.',
        'Rumyansev 2013 (trafficking-official-counts-2006-2012 məlumat dəsti) Daxili İşlər Nazirliyinə istinadən 2010-cu il üzrə eyni iki rəqəmi verir: 34 qurban və 39 şəxs; o, bu şəxsləri məhkum edilmiş adlandırır, bu cədvəl isə 39 nəfəri 144-1-ci maddə üzrə qeydə alınmış insan alverçiləri adlandırır.',
      ],
      columns: {
        period: 'Dövr',
        measure: 'Göstərici',
        persons: 'Nəfər',
      },
      values: {
        period: { '2010': '2010', 'January-October 2011': '2011-ci ilin yanvar–oktyabr ayları' },
        measure: {
          'Number of criminals': 'Cinayətkarların sayı',
          'Human traffickers (according to Art. 144-1)': 'İnsan alverçiləri (144-1-ci maddə üzrə)',
          Victims: 'Qurbanlar',
        },
      },
    },
  },
});

/** Original sources quoted by the reports, used by the trafficking and emigrants-abroad datasets and chapters. */
import type { SourceInput } from 'report-site/schema';

export const traffickingSources: SourceInput[] = [
  {
    // Shahgaldiyev 2016, footnote 15: "Trafficking in Persons Report 2011 by the US State Department".
    key: 'us-tip-report-2011',
    kind: 'original',
    author: 'United States Department of State',
    shortAuthor: 'US State Department',
    year: '2011',
    title: 'Trafficking in Persons Report 2011',
    translatedTitle: { az: 'İnsan alveri haqqında hesabat 2011' },
    publisher: 'United States Department of State',
  },
  {
    // Yunusov 2013, source of Table 1 and References: "Malkova, V.K. (2004) Moscow – A Multicultural Metropolis".
    key: 'malkova-2004',
    kind: 'original',
    author: 'Malkova, V.K.',
    shortAuthor: 'Malkova',
    year: '2004',
    title: 'Moscow – A Multicultural Metropolis (in Russian)',
    translatedTitle: { az: 'Moskva – çoxmədəniyyətli meqapolis (rus dilində)' },
    publisher: 'Moscow',
  },
  {
    // Yunusov 2013, source of Table 2 and References: "'Does Russian Society Need Immigrants?' Ed. By Mukomel V.I., Pain E.A., Moscow, 2006".
    key: 'mukomel-pain-2006',
    kind: 'original',
    author: 'Mukomel, V.I.; Pain, E.A. (eds)',
    shortAuthor: 'Mukomel and Pain',
    year: '2006',
    title: 'Does Russian Society Need Immigrants? (in Russian)',
    translatedTitle: { az: 'Rusiya cəmiyyətinin immiqrantlara ehtiyacı varmı? (rus dilində)' },
    publisher: 'Moscow',
  },
  {
    // Shahgaldiyev 2016, section "Policies to address trafficking in human beings": "according to the 2007 US TIP Report".
    key: 'us-tip-report-2007',
    kind: 'original',
    author: 'United States Department of State',
    shortAuthor: 'US State Department',
    year: '2007',
    title: 'Trafficking in Persons Report 2007',
    translatedTitle: { az: 'İnsan alveri haqqında hesabat 2007' },
    publisher: 'United States Department of State',
  },
  {
    // Rumyansev 2013, footnote 2: "Trafficking in Persons Report. June 2012, Department of State, USA. Azerbaijan, p. 77-78".
    key: 'us-tip-report-2012',
    kind: 'original',
    author: 'United States Department of State',
    shortAuthor: 'US State Department',
    year: '2012',
    title: 'Trafficking in Persons Report, June 2012 (Azerbaijan, pp. 77–78)',
    translatedTitle: { az: 'İnsan alveri haqqında hesabat, iyun 2012 (Azərbaycan, s. 77–78)' },
    publisher: 'United States Department of State',
    url: 'http://www.state.gov/j/tip/rls/tiprpt/2012/',
  },
  {
    // Rumyansev 2013, footnote 9; also in the list of sources of Shahgaldiyev 2016.
    key: 'azerbaijan-migration-center-2010',
    kind: 'original',
    author: 'Azerbaijan Migration Center (Public Union)',
    shortAuthor: 'Azerbaijan Migration Center',
    year: '2010',
    title: 'Annual report on combating human trafficking and forced labor migration in Azerbaijan Republic (for 2010)',
    translatedTitle: { az: 'Azərbaycan Respublikasında insan alverinə və məcburi əmək miqrasiyasına qarşı mübarizəyə dair illik hesabat (2010-cu il üzrə)' },
    publisher: 'Azerbaijan Migration Center, Baku',
    url: 'http://www.migration-az.org/upload/files/2010_hes_elavelerle.doc',
  },
  {
    // Rumyansev 2013, footnotes 5-7: "A. Yunusov, Migration Trends and Tendencies in Post-Soviet Azerbaijan" (kavkazoved.info, 23 October 2011).
    key: 'yunusov-2011',
    kind: 'original',
    author: 'Yunusov, Arif',
    shortAuthor: 'Yunusov',
    year: '2011',
    title: 'Migration Trends and Tendencies in Post-Soviet Azerbaijan',
    translatedTitle: { az: 'Postsovet Azərbaycanda miqrasiya meyilləri və tendensiyaları' },
    publisher: 'kavkazoved.info (web article dated 2011/10/23 in its address)',
  },
  {
    // Yunusov 2013, section "1. Russia and CIS countries": the 2001 survey of ethnic groups in Moscow
    // ("Vendina, p. 69-70") and the birth data of 1999-2003 ("Vendina, pp. 59-62, Table 15"). References:
    // "Vendina, Olga. (2005) Migrants in Moscow: Is Russian Capital Threatened with Ethnic Segregation?
    // Moscow, 2005 ... (Publication in Russian)."
    key: 'vendina-2005',
    kind: 'original',
    author: 'Vendina, Olga',
    shortAuthor: 'Vendina',
    year: '2005',
    title: 'Migrants in Moscow: Is Russian Capital Threatened with Ethnic Segregation? (in Russian)',
    translatedTitle: { az: 'Moskvada miqrantlar: Rusiya paytaxtı etnik seqreqasiya təhlükəsi ilə üz-üzədirmi? (rus dilində)' },
    publisher: 'Moscow',
  },
  {
    // Yunusov 2013, section "1. Russia and CIS countries": the 12,000 Azerbaijanis deported from Moscow by
    // December 1999 ("Yunusov, 2003, p. 131"). References: "Yunusov, Arif (2003) Labour Migration from
    // Azerbaijan; Labour Market Integration Strategies and Risks. In: Labour Migration in CIS: Social and
    // Economic Effects. Ed. by Zayonchkovskaiia Zh. Moscow, 2003 ... (Publication in Russian)."
    key: 'yunusov-2003',
    kind: 'original',
    author: 'Yunusov, Arif',
    shortAuthor: 'Yunusov',
    year: '2003',
    title: 'Labour Migration from Azerbaijan; Labour Market Integration Strategies and Risks (in Russian)',
    translatedTitle: { az: 'Azərbaycandan əmək miqrasiyası; əmək bazarına inteqrasiya strategiyaları və riskləri (rus dilində)' },
    publisher: 'In: Labour Migration in CIS: Social and Economic Effects, ed. by Zh. Zayonchkovskaiia. Moscow',
  },
  {
    // Rumyansev 2013, footnote 12, on the 89 victims referred to support centres in 2012 and their
    // destinations: "The Ministry of Internal Affairs of Azerbaijan has reported on combating trafficking
    // in human beings. Available at <http://www.trend.az/news/politics/2083256.html>, accessed on
    // 02.03.2013." No author and no date of publication are given.
    key: 'trend-az-mia-trafficking',
    kind: 'original',
    author: 'trend.az (no author named)',
    shortAuthor: 'trend.az',
    title: 'The Ministry of Internal Affairs of Azerbaijan has reported on combating trafficking in human beings',
    translatedTitle: { az: 'Azərbaycan Daxili İşlər Nazirliyi insan alverinə qarşı mübarizə barədə məlumat verib' },
    publisher: 'trend.az; accessed by Rumyansev on 2 March 2013',
    url: 'http://www.trend.az/news/politics/2083256.html',
  },
  {
    // Rumyansev 2013, footnote 11, on the 473 victims of the "previous six years" given by the Deputy
    // Minister of Internal Affairs: "Azerbaijan has released statistics on human trafficking for the past
    // seven years, Available at <http://www.trend.az/news/society/2095966.html>, accessed on 01.03.2013".
    key: 'trend-az-seven-years',
    kind: 'original',
    author: 'trend.az (no author named)',
    shortAuthor: 'trend.az',
    title: 'Azerbaijan has released statistics on human trafficking for the past seven years',
    translatedTitle: { az: 'Azərbaycan son yeddi ilin insan alveri statistikasını açıqlayıb' },
    publisher: 'trend.az; accessed by Rumyansev on 1 March 2013',
    url: 'http://www.trend.az/news/society/2095966.html',
  },
  {
    // Rumyansev 2013, footnote 11, second reference: "Azerbaijan has publicized statistics on human
    // trafficking, <http://news.day.az/society/370883.html>, accessed on 01.03.2013".
    key: 'day-az-trafficking-statistics',
    kind: 'original',
    author: 'day.az (no author named)',
    shortAuthor: 'day.az',
    title: 'Azerbaijan has publicized statistics on human trafficking',
    translatedTitle: { az: 'Azərbaycan insan alverinə dair statistikanı açıqlayıb' },
    publisher: 'day.az; accessed by Rumyansev on 1 March 2013',
    url: 'http://news.day.az/society/370883.html',
  },
  {
    // Rumyansev 2013, footnote 7, on the age range of victims: "Gender Attitudes in Azerbaijan: Trends and
    // Challenges// Azerbaijan Human Development Report. 2007, Baku: UNDP, p. 72-73".
    key: 'undp-hdr-2007',
    kind: 'original',
    author: 'United Nations Development Programme',
    shortAuthor: 'UNDP',
    year: '2007',
    title: 'Gender Attitudes in Azerbaijan: Trends and Challenges. Azerbaijan Human Development Report 2007',
    translatedTitle: { az: 'Azərbaycanda gender münasibətləri: meyillər və çətinliklər. Azərbaycan üzrə İnsan inkişafı haqqında hesabat, 2007' },
    publisher: 'UNDP, Baku',
  },
  {
    // Rumyansev 2013, footnote 7: "Global report on trafficking in persons. (February 2009). UNODC, p. 208".
    key: 'unodc-global-report-2009',
    kind: 'original',
    author: 'United Nations Office on Drugs and Crime',
    shortAuthor: 'UNODC',
    year: '2009',
    title: 'Global Report on Trafficking in Persons',
    translatedTitle: { az: 'İnsan alverinə dair qlobal hesabat' },
    publisher: 'UNODC, February 2009',
  },
  {
    // Rumyansev 2013, footnote 7: "Shattered Dreams. Report on Trafficking in Persons in Azerbaijan. 2002,
    // International Organization for Migration".
    key: 'iom-shattered-dreams-2002',
    kind: 'original',
    author: 'International Organization for Migration',
    shortAuthor: 'IOM',
    year: '2002',
    title: 'Shattered Dreams: Report on Trafficking in Persons in Azerbaijan',
    translatedTitle: { az: 'Puç olmuş arzular: Azərbaycanda insan alverinə dair hesabat' },
    publisher: 'International Organization for Migration',
  },
];

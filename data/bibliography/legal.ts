/** Original sources quoted by the reports, used by the legal datasets and chapters. */
import type { SourceInput } from 'report-site/schema';

export const legalSources: SourceInput[] = [
  {
    // Shahgaldiyev 2016, footnotes 5, 7, 8 and 9: "Official website of the State Statistic
    // Committee of the Republic of Azerbaijan www.azstat.org"; also quoted by Yunusov 2013.
    key: 'state-statistics-committee',
    kind: 'original',
    author: 'State Statistics Committee of the Republic of Azerbaijan',
    shortAuthor: 'State Statistics Committee',
    described: true,
    title: 'Official statistics published on the Committee’s website (www.azstat.org)',
    translatedTitle: { az: 'Komitənin internet saytında (www.azstat.org) dərc olunan rəsmi statistika' },
    publisher: 'State Statistics Committee of the Republic of Azerbaijan',
    url: 'http://www.azstat.org/',
  },
  {
    // Shahgaldiyev 2016, section "Legal migration": figures "according to the State Migration Service" (2011).
    key: 'state-migration-service',
    kind: 'original',
    author: 'State Migration Service of the Republic of Azerbaijan',
    shortAuthor: 'State Migration Service',
    described: true,
    title: 'Statistics of the State Migration Service on foreigners in Azerbaijan',
    translatedTitle: { az: 'Dövlət Miqrasiya Xidmətinin Azərbaycandakı əcnəbilərə dair statistikası' },
    publisher: 'State Migration Service of the Republic of Azerbaijan',
  },
  {
    // Shahgaldiyev 2016, footnote 6.
    key: 'ilo-trade-union-conference-2011',
    kind: 'original',
    author: 'International Labour Organization',
    shortAuthor: 'ILO',
    year: '2011',
    title: 'Sub-regional Trade Union Conference on the role of trade unions in migration, Baku, 27–28 April 2011',
    translatedTitle: { az: 'Həmkarlar ittifaqlarının miqrasiyada roluna dair subregional həmkarlar ittifaqı konfransı, Bakı, 27–28 aprel 2011' },
    publisher: 'International Labour Organization',
  },
  {
    // Yunusov 2013, References: "Yunusov, Arif. Migration Processes in Azerbaijan. Baku, 2009."
    key: 'yunusov-2009',
    kind: 'original',
    author: 'Yunusov, Arif',
    shortAuthor: 'Yunusov',
    year: '2009',
    title: 'Migration Processes in Azerbaijan',
    translatedTitle: { az: 'Azərbaycanda miqrasiya prosesləri' },
    publisher: 'Baku',
  },
  {
    // Yunusov 2013, References (publication in Russian, 25.01.2011).
    key: 'abbasov-2011',
    kind: 'original',
    author: 'Abbasov, Shakhin',
    shortAuthor: 'Abbasov',
    year: '2011',
    title: 'Fining for Hiring Illegal Labour Migrants is Abolished in Azerbaijan',
    translatedTitle: { az: 'Azərbaycanda qanunsuz əmək miqrantlarını işə götürməyə görə cərimə ləğv edilir' },
    publisher: 'EurasiaNet (in Russian), 25 January 2011',
    url: 'http://russian.eurasianet.org/node/58519',
  },
  {
    // Shahgaldiyev 2016, section "Assessment and analysis of migration policies": quoted
    // from "The National Security Concept, a document approved by the President of
    // Azerbaijan in May 2007".
    key: 'national-security-concept-2007',
    kind: 'original',
    author: 'President of the Republic of Azerbaijan',
    shortAuthor: 'National Security Concept',
    year: '2007',
    title: 'National Security Concept of the Republic of Azerbaijan (approved May 2007)',
    translatedTitle: { az: 'Azərbaycan Respublikasının Milli Təhlükəsizlik Konsepsiyası (2007-ci ilin mayında təsdiq edilib)' },
    publisher: 'Republic of Azerbaijan',
  },
  {
    // Yunusov 2013, section "3. Foreign refugees and labour migrants": the paragraph on Chinese and
    // other Asian migrants ("Salyan Asia", 40 migrants) ends "(Shakhinoglu; Mukhtarly; Salianskaiia, 2007)".
    // References: "Shakhinoglu, Kh. (2007) The Inflow of Russian Chinese to Baku. 'Azadlyg' newspaper,
    // 7.07.2007 ... (Publication in Azerbaijani)."
    key: 'shakhinoglu-2007',
    kind: 'original',
    author: 'Shakhinoglu, Kh.',
    shortAuthor: 'Shakhinoglu',
    year: '2007',
    title: 'The Inflow of Russian Chinese to Baku (in Azerbaijani)',
    translatedTitle: { az: 'Rusiyalı çinlilərin Bakıya axını (Azərbaycan dilində)' },
    publisher: 'Azadlyg newspaper, 7 July 2007',
  },
  {
    // Yunusov 2013, same paragraph. References: "Mukhtarly, A. (2007) Immigrants Occupied Azerbaijan.
    // 'Novy Musavat' newspaper, 10.10.2007 ... (Publication in Azerbaijani)."
    key: 'mukhtarly-2007',
    kind: 'original',
    author: 'Mukhtarly, A.',
    shortAuthor: 'Mukhtarly',
    year: '2007',
    title: 'Immigrants Occupied Azerbaijan (in Azerbaijani)',
    translatedTitle: { az: 'İmmiqrantlar Azərbaycanı zəbt edib (Azərbaycan dilində)' },
    publisher: 'Novy Musavat newspaper, 10 October 2007',
  },
  {
    // Yunusov 2013, same paragraph ("Salianskaiia, 2007" in the text). References: "Salyanskaiia (2007)
    // 'Asia?' 'Zerkalo' Newspaper, 21.09.2011 [... 21 сентября 2007] (Publication in Russian)": the
    // English date says 2011, the Russian one and the year of the entry say 2007.
    key: 'salyanskaiia-2007',
    kind: 'original',
    author: 'Salyanskaiia',
    shortAuthor: 'Salyanskaiia',
    year: '2007',
    title: 'Asia? (in Russian)',
    translatedTitle: { az: 'Asiya? (rus dilində)' },
    publisher: 'Zerkalo newspaper; dated 21.09.2011 in the English text of the reference and 21 September 2007 in its Russian text',
  },
  {
    // Shahgaldiyev 2016, footnote 23 (the inconsistency of the migration legislation): "Analysis of
    // migration related legislation and practice in the Republic of Azerbaijan, Baku, November 2008".
    // No author or publisher is named.
    key: 'legislation-analysis-2008',
    kind: 'original',
    author: 'No author named',
    shortAuthor: '“Analysis of migration related legislation…”',
    year: '2008',
    title: 'Analysis of migration related legislation and practice in the Republic of Azerbaijan',
    translatedTitle: { az: 'Azərbaycan Respublikasında miqrasiya ilə bağlı qanunvericiliyin və təcrübənin təhlili' },
    publisher: 'Baku, November 2008',
  },
];

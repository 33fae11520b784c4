/** Original sources quoted by the reports, used by the irregular datasets and chapters. */
import type { SourceInput } from 'report-site/schema';

export const irregularSources: SourceInput[] = [
  {
    // Shahgaldiyev 2016, section "Irregular migration": deportations in 2011 "according to the
    // Interior Ministry's Office to Combat the Illegal Migration". The report gives no document title.
    key: 'mia-office-combat-illegal-migration',
    kind: 'original',
    author: 'Ministry of Internal Affairs of the Republic of Azerbaijan, Office to Combat Illegal Migration',
    shortAuthor: 'Interior Ministry (Office to Combat Illegal Migration)',
    described: true,
    title: 'Statistics on foreigners deported from Azerbaijan in 2011',
    translatedTitle: { az: 'Azərbaycandan 2011-ci ildə deportasiya edilmiş əcnəbilərə dair statistika' },
    publisher: 'Ministry of Internal Affairs of the Republic of Azerbaijan',
  },
  {
    // Shahgaldiyev 2016, footnote 16 and list of sources (IOM, 2008, "A country Profile").
    key: 'iom-country-profile-2008',
    kind: 'original',
    author: 'International Organization for Migration',
    shortAuthor: 'IOM',
    year: '2008',
    title: 'Migration in the Republic of Azerbaijan: A Country Profile',
    translatedTitle: { az: 'Azərbaycan Respublikasında miqrasiya: ölkə profili' },
    publisher: 'International Organization for Migration',
    url: 'http://www.iom.hu/PDF/migration_profiles2008/Azerbaijan_Profile2008.pdf',
  },
  {
    // Shahgaldiyev 2016, footnotes 17 and 19.
    key: 'aliyev-2006',
    kind: 'original',
    author: 'Aliyev, Alovzat',
    shortAuthor: 'Aliyev',
    year: '2006',
    title: 'Migration to and from Azerbaijan',
    translatedTitle: { az: 'Azərbaycana və Azərbaycandan miqrasiya' },
    publisher: 'Migration Perspectives',
  },
  {
    // Shahgaldiyev 2016, footnote 10 (main irregular-migration routes through Azerbaijan) and
    // list of sources: "Yearbook on Illegal Migration, Human Smuggling and Trafficking in
    // Central and Eastern Europe", ICMPD, 2005, p. 41.
    key: 'icmpd-yearbook-2005',
    kind: 'original',
    author: 'International Centre for Migration Policy Development',
    shortAuthor: 'ICMPD',
    year: '2005',
    title: 'Yearbook on Illegal Migration, Human Smuggling and Trafficking in Central and Eastern Europe',
    translatedTitle: { az: 'Mərkəzi və Şərqi Avropada qanunsuz miqrasiya, miqrantların qaçaqmalçılığı və insan alverinə dair illik məcmuə' },
    publisher: 'International Centre for Migration Policy Development (ICMPD)',
  },
  {
    // Shahgaldiyev 2016, footnote 11 (main intended destinations of irregular migrants
    // transiting Azerbaijan): "ICMPD (2005): Overview of the Migration Systems in the CIS
    // Countries; Chapter on Azerbaijan."
    key: 'icmpd-cis-overview-2005',
    kind: 'original',
    author: 'International Centre for Migration Policy Development',
    shortAuthor: 'ICMPD',
    year: '2005',
    title: 'Overview of the Migration Systems in the CIS Countries (chapter on Azerbaijan)',
    translatedTitle: { az: 'MDB ölkələrində miqrasiya sistemlərinin icmalı (Azərbaycana dair fəsil)' },
    publisher: 'International Centre for Migration Policy Development (ICMPD)',
  },
  {
    // Yunusov 2013, section "1. The problems of Azerbaijani refugees from CIS countries and domestic
    // migrants": the resettlement of 28 camps from 2003 and the 76 settlements, cited "(Azerbaijan, 2012)".
    // References (no author named): "'Azerbaijan Awaits International Community and EU to Adopt Adequate
    // Measures to Solve Karabakh Conflict' 22.11.2012 [...] <http://www.1news.az/...> (Publication in Russian)."
    key: 'azerbaijan-awaits-2012',
    kind: 'original',
    author: 'No author named',
    shortAuthor: '“Azerbaijan Awaits…”',
    year: '2012',
    title: 'Azerbaijan Awaits International Community and EU to Adopt Adequate Measures to Solve Karabakh Conflict (in Russian)',
    translatedTitle: { az: 'Azərbaycan beynəlxalq ictimaiyyətin və Aİ-nin Qarabağ münaqişəsinin həlli üçün adekvat tədbirlər görməsini gözləyir (rus dilində)' },
    publisher: '1news.az, 22 November 2012',
    url: 'http://www.1news.az/politics/karabakh/20121122122000099.html',
  },
  {
    // Shahgaldiyev 2016, footnote 12 (the NGO and media estimate of 30,000-50,000 undocumented
    // migrants): "<http://www.hafta-ichi.com/newv/2009/04/24/read=5657>". Only the address is given;
    // its date is read from the address.
    key: 'hafta-ichi-2009',
    kind: 'original',
    author: 'hafta-ichi.com (no author or title named)',
    shortAuthor: 'hafta-ichi.com',
    year: '2009',
    title: 'News article of 24 April 2009 (no title given)',
    translatedTitle: { az: '24 aprel 2009-cu il tarixli xəbər məqaləsi (adı göstərilməyib)' },
    publisher: 'hafta-ichi.com',
    url: 'http://www.hafta-ichi.com/newv/2009/04/24/read=5657',
  },
  {
    // Shahgaldiyev 2016, footnotes 13 and 14 (the estimate of undocumented migrants; how exploited
    // foreign workers become irregular): "Report of Citizens' Labor Rights Protection League (PU) on
    // situation with provision of the rights of migrants workers and their family members in
    // Azerbaijan". No year is given.
    key: 'citizens-labor-rights-league',
    kind: 'original',
    author: "Citizens' Labor Rights Protection League (Public Union)",
    shortAuthor: "Citizens' Labor Rights Protection League",
    title: 'Report on the situation with provision of the rights of migrant workers and their family members in Azerbaijan',
    translatedTitle: { az: 'Azərbaycanda miqrant işçilərin və onların ailə üzvlərinin hüquqlarının təmin edilməsi vəziyyətinə dair hesabat' },
    publisher: "Citizens' Labor Rights Protection League (Public Union)",
  },
  {
    // Yunusov 2013, section "2. Integration problems of Azerbaijani migrants in Western countries": the
    // 700 Azerbaijanis who applied for legalisation in Switzerland and the 300 living there by early 2007,
    // "(Akshin, 2007)"; cited in the irregular-migration and abroad chapters. References: "Akshin, Aiten
    // (2007) 'Azerbaijanis in Switzerland' - 'Ekho' newspaper, 24.04.2007 [...] (Publication in Russian)."
    key: 'akshin-2007',
    kind: 'original',
    author: 'Akshin, Aiten',
    shortAuthor: 'Akshin',
    year: '2007',
    title: 'Azerbaijanis in Switzerland (in Russian)',
    translatedTitle: { az: 'İsveçrədə azərbaycanlılar (rus dilində)' },
    publisher: 'Ekho (newspaper), 24 April 2007',
  },
];

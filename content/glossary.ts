/**
 * The report's glossary: one word for each concept, with a definition in our
 * own words and the place in the reports it follows. The reports define few of
 * these terms; where they do not, the entry says so (basis: 'usage') and the
 * definition follows how the cited passage uses the word. Chapters mark a
 * term's first use with <Term id="…">; `npm run check` warns when a chapter
 * uses one of the synonyms listed here instead.
 */
import { defineGlossary } from 'report-site/schema';

export default defineGlossary([
  {
    id: 'asylum-seeker',
    term: 'asylum seeker',
    definition:
      'A person from another country who has applied for refugee status in Azerbaijan and whose application has not yet been decided. A person granted the status is a refugee.',
    source: 'shahgaldiyev-2016',
    locator: '“Refugees and asylum seekers”',
    basis: 'usage',
    synonyms: ['asylum applicant'],
  },
  {
    id: 'deportation',
    term: 'deportation',
    definition:
      'Removal of a foreigner from the country by the authorities, in the reports mostly of people found living in Azerbaijan illegally. The reports also use the word for the forced removal of whole groups during the conflict over Nagorno-Karabakh, such as the Azerbaijanis deported from Armenia.',
    source: 'shahgaldiyev-2016',
    locator: '“Irregular migration”; “Refugees and asylum seekers”',
    basis: 'usage',
    synonyms: ['expulsion'],
  },
  {
    id: 'diaspora',
    term: 'diaspora',
    definition:
      'Azerbaijanis who live abroad and the communities they form there. A State Committee works with them, but no data on them from consular registers are published.',
    source: 'icmpd-2023',
    locator: 'section 6; section 10.3',
    basis: 'usage',
    synonyms: ['emigrant community'],
  },
  {
    id: 'emigrant',
    term: 'emigrant',
    definition:
      'A person who leaves Azerbaijan to live permanently abroad. The official statistics count only those who deregister before they leave, so people who go without deregistering are left out, even after years abroad.',
    source: 'icmpd-2023',
    locator: 'section 10.3; recommendation 4',
    basis: 'defined',
    synonyms: [],
  },
  {
    id: 'flow',
    term: 'flow',
    definition:
      'An amount counted over a period rather than at one moment, such as the arrivals in or departures from the country during a year. Flows update a stock from one count to the next, so the two fit together only when they use the same definitions.',
    source: 'icmpd-2023',
    locator: 'recommendations 4 and 5',
    basis: 'usage',
    synonyms: [],
  },
  {
    id: 'forced-migrant',
    term: 'forced migrant',
    definition:
      'A person forced to leave home by armed conflict. The 2013 report uses it, next to “refugees”, for the people who fled the occupied territories of Nagorno-Karabakh and the lands around them, whom other sources count as internally displaced persons.',
    source: 'yunusov-2013',
    locator: 'section 1 of “Problems of migrant integration”',
    basis: 'usage',
    synonyms: [],
  },
  {
    id: 'idp',
    term: 'internally displaced person (IDP)',
    definition:
      'A person forced to leave home who stayed within Azerbaijan: in the reports, the people displaced by the conflict over Nagorno-Karabakh. Estimates of their number differ by source and date.',
    source: 'shahgaldiyev-2016',
    locator: '“Internally displaced persons”',
    basis: 'usage',
    synonyms: ['displaced person'],
  },
  {
    id: 'immigrant',
    term: 'immigrant',
    definition:
      'A person who arrives in Azerbaijan to live there permanently. A foreigner is allowed to only after two years of temporary residence, so the official statistics leave out foreigners on a temporary stay, even one of more than 12 months.',
    source: 'icmpd-2023',
    locator: 'section 10.3; recommendation 4',
    basis: 'defined',
    synonyms: [],
  },
  {
    id: 'international-migrant',
    term: 'international migrant',
    definition:
      'As the United Nations recommends, a person who changes their country of usual residence, which is fixed by a time criterion of 12 months. Azerbaijan’s statistics do not yet fully follow this definition.',
    source: 'icmpd-2023',
    locator: 'recommendation 4',
    basis: 'defined',
    synonyms: [],
  },
  {
    id: 'irregular-migrant',
    term: 'irregular migrant',
    definition:
      'A foreigner who enters or stays in Azerbaijan without the permission the law requires, whether passing through to another country or living there. The sources often say “illegal” for the same people.',
    source: 'shahgaldiyev-2016',
    locator: '“Irregular migration”',
    basis: 'usage',
    synonyms: ['illegal migrant', 'undocumented migrant'],
  },
  {
    id: 'labour-migrant',
    term: 'labour migrant',
    definition:
      'A person who moves to another country to work: an Azerbaijani working abroad, above all in Russia, or a foreigner working in Azerbaijan, with or without a work permit.',
    source: 'yunusov-2013',
    locator: '“1. Russia and CIS countries”; section 3, “Foreign refugees and labour migrants”',
    basis: 'usage',
    synonyms: ['migrant worker', 'guest worker'],
  },
  {
    id: 'net-migration',
    term: 'net migration',
    definition:
      'The number of people who arrived in the country during a calendar year minus the number who left it. Divided by the average population, per 1,000 people, it gives the net migration rate.',
    source: 'icmpd-2023',
    locator: 'section 10.3',
    basis: 'defined',
    synonyms: ['migration balance'],
  },
  {
    id: 'permanent-residence',
    term: 'permanent residence',
    definition:
      'The status of a foreigner allowed to live in Azerbaijan permanently, which the Migration Code grants only after two years of temporary residence. The official migration statistics count only moves for permanent residence.',
    source: 'icmpd-2023',
    locator: 'section 10.3',
    basis: 'usage',
    synonyms: ['permanent residency'],
  },
  {
    id: 'readmission',
    term: 'readmission',
    definition:
      'Taking back Azerbaijani citizens found staying irregularly in the country they went to. The State Migration Service has a department for it.',
    source: 'icmpd-2023',
    locator: 'sections 1.1 and 1.2',
    basis: 'usage',
    synonyms: [],
  },
  {
    id: 'refugee',
    term: 'refugee',
    definition:
      'A person who had to leave another country and is protected in Azerbaijan. The reports use the word for foreigners granted refugee status after applying for asylum, and for the Azerbaijanis deported from Armenia during the conflict over Nagorno-Karabakh.',
    source: 'shahgaldiyev-2016',
    locator: '“Refugees and asylum seekers”',
    basis: 'usage',
    synonyms: [],
  },
  {
    id: 'remittances',
    term: 'remittances',
    definition:
      'Money that migrants send across borders, as recorded in the balance of payments: inward flows come into Azerbaijan, outward flows leave it. Inward flows are made up of workers’ remittances, compensation of employees and migrants’ transfers.',
    source: 'shahgaldiyev-2016',
    locator: '“Remittances”, Table 5',
    basis: 'usage',
    synonyms: ['money transfers'],
  },
  {
    id: 'smuggling-of-migrants',
    term: 'smuggling of migrants',
    definition:
      'Helping people across a border illegally. The reports give no definition and no figures: the word appears only in the title of a yearbook the 2016 report cites for irregular-migration routes, where it is named apart from illegal migration and trafficking.',
    source: 'shahgaldiyev-2016',
    locator: '“Irregular migration”, footnote 10',
    basis: 'usage',
    synonyms: ['human smuggling', 'people smuggling'],
  },
  {
    id: 'stock',
    term: 'stock',
    definition:
      'The number of people in a group at one moment, such as the resident population counted in a census. Flows of arrivals and departures update it from one count to the next.',
    source: 'icmpd-2023',
    locator: 'recommendations 4 and 5',
    basis: 'usage',
    synonyms: [],
  },
  {
    id: 'trafficking',
    term: 'trafficking in human beings',
    definition:
      'Exploiting people through forced labour or forced prostitution, often in another country. The reports describe it through its victims and routes, with Azerbaijan as a country of origin, transit and destination, and through the crimes registered under the Criminal Code.',
    source: 'shahgaldiyev-2016',
    locator: '“Figures and information on trafficking in human beings”',
    basis: 'usage',
    synonyms: ['human trafficking', 'trafficking in persons'],
  },
  {
    id: 'work-permit',
    term: 'work permit',
    definition:
      'The permission a foreigner or stateless person needs for paid work in Azerbaijan, issued and extended by the State Migration Service. Some groups of foreigners are exempt from it.',
    source: 'icmpd-2023',
    locator: 'sections 1.2 and 10.3',
    basis: 'usage',
    synonyms: ['labour permit'],
  },
]);

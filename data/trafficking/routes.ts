import { defineDataset, cell } from 'report-site/schema';

/**
 * Notes shared by the three route datasets, one per report: this one and
 * routes-rumyansev-2013 and routes-yunusov-2013, which take its columns.
 */
export const ROUTE_NOTES = [
  'The routes the reports name are in three datasets, one per report: trafficking-routes-shahgaldiyev-2016, trafficking-routes-rumyansev-2013 and trafficking-routes-yunusov-2013. The column reported_in repeats the report by its citation key, and original_source names whom the report quotes for the route.',
  'role is the part Azerbaijan plays on the route: origin (victims from Azerbaijan exploited abroad), transit (victims from another country taken through Azerbaijan), destination (victims from another country exploited in Azerbaijan). For transit routes from_country and to_country are the country of origin and of exploitation, and via_country is Azerbaijan.',
  'A route that several reports, or one report for several years, name appears once per statement: the rows are statements, not distinct routes, and carry no number of victims. The numbers of victims by destination for 2010 and 2012 are in the dataset trafficking-victims-by-destination.',
  'Country names are those of the world map (Natural Earth 1:110m): "Russia" for the Russian Federation, "Iran", "Moldova", "United Arab Emirates" for the UAE.',
];

/** ROUTE_NOTES in Azerbaijani, same order. */
export const ROUTE_NOTES_AZ = [
  'Hesabatlarda adı çəkilən marşrutlar hər hesabat üzrə bir olmaqla üç məlumat dəstindədir: trafficking-routes-shahgaldiyev-2016, trafficking-routes-rumyansev-2013 və trafficking-routes-yunusov-2013. «Hesabat» sütunu hesabatı onun istinad açarı ilə təkrarlayır, «Hesabatın göstərdiyi ilkin mənbə» sütunu isə hesabatın marşrut barədə kimə istinad etdiyini göstərir.',
  '«Azərbaycanın rolu» Azərbaycanın marşrutda oynadığı roldur: mənşə (Azərbaycandan olan qurbanlar xaricdə istismar olunur), tranzit (başqa ölkədən olan qurbanlar Azərbaycan üzərindən aparılır), təyinat (başqa ölkədən olan qurbanlar Azərbaycanda istismar olunur). Tranzit marşrutlarında «Haradan» və «Haraya» sütunları mənşə və istismar ölkəsini, «Üzərindən» sütunu isə Azərbaycanı göstərir.',
  'Bir neçə hesabatın, yaxud bir hesabatın bir neçə il üçün adını çəkdiyi marşrut hər ifadə üçün bir dəfə göstərilir: sətirlər ayrı-ayrı marşrutları deyil, ifadələri əks etdirir və qurbanların sayını vermir. Qurbanların 2010 və 2012-ci illər üzrə təyinat ölkələrinə görə sayları trafficking-victims-by-destination məlumat dəstindədir.',
  'Ölkə adları dünya xəritəsindəki kimidir (Natural Earth 1:110m): Rusiya Federasiyası üçün "Russia", həmçinin "Iran", "Moldova", BƏƏ üçün "United Arab Emirates".',
];

/** Azerbaijani labels of the route columns, shared by the three route datasets like their columns. */
export const ROUTE_COLUMNS_AZ = {
  from_country: 'Haradan (mənşə ölkəsi)',
  to_country: 'Haraya (istismar ölkəsi)',
  via_country: 'Üzərindən',
  role: 'Azərbaycanın rolu',
  victims: 'Qurbanlar',
  exploited_as: 'İstismarın növü',
  period: 'Dövr',
  reported_in: 'Hesabat',
  original_source: 'Hesabatın göstərdiyi ilkin mənbə',
  locator: 'Hesabatda yeri',
};

const COUNTRIES_AZ: Record<string, string> = {
  Azerbaijan: 'Azərbaycan',
  Russia: 'Rusiya',
  Moldova: 'Moldova',
  'United Arab Emirates': 'Birləşmiş Ərəb Əmirlikləri',
  Turkey: 'Türkiyə',
  Iran: 'İran',
  Uzbekistan: 'Özbəkistan',
  Kazakhstan: 'Qazaxıstan',
  Kyrgyzstan: 'Qırğızıstan',
  Afghanistan: 'Əfqanıstan',
  China: 'Çin',
  Pakistan: 'Pakistan',
  Syria: 'Suriya',
  India: 'Hindistan',
  Egypt: 'Misir',
  Indonesia: 'İndoneziya',
};

/** Azerbaijani names of exactly the given countries (each route dataset lists only the countries of its CSV). */
export function countriesAz(...names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, COUNTRIES_AZ[name] ?? name]));
}


export const traffickingRoutesShahgaldiyev2016 = defineDataset({
  id: 'trafficking-routes-shahgaldiyev-2016',
  file: 'trafficking/routes.csv',
  title: 'Trafficking routes to, from and through Azerbaijan named by the US Trafficking in Persons Report 2011, as quoted by Shahgaldiyev (2016)',
  unit: 'routes (one row per route or destination the report names; no counts)',
  source: 'us-tip-report-2011',
  via: 'shahgaldiyev-2016',
  locator: 'section "Figures and information on trafficking in human beings", first paragraph (footnote 15)',
  notes: [
    ...ROUTE_NOTES,
    'Every row comes from the paragraph that the report credits to the US Trafficking in Persons Report 2011 (footnote 15). It is the only passage of the reports that describes Azerbaijan as a country of origin, transit and destination with named countries.',
  ],
  row: {
    from_country: cell.text(),
    to_country: cell.text(),
    via_country: cell.textOrNull(),
    role: cell.oneOf(['origin', 'transit', 'destination']),
    victims: cell.text(),
    exploited_as: cell.text(),
    period: cell.textOrNull(),
    reported_in: cell.oneOf(['shahgaldiyev-2016', 'rumyansev-2013', 'yunusov-2013']),
    original_source: cell.text(),
    locator: cell.text(),
  },
  columns: {
    from_country: 'From (country of origin)',
    to_country: 'To (country of exploitation)',
    via_country: 'Via',
    role: "Azerbaijan's role",
    victims: 'Victims',
    exploited_as: 'Exploited as',
    period: 'Period',
    reported_in: 'Reported in',
    original_source: 'Original source named by the report',
    locator: 'Where in the report',
  },
  translations: {
    az: {
      title: 'ABŞ-ın 2011-ci il Trafficking in Persons Report sənədində adı çəkilən və Shahgaldiyevin (2016) sitat gətirdiyi Azərbaycana, Azərbaycandan və Azərbaycan üzərindən insan alveri marşrutları',
      unit: 'marşrutlar (hesabatda adı çəkilən hər marşrut və ya təyinat üçün bir sətir; say verilmir)',
      locator: '«Figures and information on trafficking in human beings» bölməsi, birinci abzas (15 saylı haşiyə)',
      notes: [
        ...ROUTE_NOTES_AZ,
        'Bütün sətirlər hesabatın ABŞ-ın 2011-ci il Trafficking in Persons Report sənədinə istinad etdiyi abzasdan (15-ci səhifəaltı qeyd) götürülüb. Bu, hesabatlarda Azərbaycanı adları çəkilən ölkələrlə birlikdə mənşə, tranzit və təyinat ölkəsi kimi təsvir edən yeganə hissədir.',
      ],
      columns: ROUTE_COLUMNS_AZ,
      values: {
        from_country: countriesAz('Azerbaijan', 'Uzbekistan', 'Kazakhstan', 'Kyrgyzstan', 'Turkey', 'Afghanistan', 'China'),
        to_country: countriesAz('Russia', 'Moldova', 'United Arab Emirates', 'Turkey', 'Iran', 'Azerbaijan'),
        via_country: countriesAz('Azerbaijan'),
        role: { origin: 'mənşə', transit: 'tranzit', destination: 'təyinat' },
        victims: {
          'Men and boys': 'Kişilər və oğlan uşaqları',
          'Women and children': 'Qadınlar və uşaqlar',
          Women: 'Qadınlar',
          Men: 'Kişilər',
        },
        exploited_as: {
          'forced labour': 'məcburi əmək',
          'sex trafficking': 'cinsi istismar məqsədilə alver',
          'forced prostitution': 'məcburi fahişəlik',
          'forced labour, mainly in construction': 'məcburi əmək, əsasən tikintidə',
        },
        period: {},
        // Citation keys stay as in English, as the first note says.
        reported_in: { 'shahgaldiyev-2016': 'shahgaldiyev-2016' },
        original_source: { 'US Trafficking in Persons Report 2011': 'ABŞ-ın Trafficking in Persons Report 2011 sənədi' },
      },
      verbatim: ['locator'],
    },
  },
});

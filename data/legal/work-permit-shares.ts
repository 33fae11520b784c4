import { defineDataset, cell } from 'report-site/schema';

export const legalWorkPermitShares = defineDataset({
  id: 'legal-work-permit-shares',
  file: 'legal/work-permit-shares.csv',
  title: 'Migrant workers with work permits in Azerbaijan by economic activity and by leading country, 2011 (approximate shares)',
  unit: 'per cent',
  source: 'shahgaldiyev-2016',
  locator: 'section "Legal migration", two lists after the count of work-permit holders',
  notes: [
    'Both lists follow the count of 9,557 migrant workers holding work permits (last update 30 September 2011, see legal-work-permit-holders) and are presumably shares of these holders; the report speaks of migrant workers and does not restate the base for either list. The report calls them approximately estimated figures and prefixes every one with "almost", kept in the qualifier column.',
    'Only the leading categories are listed: the five activities add up to 87 and the five countries to 74; the rest is not given and nothing is added for it.',
    'Two lists in one table: breakdown says whether a row is an economic activity or a country.',
  ],
  row: {
    breakdown: cell.oneOf(['Economic activity', 'Country']),
    category: cell.text(),
    share_percent: cell.number({ min: 0, max: 100 }),
    qualifier: cell.textOrNull(),
  },
  columns: {
    breakdown: 'Breakdown',
    category: 'Economic activity or country',
    share_percent: 'Share of work-permit holders (%)',
    qualifier: 'Qualifier in the source',
  },
  translations: {
    az: {
      title: 'Azərbaycanda iş icazəsi olan miqrant işçilər iqtisadi fəaliyyət növləri və aparıcı ölkələr üzrə, 2011 (təxmini paylar)',
      unit: 'faiz',
      locator: '«Legal migration» bölməsi, iş icazəsi sahiblərinin sayından sonrakı iki siyahı',
      notes: [
        'Hər iki siyahı iş icazəsi olan 9.557 miqrant işçinin sayından (son yeniləmə 30 sentyabr 2011-ci il, bax: legal-work-permit-holders) sonra gəlir və, ehtimal ki, bu icazə sahiblərinin paylarıdır; hesabat miqrant işçilərdən danışır və heç bir siyahı üçün bazanı yenidən göstərmir. Hesabat onları təxmini qiymətləndirilmiş rəqəmlər adlandırır və hər birinin önünə «demək olar ki» («almost») ifadəsini qoyur; bu ifadə «Mənbədəki ifadə» sütununda saxlanılır.',
        'Yalnız aparıcı kateqoriyalar sadalanır: beş fəaliyyət növünün cəmi 87, beş ölkənin cəmi isə 74-dür; qalan hissə verilmir və onun üçün heç nə əlavə edilmir.',
        'Bir cədvəldə iki siyahı: «Bölgü» sütunu sətrin iqtisadi fəaliyyət növü, yoxsa ölkə olduğunu göstərir.',
      ],
      columns: {
        breakdown: 'Bölgü',
        category: 'İqtisadi fəaliyyət növü və ya ölkə',
        share_percent: 'İş icazəsi sahiblərinin payı (%)',
        qualifier: 'Mənbədəki ifadə',
      },
      values: {
        breakdown: { 'Economic activity': 'İqtisadi fəaliyyət növü', Country: 'Ölkə' },
        category: {
          Construction: 'Tikinti',
          Oil: 'Neft',
          Manufacturing: 'Emal sənayesi',
          Education: 'Təhsil',
          'Trade & transport': 'Ticarət və nəqliyyat',
          Turkey: 'Türkiyə',
          UK: 'Birləşmiş Krallıq',
          Georgia: 'Gürcüstan',
          India: 'Hindistan',
          USA: 'ABŞ',
        },
        qualifier: { almost: 'demək olar ki' },
      },
    },
  },
});

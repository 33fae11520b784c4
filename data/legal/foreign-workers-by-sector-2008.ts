import { defineDataset, cell } from 'report-site/schema';

export const legalForeignWorkersBySector2008 = defineDataset({
  id: 'legal-foreign-workers-by-sector-2008',
  file: 'legal/foreign-workers-by-sector-2008.csv',
  title: 'Foreigners officially working in Azerbaijan in 2008, by sector',
  unit: 'persons',
  source: 'state-statistics-committee',
  via: 'yunusov-2013',
  locator: 'section "3. Foreign refugees and labour migrants"; the report cites Yunusov 2009, pp. 231-232',
  notes: [
    'Round figures as published; the six sectors add up exactly to the total of 5,000.',
    'For the same year the Ministry of Labour and Social Protection of Population reported 4,367 foreigners who obtained work permits; the report presents the two as conflicting (see legal-foreign-worker-counts-2008).',
    'Sector names are shortened from the report; "other sectors" is as given.',
  ],
  row: {
    sector: cell.text(),
    row_type: cell.oneOf(['Total', 'Sector']),
    persons: cell.number({ min: 0, integer: true }),
  },
  columns: {
    sector: 'Sector',
    row_type: 'Row type (Total or a sector)',
    persons: 'Persons',
  },
  translations: {
    az: {
      title: 'Azərbaycanda 2008-ci ildə rəsmi işləyən əcnəbilər, sahələr üzrə',
      unit: 'nəfər',
      locator: '«3. Foreign refugees and labour migrants» bölməsi; hesabat Yunusov 2009, s. 231-232 mənbəyinə istinad edir',
      notes: [
        'Dərc olunduğu kimi yuvarlaq rəqəmlər; altı sahənin cəmi 5.000 nəfərlik ümumi saya tam bərabərdir.',
        'Həmin il üçün Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi iş icazəsi almış 4.367 əcnəbi olduğunu bildirmişdir; hesabat bu iki rəqəmi bir-birinə zidd kimi təqdim edir (bax: legal-foreign-worker-counts-2008).',
        'Sahələrin adları hesabatdakına nisbətən qısaldılmışdır; «digər sahələr» hesabatda verildiyi kimidir.',
      ],
      columns: {
        sector: 'Sahə',
        row_type: 'Sətrin növü (cəmi və ya sahə)',
        persons: 'Nəfər',
      },
      values: {
        sector: {
          'All sectors': 'Bütün sahələr',
          Industry: 'Sənaye',
          Construction: 'Tikinti',
          'Real estate, leasing and consumer services': 'Daşınmaz əmlak, icarə və məişət xidmətləri',
          'Wholesale and retail trade, repair of cars and household electronics': 'Topdan və pərakəndə ticarət, avtomobillərin və məişət elektronikasının təmiri',
          Education: 'Təhsil',
          'Other sectors': 'Digər sahələr',
        },
        row_type: { Total: 'Cəmi', Sector: 'Sahə' },
      },
    },
  },
});

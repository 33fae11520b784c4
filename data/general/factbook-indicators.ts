import { defineDataset, cell } from 'report-site/schema';

export const generalFactbookIndicators = defineDataset({
  id: 'general-factbook-indicators',
  file: 'general/factbook-indicators.csv',
  title: 'Emigrant and immigrant stocks of Azerbaijan in 2010 and skilled emigration in 2000 (World Bank Factbook 2011)',
  unit: 'mixed: thousands of persons, persons or per cent (see the unit column)',
  source: 'world-bank-factbook-2011',
  via: 'shahgaldiyev-2016',
  locator: 'section "General statistics on migration in Azerbaijan" (footnote 1); the tertiary rate is repeated in "Legal migration" (footnote 4, Factbook p. 6)',
  notes: [
    'Each row has its own unit, given in the unit column; the rows are separate indicators and are not meant to be added up.',
    'Stocks refer to 2010, skilled-emigration indicators to 2000, as labelled in the report.',
    'The physicians indicator is one line in the report: a count of emigrant physicians and the share of physicians trained in the country it represents; it is split into two rows here.',
    'The report repeats the tertiary emigration rate in its legal-migration section ("2.0 per cent only"), next to the 16-25 per cent of the population that, according to statistics it does not name, have been identified as labour migrants (see general-labour-migrant-share).',
  ],
  row: {
    section: cell.oneOf(['Emigration', 'Skilled emigration', 'Immigration']),
    reference_year: cell.year(),
    indicator: cell.text(),
    value: cell.number({ min: 0 }),
    unit: cell.oneOf(['thousands of persons', 'persons', 'per cent']),
  },
  columns: {
    section: 'Section',
    reference_year: 'Reference year',
    indicator: 'Indicator',
    value: 'Value',
    unit: 'Unit',
  },
  translations: {
    az: {
      title: 'Azərbaycanın 2010-cu ildə emiqrant və immiqrant stoku (miqrantların sayı) və 2000-ci ildə ixtisaslı kadrların emiqrasiyası (Dünya Bankı, Migration and Remittances Factbook 2011)',
      unit: 'qarışıq: min nəfər, nəfər və ya faiz (bax: «Ölçü vahidi» sütunu)',
      locator: '«General statistics on migration in Azerbaijan» bölməsi (1 saylı haşiyə); ali təhsilli əhalinin emiqrasiya səviyyəsi «Legal migration» bölməsində təkrarlanır (4 saylı haşiyə, Factbook, s. 6)',
      notes: [
        'Hər sətrin öz ölçü vahidi var və «Ölçü vahidi» sütununda göstərilir; sətirlər ayrı-ayrı göstəricilərdir və toplanmaq üçün nəzərdə tutulmayıb.',
        'Hesabatda göstərildiyi kimi, stok göstəriciləri 2010-cu ilə, ixtisaslı kadrların emiqrasiyası göstəriciləri isə 2000-ci ilə aiddir.',
        'Həkimlər göstəricisi hesabatda bir sətirdir: emiqrant həkimlərin sayı və onların ölkədə hazırlanmış həkimlər arasında payı; burada o, iki sətrə bölünmüşdür.',
        'Hesabat ali təhsilli şəxslərin emiqrasiya səviyyəsini qanuni miqrasiya bölməsində («cəmi 2,0 faiz») təkrarlayır və onu, adını çəkmədiyi statistikaya görə, əmək miqrantı kimi müəyyən edilmiş əhalinin 16–25 faizi ilə yanaşı verir (bax: general-labour-migrant-share).',
      ],
      columns: {
        section: 'Bölmə',
        reference_year: 'İstinad ili',
        indicator: 'Göstərici',
        value: 'Qiymət',
        unit: 'Ölçü vahidi',
      },
      values: {
        section: {
          Emigration: 'Emiqrasiya',
          'Skilled emigration': 'İxtisaslı kadrların emiqrasiyası',
          Immigration: 'İmmiqrasiya',
        },
        indicator: {
          'Stock of emigrants': 'Emiqrantların stoku',
          'Stock of emigrants as a share of the population': 'Emiqrantların stoku, əhalinin faizi ilə',
          'Emigration rate of the tertiary-educated population': 'Ali təhsilli əhalinin emiqrasiya səviyyəsi',
          'Emigrant physicians': 'Emiqrant həkimlər',
          'Emigrant physicians as a share of physicians trained in the country': 'Emiqrant həkimlər, ölkədə hazırlanmış həkimlərin faizi ilə',
          'Stock of immigrants': 'İmmiqrantların stoku',
          'Stock of immigrants as a share of the population': 'İmmiqrantların stoku, əhalinin faizi ilə',
          'Females as a share of immigrants': 'Qadınlar, immiqrantların faizi ilə',
          'Refugees as a share of immigrants': 'Qaçqınlar, immiqrantların faizi ilə',
        },
        unit: { 'thousands of persons': 'min nəfər', persons: 'nəfər', 'per cent': 'faiz' },
      },
    },
  },
});

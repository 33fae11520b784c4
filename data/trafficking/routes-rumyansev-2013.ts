import { defineDataset } from 'report-site/schema';
import {
  ROUTE_COLUMNS_AZ,
  ROUTE_NOTES,
  ROUTE_NOTES_AZ,
  countriesAz,
  traffickingRoutesShahgaldiyev2016 as routes2016,
} from './routes.ts';

export const traffickingRoutesRumyansev2013 = defineDataset({
  id: 'trafficking-routes-rumyansev-2013',
  file: 'trafficking/routes-rumyansev-2013.csv',
  title: 'Trafficking routes from Azerbaijan named by Rumyansev (2013), 1990s–2012',
  unit: 'routes (one row per route or destination the report names; no counts)',
  source: 'rumyansev-2013',
  locator:
    'pp. 1-3 (footnotes 2, 5, 9 and 12; pages counted from the first page of text, which the extraction does not number); the column locator gives the place of each row',
  notes: [
    ...ROUTE_NOTES,
    'The rows rest on different works, named in the column original_source (the US Trafficking in Persons Report 2012; the Azerbaijan Migration Center annual report for 2010; a trend.az news report; none for the 1990s), so the report itself is cited as source.',
    'The report quotes "experts from the United States" with a reference to the US Trafficking in Persons Report of June 2012, pp. 77-78 (footnote 2); it says Azerbaijan is also a transit and destination country but names no countries for those roles, so only its origin routes are listed.',
    'The report gives Russia for 2010 only as one of the "other countries" that four victims were taken to; the row for Russia in 2010 stands for that mention.',
    'The 1990s rows describe emigration to work in the sex industry and the sexual exploitation of emigrants, mostly women, that went with it, directed "mainly" to the four countries listed "and some other countries"; the report names no source for this sentence.',
  ],
  // The columns of the 2016 routes, so that the three datasets can be read together.
  row: routes2016.row.shape,
  columns: routes2016.columns,
  translations: {
    az: {
      title: 'Rumyansevin (2013) adını çəkdiyi Azərbaycandan insan alveri marşrutları, 1990-cı illər–2012',
      unit: 'marşrutlar (hesabatda adı çəkilən hər marşrut və ya təyinat üçün bir sətir; say verilmir)',
      locator:
        's. 1-3 (2, 5, 9 və 12 saylı haşiyələr; səhifələr mətnin birinci səhifəsindən sayılır, mətn çıxarışında səhifələr nömrələnməyib); hər sətrin yeri «Hesabatda yeri» sütununda göstərilir',
      notes: [
        ...ROUTE_NOTES_AZ,
        'Sətirlər «Hesabatın göstərdiyi ilkin mənbə» sütununda adı çəkilən müxtəlif işlərə əsaslanır (ABŞ-ın Trafficking in Persons Report 2012 sənədi; Azərbaycan Miqrasiya Mərkəzinin 2010-cu il üzrə illik hesabatı; trend.az saytının xəbəri; 1990-cı illər üçün heç biri), buna görə mənbə kimi hesabatın özü göstərilir.',
        'Hesabat 2012-ci ilin iyununda dərc olunmuş ABŞ-ın Trafficking in Persons Report sənədinə (səh. 77–78, 2-ci səhifəaltı qeyd) istinadən «ABŞ-dan olan ekspertlər»in ("experts from the United States") fikrini verir; orada deyilir ki, Azərbaycan həm də tranzit və təyinat ölkəsidir, lakin bu rollar üzrə heç bir ölkənin adı çəkilmir, buna görə yalnız mənşə marşrutları verilib.',
        'Hesabat 2010-cu il üçün Rusiyanı yalnız dörd qurbanın aparıldığı «digər ölkələr»dən biri kimi göstərir; 2010-cu il üzrə Rusiya sətri bu qeydi əks etdirir.',
        '1990-cı illərə aid sətirlər seks sənayesində işləmək məqsədilə emiqrasiyanı və onunla müşayiət olunan, əsasən qadın emiqrantların cinsi istismarını təsvir edir; bu emiqrasiya sadalanan dörd ölkəyə «əsasən» və «bəzi digər ölkələrə» yönəlmişdi; hesabat bu cümlə üçün heç bir mənbə göstərmir.',
      ],
      columns: ROUTE_COLUMNS_AZ,
      values: {
        from_country: countriesAz('Azerbaijan'),
        to_country: countriesAz('Russia', 'United Arab Emirates', 'Turkey', 'Iran', 'Pakistan'),
        via_country: {},
        role: { origin: 'mənşə' },
        victims: {
          'Men and children': 'Kişilər və uşaqlar',
          'Women and children': 'Qadınlar və uşaqlar',
          'Mostly women': 'Əsasən qadınlar',
          'Victims of trafficking (mostly young women)': 'İnsan alveri qurbanları (əsasən gənc qadınlar)',
          'Victims of trafficking': 'İnsan alveri qurbanları',
        },
        exploited_as: {
          'forced labour': 'məcburi əmək',
          'sexual exploitation': 'cinsi istismar',
          'work in the sex industry and sexual exploitation': 'seks sənayesində iş və cinsi istismar',
          'trafficking (not specified)': 'insan alveri (növü göstərilmir)',
        },
        period: { '1990s': '1990-cı illər', '2010': '2010', '2012': '2012' },
        // Citation keys stay as in English, as the first note says.
        reported_in: { 'rumyansev-2013': 'rumyansev-2013' },
        original_source: {
          'US Trafficking in Persons Report 2012, pp. 77-78 ("experts from the United States")':
            'ABŞ-ın Trafficking in Persons Report 2012 sənədi, səh. 77–78 («ABŞ-dan olan ekspertlər»)',
          'Not named': 'Göstərilmir',
          'Ministry of Internal Affairs, via the Azerbaijan Migration Center annual report for 2010, p. 5':
            'Daxili İşlər Nazirliyi, Azərbaycan Miqrasiya Mərkəzinin 2010-cu il üzrə illik hesabatı vasitəsilə, səh. 5',
          'Ministry of Internal Affairs, via the Azerbaijan Migration Center annual report for 2010, p. 5 (Russia is named among "other countries")':
            'Daxili İşlər Nazirliyi, Azərbaycan Miqrasiya Mərkəzinin 2010-cu il üzrə illik hesabatı vasitəsilə, səh. 5 (Rusiyanın adı «digər ölkələr» arasında çəkilir)',
          'Ministry of Internal Affairs, via a trend.az news report': 'Daxili İşlər Nazirliyi, trend.az saytının xəbəri vasitəsilə',
        },
      },
      verbatim: ['locator'],
    },
  },
});

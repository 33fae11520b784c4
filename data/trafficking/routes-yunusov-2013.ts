import { defineDataset } from 'report-site/schema';
import {
  ROUTE_COLUMNS_AZ,
  ROUTE_NOTES,
  ROUTE_NOTES_AZ,
  countriesAz,
  traffickingRoutesShahgaldiyev2016 as routes2016,
} from './routes.ts';

export const traffickingRoutesYunusov2013 = defineDataset({
  id: 'trafficking-routes-yunusov-2013',
  file: 'trafficking/routes-yunusov-2013.csv',
  title: 'Countries where Azerbaijani women were in illegal prostitution or sexually exploited, named by Yunusov (2013), from 1997',
  unit: 'routes (one row per route or destination the report names; no counts)',
  source: 'yunusov-2013',
  locator: 'section "3. Integration problems of Azerbaijani migrants in the Middle East"',
  notes: [
    ...ROUTE_NOTES,
    'The report makes two statements: from 1997 reports of Azerbaijani women in illegal prostitution came more and more often from Turkey, the UAE, Syria, Iran and "sometimes" Pakistan; and the majority of Azerbaijani women are sexually exploited in Turkey, the UAE, Iran, India, Egypt and Indonesia, the countries from which most reports of arrests and deportations came. The second statement has no year.',
    'Neither statement names a source. The paragraph goes on to figures of 1999 that it credits to Yunusov 2009, p. 195 (dataset trafficking-women-in-prostitution-abroad-1999); that reference is not taken to cover the routes.',
  ],
  // The columns of the 2016 routes, so that the three datasets can be read together.
  row: routes2016.row.shape,
  columns: routes2016.columns,
  translations: {
    az: {
      title: 'Yunusovun (2013) adını çəkdiyi, azərbaycanlı qadınların qeyri-leqal fahişəliklə məşğul olduğu və ya cinsi istismara məruz qaldığı ölkələr, 1997-ci ildən',
      unit: 'marşrutlar (hesabatda adı çəkilən hər marşrut və ya təyinat üçün bir sətir; say verilmir)',
      locator: '«3. Integration problems of Azerbaijani migrants in the Middle East» bölməsi',
      notes: [
        ...ROUTE_NOTES_AZ,
        'Hesabatda iki ifadə var: 1997-ci ildən azərbaycanlı qadınların qeyri-leqal fahişəliklə məşğul olması barədə məlumatlar getdikcə daha tez-tez Türkiyədən, BƏƏ-dən, Suriyadan, İrandan və «bəzən» Pakistandan gəlirdi; azərbaycanlı qadınların əksəriyyəti isə həbslər və deportasiyalar barədə məlumatların çoxunun gəldiyi ölkələrdə – Türkiyədə, BƏƏ-də, İranda, Hindistanda, Misirdə və İndoneziyada cinsi istismara məruz qalır. İkinci ifadədə il göstərilmir.',
        'Heç bir ifadədə mənbə göstərilmir. Abzas daha sonra Yunusov 2009, səh. 195-ə istinad edilən 1999-cu il rəqəmlərinə keçir (trafficking-women-in-prostitution-abroad-1999 məlumat dəsti); bu istinad marşrutlara aid hesab edilmir.',
      ],
      columns: ROUTE_COLUMNS_AZ,
      values: {
        from_country: countriesAz('Azerbaijan'),
        to_country: countriesAz('Turkey', 'United Arab Emirates', 'Syria', 'Iran', 'Pakistan', 'India', 'Egypt', 'Indonesia'),
        via_country: {},
        role: { origin: 'mənşə' },
        victims: {
          Women: 'Qadınlar',
          'Women (the majority of those exploited)': 'Qadınlar (istismar olunanların əksəriyyəti)',
        },
        exploited_as: {
          'illegal prostitution': 'qeyri-leqal fahişəlik',
          'illegal prostitution (Pakistan: only sometimes)': 'qeyri-leqal fahişəlik (Pakistan: yalnız bəzən)',
          'sexual exploitation': 'cinsi istismar',
        },
        period: { 'from 1997': '1997-ci ildən' },
        // Citation keys stay as in English, as the first note says.
        reported_in: { 'yunusov-2013': 'yunusov-2013' },
        original_source: {
          'Not named ("reports"; the next sentences, on 1999, cite Yunusov 2009, p. 195)':
            'Göstərilmir («məlumatlar»; 1999-cu ilə dair sonrakı cümlələrdə Yunusov 2009, səh. 195-ə istinad edilir)',
          'Not named (the countries most reports of arrests and deportations came from)':
            'Göstərilmir (həbslər və deportasiyalar barədə məlumatların çoxunun gəldiyi ölkələr)',
        },
      },
      verbatim: ['locator'],
    },
  },
});

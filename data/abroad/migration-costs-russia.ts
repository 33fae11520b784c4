import { defineDataset, cell } from 'report-site/schema';

export const abroadMigrationCostsRussia = defineDataset({
  id: 'abroad-migration-costs-russia',
  file: 'abroad/migration-costs-russia.csv',
  title: 'Costs an Azerbaijani labour migrant faces on going to work in Russia',
  unit: 'US$ (see the unit column)',
  source: 'yunusov-2013',
  locator: 'section "1. Russia and CIS countries"',
  notes: [
    'Ranges stay ranges (low and high); a single figure fills value only. Each row has its own unit, given in the unit column.',
    'A month in Moscow costs "at least" 2,000-3,000 US$; life in the provinces costs slightly less, with no figure given.',
    'The report writes the unofficial price of a market place as "1.500-2.000 USD", with dots as thousands separators: stored as 1500 and 2000.',
    'The daily rental of a market place is written in words ("ten or so" dollars): stored as 10 with the wording in the qualifier.',
    'Before leaving, a migrant has to save enough to cover 2-3 months of expenses (registration, rent, a market place and incidental costs).',
  ],
  row: {
    item: cell.text(),
    value: cell.numberOrNull({ min: 0 }),
    low: cell.numberOrNull({ min: 0 }),
    high: cell.numberOrNull({ min: 0 }),
    unit: cell.oneOf(['US$ per month', 'US$ (one-off)', 'US$ per day', 'months of expenses']),
    qualifier: cell.textOrNull(),
  },
  columns: {
    item: 'Cost',
    value: 'Single figure',
    low: 'Low',
    high: 'High',
    unit: 'Unit',
    qualifier: 'Qualifier',
  },
  translations: {
    az: {
      title: 'Rusiyaya işləməyə gedən azərbaycanlı əmək miqrantının üzləşdiyi xərclər',
      unit: 'ABŞ dolları (vahid sütununa bax)',
      locator: '«1. Russia and CIS countries» bölməsi',
      notes: [
        'İntervallar interval kimi saxlanılır (aşağı və yuxarı hədd); tək rəqəm yalnız tək rəqəm sütununu doldurur. Hər sətrin öz vahidi var və o, vahid sütununda göstərilir.',
        'Moskvada bir ay «ən azı» 2.000–3.000 ABŞ dollarına başa gəlir; əyalətlərdə həyat bir qədər ucuzdur, lakin rəqəm verilmir.',
        'Hesabat bazarda yerin qeyri-rəsmi qiymətini "1.500-2.000 USD" kimi, minlikləri nöqtə ilə ayıraraq yazır: 1500 və 2000 kimi saxlanılıb.',
        'Bazardakı yerin gündəlik kirayəsi sözlə yazılıb («on dollar civarında», "ten or so" dollars): 10 kimi saxlanılıb, ifadənin özü isə dəqiqləşdirmə sütunundadır.',
        'Getməzdən əvvəl miqrant 2–3 aylıq xərcləri (qeydiyyat, kirayə, bazarda yer və gözlənilməz xərclər) ödəməyə yetəcək qədər pul yığmalıdır.',
      ],
      columns: {
        item: 'Xərc',
        value: 'Tək rəqəm',
        low: 'Aşağı',
        high: 'Yuxarı',
        unit: 'Vahid',
        qualifier: 'Dəqiqləşdirmə',
      },
      values: {
        item: {
          'Living costs of one month in Moscow': 'Moskvada bir aylıq yaşayış xərcləri',
          'Place at a market (unofficial price)': 'Bazarda yer (qeyri-rəsmi qiymət)',
          'Daily rental of the market place': 'Bazardakı yerin gündəlik kirayəsi',
          'Savings a migrant needs before leaving': 'Miqrantın getməzdən əvvəl yığmalı olduğu vəsait',
        },
        unit: {
          'US$ per month': 'ABŞ dolları, ayda',
          'US$ (one-off)': 'ABŞ dolları (birdəfəlik)',
          'US$ per day': 'ABŞ dolları, gündə',
          'months of expenses': 'aylıq xərc',
        },
        qualifier: {
          'at least': 'ən azı',
          unofficially: 'qeyri-rəsmi',
          '"ten or so" dollars': '«on dollar civarında»',
        },
      },
    },
  },
});

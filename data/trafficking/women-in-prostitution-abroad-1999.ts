import { defineDataset, cell } from 'report-site/schema';

export const traffickingWomenInProstitutionAbroad = defineDataset({
  id: 'trafficking-women-in-prostitution-abroad-1999',
  file: 'trafficking/women-in-prostitution-abroad-1999.csv',
  title: 'Azerbaijani women engaged in prostitution in Turkey (registered by the Turkish authorities) and in the United Arab Emirates (counter not named), as made known in 1999',
  unit: 'persons',
  source: 'yunusov-2009',
  via: 'yunusov-2013',
  locator: 'section "3. Integration problems of Azerbaijani migrants in the Middle East"; the report cites Yunusov 2009, p. 195',
  notes: [
    'Figures that came to light in 1999: 6,000 Azerbaijani women engaged in prostitution had been registered by the Turkish authorities; for the UAE the report only says there were another 2,000, without saying who counted or registered them. The column as_published quotes the report.',
    'The report presents these women as part of a mostly female migration flow to the East that it links to trafficking; the Turkish figure is a registration and the UAE figure a count the report gives without its origin; neither counts identified trafficking victims.',
  ],
  row: {
    country: cell.text(),
    women: cell.number({ min: 0, integer: true }),
    as_published: cell.text(),
  },
  columns: {
    country: 'Country',
    women: 'Women (persons)',
    as_published: 'As written in the report',
  },
  translations: {
    az: {
      title: 'Türkiyədə (Türkiyə hakimiyyət orqanlarının qeydiyyatına alınmış) və Birləşmiş Ərəb Əmirliklərində (kimin saydığı göstərilmir) fahişəliklə məşğul olan azərbaycanlı qadınlar, 1999-cu ildə məlum olduğu kimi',
      unit: 'nəfər',
      locator: '«3. Integration problems of Azerbaijani migrants in the Middle East» bölməsi; hesabat Yunusov 2009, s. 195 mənbəyinə istinad edir',
      notes: [
        '1999-cu ildə məlum olan rəqəmlər: fahişəliklə məşğul olan 6.000 azərbaycanlı qadın Türkiyə hakimiyyət orqanları tərəfindən qeydiyyata alınmışdı; BƏƏ üçün hesabatda yalnız daha 2.000 nəfərin olduğu deyilir, onları kimin saydığı və ya qeydiyyata aldığı göstərilmir. «Hesabatda yazıldığı kimi» sütunu hesabatdan sitatdır.',
        'Hesabat bu qadınları insan alveri ilə əlaqələndirdiyi, əsasən qadınlardan ibarət Şərqə yönələn miqrasiya axınının bir hissəsi kimi təqdim edir; Türkiyə rəqəmi qeydiyyat məlumatıdır, BƏƏ rəqəmini isə hesabat mənbəyini göstərmədən verir; heç biri müəyyən edilmiş insan alveri qurbanlarının sayı deyil.',
      ],
      columns: {
        country: 'Ölkə',
        women: 'Qadınlar (nəfər)',
        as_published: 'Hesabatda yazıldığı kimi',
      },
      values: {
        country: { Turkey: 'Türkiyə', 'United Arab Emirates': 'Birləşmiş Ərəb Əmirlikləri' },
      },
      verbatim: ['as_published'],
    },
  },
});

import { defineDataset, cell } from 'report-site/schema';

export const abroadByRegion = defineDataset({
  id: 'abroad-azerbaijanis-by-region',
  file: 'abroad/by-region.csv',
  title: 'Azerbaijani citizens living and working abroad, by world region: estimates of about 2013',
  unit: 'persons',
  source: 'yunusov-2013',
  locator: 'section "Integration problems of Azerbaijani migrants in other countries", opening paragraph',
  notes: [
    'The report gives these figures without naming a source or saying how they were obtained; they describe the situation "currently", i.e. around the time of writing (2013).',
    'The regional figures are ranges, stored as low and high; the Turkey figure is a single lower bound, stored in value with the qualifier "no less than". A row fills either value or low and high, never both.',
    'The Turkey row is part of the Middle East row, not an additional region.',
    'The report names the main countries of each region (Russia; Germany, the Netherlands, France and the USA; Turkey) but gives a figure only for Turkey.',
    'Shahgaldiyev 2016 gives the emigrant stock of 2010 only as a total from the World Bank (dataset of the general statistics) and lists the top destination countries without numbers, so it adds no figure by destination here.',
  ],
  row: {
    region: cell.text(),
    level: cell.oneOf(['Region', 'Country within the Middle East']),
    main_countries: cell.textOrNull(),
    value: cell.numberOrNull({ min: 0, integer: true }),
    low: cell.numberOrNull({ min: 0, integer: true }),
    high: cell.numberOrNull({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
  },
  columns: {
    region: 'Region or country',
    level: 'Level',
    main_countries: 'Main countries named',
    value: 'Single figure (persons)',
    low: 'Low estimate (persons)',
    high: 'High estimate (persons)',
    qualifier: 'Qualifier',
  },
  translations: {
    az: {
      title: 'Xaricdə yaşayan və işləyən Azərbaycan vətəndaşları, dünya regionları üzrə: təxminən 2013-cü ilə aid qiymətləndirmələr',
      unit: 'nəfər',
      locator: '«Integration problems of Azerbaijani migrants in other countries» bölməsi, giriş abzası',
      notes: [
        'Hesabat bu rəqəmləri mənbəyini göstərmədən və necə əldə edildiyini bildirmədən verir; onlar «hazırkı», yəni hesabatın yazıldığı vaxtdakı (2013) vəziyyəti təsvir edir.',
        'Regionlar üzrə rəqəmlər intervaldır və aşağı və yuxarı hədd kimi saxlanılır; Türkiyə üzrə rəqəm yeganə aşağı hədddir və «ən azı» dəqiqləşdirməsi ilə tək rəqəm sütununda saxlanılır. Hər sətirdə ya tək rəqəm, ya da aşağı və yuxarı hədd doldurulur, heç vaxt hər ikisi birlikdə yox.',
        'Türkiyə sətri Yaxın Şərq sətrinin bir hissəsidir, əlavə region deyil.',
        'Hesabat hər regionun əsas ölkələrini adlandırır (Rusiya; Almaniya, Niderland, Fransa və ABŞ; Türkiyə), lakin rəqəmi yalnız Türkiyə üçün verir.',
        'Shahgaldiyev 2016 2010-cu il üzrə emiqrant stokunu yalnız Dünya Bankına istinadən cəmi kimi verir (ümumi statistika verilənlər toplusu) və əsas təyinat ölkələrini rəqəmsiz sadalayır, ona görə də burada təyinat ölkələri üzrə heç bir rəqəm əlavə etmir.',
      ],
      columns: {
        region: 'Region və ya ölkə',
        level: 'Səviyyə',
        main_countries: 'Adı çəkilən əsas ölkələr',
        value: 'Tək rəqəm (nəfər)',
        low: 'Aşağı qiymətləndirmə (nəfər)',
        high: 'Yuxarı qiymətləndirmə (nəfər)',
        qualifier: 'Dəqiqləşdirmə',
      },
      values: {
        region: {
          'Post-Soviet space, mainly Russia': 'Postsovet məkanı, əsasən Rusiya',
          'Western countries': 'Qərb ölkələri',
          'Middle East': 'Yaxın Şərq',
          Turkey: 'Türkiyə',
        },
        level: { Region: 'Region', 'Country within the Middle East': 'Yaxın Şərqdə ölkə' },
        main_countries: {
          Russia: 'Rusiya',
          'Germany, the Netherlands, France, the USA': 'Almaniya, Niderland, Fransa, ABŞ',
          Turkey: 'Türkiyə',
        },
        qualifier: { approximately: 'təxminən', 'no less than': 'ən azı' },
      },
    },
  },
});

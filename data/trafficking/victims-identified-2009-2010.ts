import { defineDataset, cell } from 'report-site/schema';

export const traffickingVictimsIdentified = defineDataset({
  id: 'trafficking-victims-identified-2009-2010',
  file: 'trafficking/victims-identified-2009-2010.csv',
  title: 'Trafficking victims identified by the government of Azerbaijan, by form of exploitation, 2009 and 2010',
  unit: 'persons',
  source: 'us-tip-report-2011',
  via: 'shahgaldiyev-2016',
  locator: 'section "Figures and information on trafficking in human beings", paragraphs after footnote 15',
  notes: [
    'The report cites the US State Department Trafficking in Persons Report 2011 (footnote 15) at the end of the paragraph just before these figures; the figures follow in the same passage without a further citation and are attributed here to that report.',
    'The two counts of three (three child victims of sex trafficking, three male victims of forced labour) are written in words in the report: "three" is stored as 3.',
    'For 2009 the report gives only a total (220 victims), for 2010 only the three categories; the report prints no 2010 total, so none is stored.',
    'The three forced-labour victims of 2010 were, according to the report, repatriated by the government after having been jailed in Poland.',
    'The 2010 categories together come to 3 more than the 34 victims of 2010 in Table 4 of the same report (dataset trafficking-offenders-victims-table4) and in Rumyansev 2013 (dataset trafficking-official-counts-2006-2012); both counts are kept as published.',
  ],
  row: {
    year: cell.year(),
    exploitation: cell.oneOf(['All forms', 'Sex trafficking', 'Forced labour']),
    victim_group: cell.oneOf(['All victims', 'Adult women', 'Children', 'Men']),
    persons: cell.number({ min: 0, integer: true }),
    as_published: cell.text(),
  },
  columns: {
    year: 'Year',
    exploitation: 'Form of exploitation',
    victim_group: 'Victims',
    persons: 'Persons',
    as_published: 'As written in the report',
  },
  translations: {
    az: {
      title: 'Azərbaycan hökumətinin müəyyən etdiyi insan alveri qurbanları istismar formaları üzrə, 2009 və 2010',
      unit: 'nəfər',
      locator: '«Figures and information on trafficking in human beings» bölməsi, 15 saylı haşiyədən sonrakı abzaslar',
      notes: [
        'Hesabat ABŞ Dövlət Departamentinin 2011-ci il Trafficking in Persons Report sənədinə (15-ci səhifəaltı qeyd) bu rəqəmlərdən bilavasitə əvvəlki abzasın sonunda istinad edir; rəqəmlər həmin hissədə əlavə istinad olmadan gəlir və burada həmin hesabata aid edilir.',
        'Üç nəfərlik iki say (cinsi istismar məqsədilə alverin üç uşaq qurbanı, məcburi əməyin üç kişi qurbanı) hesabatda sözlə yazılıb: "three" 3 kimi saxlanılıb.',
        '2009-cu il üçün hesabat yalnız cəmi (220 qurban), 2010-cu il üçün isə yalnız üç kateqoriyanı verir; hesabatda 2010-cu il üzrə cəmi göstərilmir, buna görə o, saxlanılmayıb.',
        'Hesabata görə, 2010-cu ildə məcburi əməyin üç qurbanı Polşada həbsdə olduqdan sonra hökumət tərəfindən vətənə qaytarılıb.',
        '2010-cu il kateqoriyalarının cəmi həmin hesabatın 4-cü cədvəlindəki (trafficking-offenders-victims-table4 məlumat dəsti) və Rumyansev 2013-dəki (trafficking-official-counts-2006-2012 məlumat dəsti) 2010-cu il üzrə 34 qurbandan 3 çoxdur; hər iki say dərc edildiyi kimi saxlanılıb.',
      ],
      columns: {
        year: 'İl',
        exploitation: 'İstismar forması',
        victim_group: 'Qurbanlar',
        persons: 'Nəfər',
        as_published: 'Hesabatda yazıldığı kimi',
      },
      values: {
        exploitation: {
          'All forms': 'Bütün formalar',
          'Sex trafficking': 'Cinsi istismar məqsədilə alver',
          'Forced labour': 'Məcburi əmək',
        },
        victim_group: {
          'All victims': 'Bütün qurbanlar',
          'Adult women': 'Yetkin qadınlar',
          Children: 'Uşaqlar',
          Men: 'Kişilər',
        },
      },
      verbatim: ['as_published'],
    },
  },
});

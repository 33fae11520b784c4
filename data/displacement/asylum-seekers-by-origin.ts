import { defineDataset, cell } from 'report-site/schema';

export const displacementAsylumSeekersByOrigin = defineDataset({
  id: 'displacement-asylum-seekers-by-origin',
  file: 'displacement/asylum-seekers-by-origin.csv',
  title: 'Foreigners seeking refuge in Azerbaijan by origin: Chechens, Afghans and Iranians',
  unit: 'persons',
  source: 'aliyev-2006',
  via: 'shahgaldiyev-2016',
  locator: 'section "Refugees and asylum seekers", sentence after the February 2008 figures; footnote 17, on the sentence after it',
  notes: [
    'The report does not name its source for these figures: footnote 17, which cites Aliyev (2006), stands on the next sentence, about the smaller groups. That the figures come from Aliyev too is an inference from the footnote, on which they are credited to him here.',
    'The report gives no reference date; the sentence follows the Ministry of Foreign Affairs figures of February 2008 and begins "in addition".',
    'The word "some" stands before the first figure and may apply to all three.',
    'Smaller groups from Iraq, Turkey, Pakistan, Sudan and Kyrgyzstan are mentioned without figures.',
    'The report presents these groups as additional to the February 2008 figures (dataset displacement-refugees-idps-asylum-2008) and gives them no date; it does not explain how they relate to the "close to 3,000" asylum seekers from other countries in those figures, and the Chechen and Afghan groups are each larger than that number. No total is given and none is stored.',
  ],
  row: {
    group: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
  },
  columns: {
    group: 'Group',
    persons: 'Persons seeking refuge',
    qualifier: 'Qualifier in the report',
  },
  translations: {
    az: {
      title: 'Azərbaycanda sığınacaq axtaran əcnəbilər mənşəyinə görə: çeçenlər, əfqanlar və iranlılar',
      unit: 'nəfər',
      locator: '«Refugees and asylum seekers» bölməsi, 2008-ci ilin fevral rəqəmlərindən sonrakı cümlə; ondan sonrakı cümləyə aid 17 saylı haşiyə',
      notes: [
        'Hesabat bu rəqəmlərin mənbəyini göstərmir: Aliyevin (2006) əsərinə istinad edən 17 saylı haşiyə növbəti cümləyə, daha kiçik qruplar haqqındakı cümləyə aiddir. Rəqəmlərin də Aliyevdən götürüldüyü haşiyədən çıxarılan nəticədir; burada onlar bu nəticəyə əsasən ona aid edilir.',
        'Hesabatda istinad tarixi göstərilmir; cümlə XİN-in 2008-ci ilin fevral rəqəmlərindən sonra gəlir və «bundan əlavə» ("in addition") sözləri ilə başlayır.',
        '«Təqribən» ("some") sözü birinci rəqəmdən əvvəl durur və hər üç rəqəmə aid ola bilər.',
        'İraq, Türkiyə, Pakistan, Sudan və Qırğızıstandan gəlmiş daha kiçik qruplar rəqəmsiz qeyd olunur.',
        'Hesabat bu qrupları 2008-ci ilin fevral rəqəmlərinə (displacement-refugees-idps-asylum-2008 məlumat dəsti) əlavə kimi təqdim edir və onlar üçün tarix göstərmir; onların həmin rəqəmlərdəki digər ölkələrdən gəlmiş «3.000-ə yaxın» sığınacaq axtaran şəxslə əlaqəsini izah etmir, halbuki çeçen və əfqan qruplarının hər biri bu rəqəmdən böyükdür. Cəmi verilmir və burada da saxlanılmır.',
      ],
      columns: {
        group: 'Qrup',
        persons: 'Sığınacaq axtaran şəxslər',
        qualifier: 'Hesabatdakı dəqiqləşdirici söz',
      },
      values: {
        group: {
          'Ethnic Chechens with Russian citizenship': 'Rusiya vətəndaşlığına malik etnik çeçenlər',
          'Citizens of Afghanistan': 'Əfqanıstan vətəndaşları',
          'Iranians': 'İranlılar',
        },
        qualifier: {
          'some': 'təqribən',
        },
      },
    },
  },
});

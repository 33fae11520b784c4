import { defineDataset, cell } from 'report-site/schema';

export const irregularAzerbaijanisAbroad = defineDataset({
  id: 'irregular-azerbaijanis-abroad',
  file: 'irregular/azerbaijanis-abroad.csv',
  title: 'Azerbaijani migrants in an irregular situation abroad: illegal residence, arrests, legalization requests and deportations in Germany, Switzerland and Russia (1999–2007)',
  unit: 'persons',
  source: 'yunusov-2013',
  locator: 'sections "1. Russia and CIS countries" and "2. Integration problems of Azerbaijani migrants in Western countries"',
  notes: [
    'The rows rest on different works named in the column cited_in_report, so the report itself is cited as source.',
    'Germany: right after the German figures, the report says that the annual upkeep of illegal Azerbaijani migrants ran as high as 40 million euros (it does not say explicitly for which country or countries), and that Azerbaijan refused to sign a readmission agreement.',
    'Switzerland: the gap between over 700 applicants and only 300 residents in early 2007 is explained by the author as applicants moving on to other European countries after failing to obtain a status.',
    'Russia: the deportations from Moscow followed the toughening of conditions for Azerbaijani migrants in November 1999 and were counted by December 1999; the report says similar actions took place elsewhere in Russia. The same figure is also in the dataset abroad-other-figures.',
  ],
  row: {
    country: cell.text(),
    period: cell.text(),
    measure: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
    qualifier: cell.textOrNull(),
    cited_in_report: cell.text(),
  },
  columns: {
    country: 'Country',
    period: 'Reference period',
    measure: 'What was counted',
    persons: 'Persons',
    qualifier: 'Qualifier in the report',
    cited_in_report: 'Reference given in the report',
  },
  translations: {
    az: {
      title: 'Xaricdə qeyri-qanuni vəziyyətdə olan azərbaycanlı miqrantlar: Almaniya, İsveçrə və Rusiyada qanunsuz yaşama, həbslər, leqallaşdırma müraciətləri və deportasiyalar (1999–2007)',
      unit: 'nəfər',
      locator: '«1. Russia and CIS countries» və «2. Integration problems of Azerbaijani migrants in Western countries» bölmələri',
      notes: [
        'Sətirlər cited_in_report sütununda göstərilən müxtəlif əsərlərə əsaslanır, buna görə də mənbə kimi hesabatın özü göstərilir.',
        'Almaniya: hesabat alman rəqəmlərindən dərhal sonra bildirir ki, qanunsuz azərbaycanlı miqrantların saxlanılmasının illik xərci 40 milyon avroya qədər çatırdı (hansı ölkə və ya ölkələr üçün olduğunu açıq demir) və Azərbaycan readmissiya sazişini imzalamaqdan imtina edib.',
        'İsveçrə: 700-dən çox müraciət edən ilə 2007-ci ilin əvvəlində cəmi 300 sakin arasındakı fərqi müəllif müraciət edənlərin status ala bilmədikdən sonra Avropanın başqa ölkələrinə köçməsi ilə izah edir.',
        'Rusiya: Moskvadan deportasiyalar 1999-cu ilin noyabrında azərbaycanlı miqrantlar üçün şərtlərin sərtləşdirilməsindən sonra baş verib və 1999-cu ilin dekabrına qədər sayılıb; hesabata görə, oxşar tədbirlər Rusiyanın digər yerlərində də həyata keçirilib. Həmin rəqəm abroad-other-figures məlumat dəstində də var.',
      ],
      columns: {
        country: 'Ölkə',
        period: 'İstinad dövrü',
        measure: 'Nə sayılıb',
        persons: 'Nəfər',
        qualifier: 'Hesabatdakı dəqiqləşdirici söz',
        cited_in_report: 'Hesabatda verilən istinad',
      },
      values: {
        country: {
          'Germany': 'Almaniya',
          'Switzerland': 'İsveçrə',
          'Russia': 'Rusiya',
        },
        period: {
          'not stated': 'göstərilməyib',
          'start of 2007': '2007-ci ilin başlanğıcı',
          'early 2007': '2007-ci ilin əvvəli',
          'November-December 1999': '1999-cu ilin noyabr–dekabr ayları',
        },
        measure: {
          'Azerbaijanis residing illegally': 'Qanunsuz yaşayan azərbaycanlılar',
          'Azerbaijanis arrested and awaiting a decision on their future': 'Həbs edilmiş və gələcəkləri barədə qərar gözləyən azərbaycanlılar',
          'Azerbaijanis who applied for legalization': 'Leqallaşdırma üçün müraciət etmiş azərbaycanlılar',
          'Azerbaijanis residing in the country (according to the Azerbaijani diaspora)': 'Ölkədə yaşayan azərbaycanlılar (Azərbaycan diasporunun məlumatına görə)',
          'Azerbaijanis deported from Moscow alone for breaching the passport regime': 'Pasport rejimini pozduqlarına görə təkcə Moskvadan deportasiya edilmiş azərbaycanlılar',
        },
        qualifier: {
          'some': 'təxminən',
          'over': '…-dən çox',
          'only': 'cəmi',
        },
      },
      verbatim: ['cited_in_report'],
    },
  },
});

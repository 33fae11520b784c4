import { defineDataset, cell } from 'report-site/schema';

export const abroadMoscowSurvey2002 = defineDataset({
  id: 'abroad-moscow-survey-2002-what-is-moscow',
  file: 'abroad/moscow-survey-2002.csv',
  title: '"What is Moscow for you?": answers of Russian Muscovites and of Azerbaijanis in Moscow, survey of 2002',
  unit: 'per cent',
  source: 'malkova-2004',
  via: 'yunusov-2013',
  locator: 'Table 1, section "1. Russia and CIS countries"; the report cites Malkova 2004 (pp. 127-129 for the discussion)',
  notes: [
    'Respondents could choose several answers, so the shares of each group add up to more than 100 per cent: 161 for Russian Muscovites, 116 for Azerbaijani long-term residents and 101 for Azerbaijani migrants.',
    'Long-term residents are Azerbaijanis who had lived in Moscow for more than 10 years; the report does not define its "migrants" group, presumably the other Azerbaijani respondents.',
    'The table gives no sample sizes. Answer options and their numbering are those of the table.',
  ],
  row: {
    no: cell.number({ min: 1, integer: true }),
    answer: cell.text(),
    respondents: cell.oneOf(['Russian Muscovites', 'Azerbaijanis: long-term residents', 'Azerbaijanis: migrants']),
    percent: cell.number({ min: 0, max: 100 }),
  },
  columns: {
    no: 'No.',
    answer: 'Answer option',
    respondents: 'Respondents',
    percent: 'Share of respondents (%)',
  },
  translations: {
    az: {
      title: '«Moskva sizin üçün nədir?»: Moskvanın rus sakinlərinin və Moskvadakı azərbaycanlıların cavabları, 2002-ci il sorğusu',
      unit: 'faiz',
      locator: '1 saylı cədvəl, «1. Russia and CIS countries» bölməsi; hesabat Malkova 2004 mənbəyinə istinad edir (müzakirə üçün bax: s. 127-129)',
      notes: [
        'Respondentlər bir neçə cavab seçə bilərdilər, buna görə də hər qrup üzrə payların cəmi 100 faizi keçir: Moskvanın rus sakinləri üçün 161, uzun müddətdir yaşayan azərbaycanlılar üçün 116, azərbaycanlı miqrantlar üçün 101.',
        'Uzun müddətdir yaşayanlar Moskvada 10 ildən artıq yaşamış azərbaycanlılardır; hesabat «miqrantlar» qrupunun tərifini vermir, ehtimal ki, bunlar qalan azərbaycanlı respondentlərdir.',
        'Cədvəldə seçmələrin həcmi verilmir. Cavab variantları və onların nömrələri cədvəldəki kimidir.',
      ],
      columns: {
        no: '№',
        answer: 'Cavab variantı',
        respondents: 'Respondentlər',
        percent: 'Respondentlərin payı (%)',
      },
      values: {
        answer: {
          'Moscow is a large international city': 'Moskva böyük beynəlxalq şəhərdir',
          'It is a spiritual capital for all former Soviet peoples': 'Bütün keçmiş sovet xalqlarının mənəvi paytaxtıdır',
          'It is the capital of multi-ethnic Russia': 'Çoxmillətli Rusiyanın paytaxtıdır',
          'It is a Russian city': 'Rus şəhəridir',
          "It is the capital of the Rus'": 'Qədim Rusun paytaxtıdır',
          Other: 'Digər',
          'No answer': 'Cavab yoxdur',
        },
        respondents: {
          'Russian Muscovites': 'Moskvanın rus sakinləri',
          'Azerbaijanis: long-term residents': 'Azərbaycanlılar: uzun müddətdir yaşayanlar',
          'Azerbaijanis: migrants': 'Azərbaycanlılar: miqrantlar',
        },
      },
    },
  },
});

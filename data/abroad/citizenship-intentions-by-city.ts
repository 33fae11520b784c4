import { defineDataset, cell } from 'report-site/schema';

export const abroadCitizenshipIntentions = defineDataset({
  id: 'abroad-russian-citizenship-intentions-by-city',
  file: 'abroad/citizenship-intentions-by-city.csv',
  title: 'Share of Azerbaijani migrants planning to take Russian citizenship and stay in Russia, by city (Moscow 2005; Astrakhan and Samara undated)',
  unit: 'per cent',
  source: 'yunusov-2013',
  locator: 'section "1. Russia and CIS countries"; the report cites "Mukomel, p. 151"',
  notes: [
    'The report cites "Mukomel, p. 151" without a year or title. Its reference list has three works by Mukomel: the 2006 volume Does Russian Society Need Immigrants?, which he edited with E.A. Pain, a 2007 chapter on studying the integration of immigrants, and a 2011 article on migrants\' integration. The 2006 volume (bibliography key mukomel-pain-2006) is the likely source of the 2005 Moscow survey: the report names it as the source of Table 2, which comes from a survey of Azerbaijani migrants held in Moscow in 2005. The report does not say so for these figures, however, so the figures are cited to the report.',
    'Only the Moscow figure is dated (a survey of 2005); the report does not say when the Astrakhan and Samara figures were collected, nor how many were asked.',
    'The report uses the figures to show that the wish to settle was stronger in the Russian provinces than in Moscow.',
  ],
  row: {
    city: cell.text(),
    percent: cell.number({ min: 0, max: 100 }),
    survey: cell.textOrNull(),
  },
  columns: {
    city: 'City',
    percent: 'Planning to take Russian citizenship (%)',
    survey: 'Survey',
  },
  translations: {
    az: {
      title: 'Rusiya vətəndaşlığını almağı və Rusiyada qalmağı planlaşdıran azərbaycanlı miqrantların payı, şəhərlər üzrə (Moskva 2005; Həştərxan və Samara, tarixsiz)',
      unit: 'faiz',
      locator: '«1. Russia and CIS countries» bölməsi; hesabat «Mukomel, p. 151» mənbəyinə istinad edir',
      notes: [
        'Hesabat "Mukomel, p. 151" mənbəyinə ilini və adını göstərmədən istinad edir. Hesabatın ədəbiyyat siyahısında Mukomelin üç işi var: onun E.A. Pain ilə birlikdə redaktə etdiyi 2006-cı il nəşri Does Russian Society Need Immigrants? («Rusiya cəmiyyətinə immiqrantlar lazımdırmı?»), immiqrantların inteqrasiyasının öyrənilməsinə dair 2007-ci il fəsli və miqrantların inteqrasiyasına dair 2011-ci il məqaləsi. 2005-ci il Moskva sorğusunun ehtimal olunan mənbəyi 2006-cı il nəşridir (biblioqrafiya açarı mukomel-pain-2006): hesabat onu 2005-ci ildə Moskvada azərbaycanlı miqrantlar arasında keçirilmiş sorğuya əsaslanan Cədvəl 2-nin mənbəyi kimi göstərir. Lakin hesabat bu rəqəmlər barədə bunu demir, ona görə də rəqəmlər hesabatın özünə istinadla verilir.',
        'Yalnız Moskva üzrə rəqəmin tarixi göstərilib (2005-ci il sorğusu); hesabat Həştərxan və Samara üzrə rəqəmlərin nə vaxt toplandığını və sorğuda neçə nəfərin iştirak etdiyini bildirmir.',
        'Hesabat bu rəqəmlərdən Rusiyanın əyalətlərində məskunlaşmaq istəyinin Moskvadakından güclü olduğunu göstərmək üçün istifadə edir.',
      ],
      columns: {
        city: 'Şəhər',
        percent: 'Rusiya vətəndaşlığını almağı planlaşdıranlar (%)',
        survey: 'Sorğu',
      },
      values: {
        city: { Moscow: 'Moskva', Astrakhan: 'Həştərxan', Samara: 'Samara' },
        survey: { 'survey held in Moscow in 2005': '2005-ci ildə Moskvada keçirilmiş sorğu' },
      },
    },
  },
});

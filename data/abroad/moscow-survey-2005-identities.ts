import { defineDataset, cell } from 'report-site/schema';

export const abroadMoscowSurvey2005Identities = defineDataset({
  id: 'abroad-moscow-survey-2005-identities',
  file: 'abroad/moscow-survey-2005-identities.csv',
  title: 'Identities of Azerbaijani migrants in Moscow, ranked, by orientation towards integration: survey of 2005',
  unit: 'rank',
  source: 'mukomel-pain-2006',
  via: 'yunusov-2013',
  locator: 'Table 2, section "1. Russia and CIS countries"; the report cites Mukomel and Pain 2006 (pp. 82-83 for the discussion)',
  notes: [
    'The survey questioned 300 Azerbaijani migrants in Moscow in 2005.',
    'The table gives only the order of the identities for each of the two groups of migrants (rank 1 first); it prints no percentages and no group sizes.',
    'Both groups rank the same eight identities; the first three places are shared themes (homeland, nationality, religion) and the groups differ afterwards.',
  ],
  row: {
    rank: cell.number({ min: 1, max: 8, integer: true }),
    orientation: cell.oneOf(['Integration oriented', 'Oriented on temporary stay and earning money']),
    identity: cell.text(),
  },
  columns: {
    rank: 'Rank',
    orientation: 'Group of migrants',
    identity: 'Identity',
  },
  translations: {
    az: {
      title: 'Moskvadakı azərbaycanlı miqrantların kimlikləri, sıra ilə, inteqrasiyaya yönəlmə üzrə: 2005-ci il sorğusu',
      unit: 'sıra',
      locator: '2 saylı cədvəl, «1. Russia and CIS countries» bölməsi; hesabat Mukomel və Pain 2006 mənbəyinə istinad edir (müzakirə üçün bax: s. 82-83)',
      notes: [
        'Sorğuda 2005-ci ildə Moskvada 300 azərbaycanlı miqrant iştirak edib.',
        'Cədvəl iki miqrant qrupunun hər biri üçün yalnız kimliklərin sırasını verir (1-ci sıra birincidir); faizlər və qrupların həcmi göstərilmir.',
        'Hər iki qrup eyni səkkiz kimliyi sıralayır; ilk üç yer ortaq mövzulardır (vətən, milliyyət, din), qruplar bundan sonra fərqlənir.',
      ],
      columns: {
        rank: 'Sıra',
        orientation: 'Miqrant qrupu',
        identity: 'Kimlik',
      },
      values: {
        orientation: {
          'Integration oriented': 'İnteqrasiyaya yönəlmiş',
          'Oriented on temporary stay and earning money': 'Müvəqqəti qalmağa və pul qazanmağa yönəlmiş',
        },
        identity: {
          'Residents of Azerbaijan': 'Azərbaycan sakinləri',
          Azerbaijanis: 'Azərbaycanlılar',
          Muslims: 'Müsəlmanlar',
          'Russian citizens': 'Rusiya vətəndaşları',
          Muscovites: 'Moskvalılar',
          'People of my income level': 'Mənim gəlir səviyyəmdə olan insanlar',
          Caucasians: 'Qafqazlılar',
          Transcaucasians: 'Zaqafqaziyalılar',
        },
      },
    },
  },
});

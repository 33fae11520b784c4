import { defineDataset, cell } from 'report-site/schema';

export const legalInvoluntaryMigrants1997 = defineDataset({
  id: 'legal-involuntary-migrants-1997',
  file: 'legal/involuntary-migrants-1997.csv',
  title: 'Returning Azerbaijanis registered as involuntary migrants, as of January 1997, total and from Kazakhstan and Russia',
  unit: 'persons',
  source: 'state-statistics-committee',
  via: 'yunusov-2013',
  locator: 'section "2. Problems of Azerbaijani compatriot-immigrants"; the report cites Yunusov 2009, pp. 31-33',
  notes: [
    'Azerbaijanis who had to leave other former Soviet republics and came back in the 1990s, as registered by the State Statistics Committee as of January 1997.',
    'Kazakhstan and Russia are the only origins given; together they are 9 persons short of the total, and the other origins are not named.',
    'The report adds that most Azerbaijanis who left Georgia in the 1990s are not in these figures and speaks only of "tens of thousands" of them, without a figure.',
  ],
  row: {
    origin: cell.text(),
    row_type: cell.oneOf(['Total', 'Country']),
    persons: cell.number({ min: 0, integer: true }),
  },
  columns: {
    origin: 'Country left',
    row_type: 'Row type (Total or a country)',
    persons: 'Persons',
  },
  translations: {
    az: {
      title: 'Məcburi miqrant kimi qeydə alınmış qayıdan azərbaycanlılar, 1997-ci ilin yanvarına, cəmi və Qazaxıstandan və Rusiyadan gələnlər',
      unit: 'nəfər',
      locator: '«2. Problems of Azerbaijani compatriot-immigrants» bölməsi; hesabat Yunusov 2009, s. 31-33 mənbəyinə istinad edir',
      notes: [
        '1990-cı illərdə digər keçmiş sovet respublikalarını tərk etməyə məcbur olub geri qayıtmış, Dövlət Statistika Komitəsi tərəfindən 1997-ci ilin yanvarına qeydə alınmış azərbaycanlılar.',
        'Mənşə ölkəsi kimi yalnız Qazaxıstan və Rusiya göstərilir; onların birlikdə sayı cəmdən 9 nəfər azdır, digər mənşə ölkələrinin adı çəkilmir.',
        'Hesabat əlavə edir ki, 1990-cı illərdə Gürcüstanı tərk etmiş azərbaycanlıların əksəriyyəti bu rəqəmlərə daxil deyil və onlar barədə rəqəm vermədən yalnız «on minlərlə» ifadəsini işlədir.',
      ],
      columns: {
        origin: 'Tərk edilmiş ölkə',
        row_type: 'Sətrin növü (cəmi və ya ölkə)',
        persons: 'Nəfər',
      },
      values: {
        origin: {
          'All involuntary migrants registered': 'Qeydə alınmış bütün məcburi miqrantlar',
          Kazakhstan: 'Qazaxıstan',
          Russia: 'Rusiya',
        },
        row_type: { Total: 'Cəmi', Country: 'Ölkə' },
      },
    },
  },
});

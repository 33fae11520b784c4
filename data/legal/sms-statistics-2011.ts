import { defineDataset, cell } from 'report-site/schema';

export const legalSmsStatistics2011 = defineDataset({
  id: 'legal-sms-statistics-2011',
  file: 'legal/sms-statistics-2011.csv',
  title: 'State Migration Service caseload, January–November 2011: totals and monthly averages',
  unit: 'cases',
  source: 'state-migration-service',
  via: 'shahgaldiyev-2016',
  locator: 'section "Legal migration", last list before "Irregular migration"',
  notes: [
    'The report dates the period "from 1 January to 31 November" of 2011; November has 30 days, so the period is taken to be the first eleven months of 2011.',
    'The per-month figures are printed in the report, not computed here. They are the totals divided by 11, rounded, except regularizations: 2,139 over 11 months is 194.45..., which rounds to 194.5, while the report prints 194.4.',
  ],
  row: {
    indicator: cell.text(),
    total: cell.number({ min: 0, integer: true }),
    per_month: cell.number({ min: 0 }),
  },
  columns: {
    indicator: 'Indicator',
    total: 'Total, January–November 2011',
    per_month: 'Per month (as printed)',
  },
  translations: {
    az: {
      title: 'Dövlət Miqrasiya Xidmətinin iş həcmi, yanvar–noyabr 2011: cəmlər və aylıq orta göstəricilər',
      unit: 'hal',
      locator: '«Legal migration» bölməsi, «Irregular migration» bölməsindən əvvəlki sonuncu siyahı',
      notes: [
        'Hesabat dövrü 2011-ci ilin «1 yanvarından 31 noyabrınadək» kimi göstərir; noyabr ayı 30 gündür, buna görə də dövr 2011-ci ilin ilk on bir ayı kimi qəbul edilir.',
        'Aylıq rəqəmlər hesabatda çap olunmuşdur, burada hesablanmamışdır. Onlar cəmlərin 11-ə bölünüb yuvarlaqlaşdırılmış qiymətləridir, leqallaşdırmalar istisna olmaqla: 2.139-un 11 aya bölünməsi 194,45... verir ki, bu da 194,5-ə yuvarlaqlaşır, hesabatda isə 194,4 çap olunub.',
      ],
      columns: {
        indicator: 'Göstərici',
        total: 'Cəmi, yanvar–noyabr 2011',
        per_month: 'Aylıq (çap olunduğu kimi)',
      },
      values: {
        indicator: {
          'Applications received': 'Qəbul edilmiş müraciətlər',
          'Violations of immigration legislation': 'İmmiqrasiya qanunvericiliyinin pozuntuları',
          Regularizations: 'Leqallaşdırmalar',
          'Return decisions issued': 'Verilmiş geri qaytarma qərarları',
          Removals: 'Ölkədən çıxarılmalar',
        },
      },
    },
  },
});

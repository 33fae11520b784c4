import { defineDataset, cell } from 'report-site/schema';

export const traffickingVictimAgeRange = defineDataset({
  id: 'trafficking-victim-age-range',
  file: 'trafficking/victim-age-range.csv',
  title: 'Age range of most trafficking victims from Azerbaijan',
  unit: 'years of age',
  source: 'rumyansev-2013',
  locator: 'p. 2, paragraph on early estimates (footnote 7)',
  notes: [
    'The upper end of the range is itself a range in the report ("35-40"): it is kept as two columns, age_to_low and age_to_high.',
    'A summary of what most observers agree on, not a count; the report cites several studies for it (footnote 7).',
  ],
  row: {
    group: cell.text(),
    age_from: cell.number({ min: 0, integer: true }),
    age_to_low: cell.number({ min: 0, integer: true }),
    age_to_high: cell.number({ min: 0, integer: true }),
    as_published: cell.text(),
    reported_by: cell.text(),
  },
  columns: {
    group: 'Group',
    age_from: 'From age',
    age_to_low: 'To age (lower figure)',
    age_to_high: 'To age (upper figure)',
    as_published: 'As written in the report',
    reported_by: 'Reported by',
  },
  translations: {
    az: {
      title: 'Azərbaycandan olan insan alveri qurbanlarının əksəriyyətinin yaş həddi',
      unit: 'yaş',
      locator: 's. 2, ilkin təxminlərə dair abzas (7 saylı haşiyə)',
      notes: [
        'Yaş həddinin yuxarı sərhədi hesabatda özü də interval kimi verilib ("35-40"): o, iki sütunda – «Yaşadək (aşağı rəqəm)» və «Yaşadək (yuxarı rəqəm)» – saxlanılıb.',
        'Bu, say deyil, müşahidəçilərin əksəriyyətinin razılaşdığı fikrin xülasəsidir; hesabat bununla bağlı bir neçə tədqiqata istinad edir (7-ci səhifəaltı qeyd).',
      ],
      columns: {
        group: 'Qrup',
        age_from: 'Yaşdan',
        age_to_low: 'Yaşadək (aşağı rəqəm)',
        age_to_high: 'Yaşadək (yuxarı rəqəm)',
        as_published: 'Hesabatda yazıldığı kimi',
        reported_by: 'Kim bildirib',
      },
      values: {
        group: { 'Women (the vast majority of victims)': 'Qadınlar (qurbanların böyük əksəriyyəti)' },
        reported_by: {
          'Most observers, as summarised by the report (citing Yunusov, UNDP 2007, IOM 2008, UNODC 2009 and IOM 2002)':
            'Müşahidəçilərin əksəriyyəti, hesabatın ümumiləşdirdiyi kimi (Yunusov, BMTİP 2007, BMqT 2008, UNODC 2009 və BMqT 2002-yə istinadən)',
        },
      },
      verbatim: ['as_published'],
    },
  },
});

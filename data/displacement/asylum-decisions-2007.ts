import { defineDataset, cell } from 'report-site/schema';

export const displacementAsylumDecisions2007 = defineDataset({
  id: 'displacement-asylum-decisions-2007',
  file: 'displacement/asylum-decisions-2007.csv',
  title: 'Applications for refugee status in Azerbaijan in 2007 and decisions on them',
  unit: 'persons or applications (see column "counted")',
  source: 'iom-country-profile-2008',
  via: 'shahgaldiyev-2016',
  locator: 'section "Refugees and asylum seekers", first paragraph; footnote 16',
  notes: [
    'Information given by the Ministry of Foreign Affairs in February 2008, as quoted from the IOM country profile. Applications were made to the Refugee Status Determination Department of the State Migration Service.',
    'The counts mix units: 62 is a number of applications approved, while 90 is the number of persons granted refugee status; the report does not explain the difference (one application may cover more than one person).',
    'Persons granted status and persons refused (90 + 570 = 660) fall 48 short of the 708 persons who applied; the 62 approvals are counted in applications and cannot be added to them. The report does not say whether the rest were still pending. The figures are kept as published.',
  ],
  row: {
    measure: cell.text(),
    counted: cell.oneOf(['persons', 'applications']),
    number: cell.number({ min: 0, integer: true }),
  },
  columns: {
    measure: 'Measure (2007)',
    counted: 'Counted in',
    number: 'Number',
  },
  translations: {
    az: {
      title: 'Azərbaycanda 2007-ci ildə qaçqın statusu üçün verilmiş müraciətlər və onlar üzrə qərarlar',
      unit: 'nəfər və ya müraciət («Nə ilə hesablanıb» sütununa baxın)',
      locator: '«Refugees and asylum seekers» bölməsi, birinci abzas; 16 saylı haşiyə',
      notes: [
        'XİN-in 2008-ci ilin fevralında verdiyi, Beynəlxalq Miqrasiya Təşkilatının (IOM) ölkə profilindən sitat gətirilən məlumat. Müraciətlər DMX-nin Qaçqın statusunun müəyyənləşdirilməsi şöbəsinə verilib.',
        'Rəqəmlərin ölçü vahidləri qarışıqdır: 62 təmin olunmuş müraciətlərin sayıdır, 90 isə qaçqın statusu verilmiş şəxslərin sayıdır; hesabat bu fərqi izah etmir (bir müraciət birdən çox şəxsi əhatə edə bilər).',
        'Status verilmiş və imtina edilmiş şəxslərin cəmi (90 + 570 = 660) müraciət etmiş 708 nəfərdən 48 az olur; 62 təmin olunmuş müraciət müraciətlərin sayı ilə hesablandığından onlara əlavə edilə bilməz. Hesabatda qalanların işinə hələ baxılıb-baxılmadığı deyilmir. Rəqəmlər dərc olunduğu kimi saxlanılıb.',
      ],
      columns: {
        measure: 'Göstərici (2007)',
        counted: 'Nə ilə hesablanıb',
        number: 'Say',
      },
      values: {
        measure: {
          'Applied for refugee status': 'Qaçqın statusu üçün müraciət edənlər',
          'Asylum applications approved': 'Təmin olunmuş sığınacaq müraciətləri',
          'Persons granted refugee status': 'Qaçqın statusu verilmiş şəxslər',
          'Applicants denied refugee status': 'Qaçqın statusundan imtina edilmiş müraciətçilər',
        },
        counted: {
          'persons': 'nəfər',
          'applications': 'müraciət',
        },
      },
    },
  },
});

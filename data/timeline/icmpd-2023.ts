import { defineDataset, timelineColumns, timelineColumnsIn, timelineRow } from 'report-site/schema';
import { TIMELINE_COMMON_NOTES, TIMELINE_COMMON_NOTES_AZ } from './notes.ts';

export const timelineIcmpd2023 = defineDataset({
  id: 'timeline-icmpd-2023',
  file: 'timeline/icmpd-2023.csv',
  title: "Dated events in migration data management in Azerbaijan reported by the 2023 ICMPD baseline study, 2000-2022",
  unit: 'events',
  source: 'icmpd-2023',
  locator: "Sections 1-10 and the recommendations, with footnotes",
  notes: [
    ...TIMELINE_COMMON_NOTES,
    "Period-long items are dated by their start: the IOM capacity project ran 2014-2018, the first MOBILAZE 2015-2019, and MOBILAZE 2 from June 2021 for 36 months (2021 to 2024 in the list of acronyms).",
    "The report writes some dates day-month-year: \"07.06.2007\" (Regulation No. 28-T) is stored as 2007-06-07 and \"28.07.2015\" (SSC resolution on Form No. 1) as 2015-07-28.",
    "The 2009 census is the latest with published results; the 2019 census was held on 1 October 2019, but its results were not yet out when the study was written.",
    "The report also calls Cabinet of Ministers \"Decree 5\" the act regulating visa issuance; whether it is the same act as Decision No. 5 of 12 January 2012 on access to IAMAS is not said, so only the dated decision is listed.",
  ],
  row: timelineRow,
  columns: timelineColumns,
  translations: {
    az: {
      title: 'Azərbaycanda miqrasiya məlumatlarının idarə olunması sahəsində 2023-cü il ICMPD ilkin vəziyyət tədqiqatında qeyd olunan tarixli hadisələr, 2000–2022',
      unit: 'hadisə',
      locator: '1-10 saylı bölmələr və tövsiyələr, haşiyələrlə birlikdə',
      notes: [
        ...TIMELINE_COMMON_NOTES_AZ,
        'Müəyyən dövr ərzində davam edən hadisələr başlanğıc tarixi ilə verilib: BMqT-nin imkanların möhkəmləndirilməsi layihəsi 2014–2018-ci illərdə, birinci MOBILAZE 2015–2019-cu illərdə həyata keçirilib, MOBILAZE 2 isə 2021-ci ilin iyunundan 36 ay müddətinədir (qısaltmalar siyahısında 2021–2024).',
        'Hesabat bəzi tarixləri gün-ay-il ardıcıllığı ilə yazır: "07.06.2007" (28-T nömrəli Əsasnamə) 2007-06-07, "28.07.2015" (DSK-nın 1 nömrəli forma haqqında qərarı) isə 2015-07-28 kimi saxlanılıb.',
        '2009-cu il siyahıyaalması nəticələri dərc olunmuş sonuncu siyahıyaalmadır; 2019-cu il siyahıyaalması 1 oktyabr 2019-cu ildə keçirilib, lakin tədqiqat yazılarkən onun nəticələri hələ açıqlanmamışdı.',
        'Hesabat vizaların verilməsini tənzimləyən aktı da Nazirlər Kabinetinin "Decree 5" («5 nömrəli qərar») aktı adlandırır; onun İAMAS məlumatlarına çıxışa dair 12 yanvar 2012-ci il tarixli 5 nömrəli Qərarla eyni akt olub-olmadığı bildirilmir, buna görə yalnız tarixi göstərilmiş qərar siyahıya daxil edilib.',
      ],
      columns: timelineColumnsIn('az'),
      values: {
        event: {
          'The MIA starts yearly collection of data on citizens emigrating for permanent or long-term residence, through cut-off slips attached to registration sheets':
            'DİN daimi və ya uzunmüddətli yaşamaq üçün ölkədən köçən vətəndaşlar barədə məlumatları qeydiyyat vərəqələrinə əlavə edilən qoparılan taloncuqlar vasitəsilə hər il toplamağa başlayır',
          'Presidential Decree No. 560 establishes the State Migration Service':
            'Prezidentin 560 nömrəli Fərmanı ilə Dövlət Miqrasiya Xidməti yaradılır',
          'Regulation on the State Registry No. 28-T, under which the State Population Register Service works':
            '28-T nömrəli Dövlət Reyestri haqqında Əsasnamə; Əhalinin Dövlət Reyestri Xidməti onun əsasında fəaliyyət göstərir',
          'Cabinet of Ministers Decree No. 110 approves the rules for the certificate of return to Azerbaijan':
            'Nazirlər Kabinetinin 110 nömrəli Qərarı ilə Azərbaycana qayıdış şəhadətnaməsi ilə bağlı qaydalar təsdiq edilir',
          'Presidential Decree No. 744 establishes IAMAS':
            'Prezidentin 744 nömrəli Fərmanı ilə İAMAS yaradılır',
          'Population census, the latest with results available when the study was written':
            'Əhalinin siyahıyaalması; tədqiqat yazılarkən nəticələri mövcud olan sonuncu siyahıyaalma',
          'Presidential Decree No. 76 turns the SMS into a law enforcement body':
            'Prezidentin 76 nömrəli Fərmanı ilə DMX hüquq-mühafizə orqanına çevrilir',
          'Cabinet of Ministers Decision No. 5 lists the state bodies with access to IAMAS data; the SSC is not among them':
            'Nazirlər Kabinetinin 5 nömrəli Qərarı İAMAS məlumatlarına çıxışı olan dövlət orqanlarını müəyyən edir; DSK onların arasında yoxdur',
          'Presidential Decree No. 685 sets up the ASAN service centres':
            'Prezidentin 685 nömrəli Fərmanı ilə ASAN xidmət mərkəzləri yaradılır',
          'SSC statistics on arrivals and departures start to be based on SMS data':
            'DSK-nın gələnlər və gedənlərə dair statistikası DMX-in məlumatlarına əsaslanmağa başlayır',
          'IOM and SMS project "Consolidation of migration and border management capacities in Azerbaijan" begins (to 2018), partly on UMIS-based statistics':
            'BMqT və DMX-in «Azərbaycanda miqrasiya və sərhəd idarəçiliyi imkanlarının möhkəmləndirilməsi» layihəsi başlayır (2018-ci ilədək); layihə qismən UMIS əsasında hazırlanan statistikaya söykənir',
          'First MOBILAZE project with ICMPD begins (to 2019)':
            'ICMPD ilə birinci MOBILAZE layihəsi başlayır (2019-cu ilədək)',
          'SSC resolution setting statistical report Form No. 1 (Migration) on foreigners and stateless persons, the basis of SMS reporting to the SSC':
            'DSK-nın əcnəbilər və vətəndaşlığı olmayan şəxslər haqqında 1 nömrəli (Miqrasiya) statistik hesabat formasını təsdiq edən qərarı; DMX-in DSK-ya hesabatları bu formaya əsaslanır',
          'Population census held, with questions on birthplace, citizenship, previous country of residence and absences; results still unpublished at the time of the study':
            'Doğum yeri, vətəndaşlıq, əvvəlki yaşayış ölkəsi və ölkədə olmama hallarına dair sualları əhatə edən əhalinin siyahıyaalması keçirilir; tədqiqat yazılarkən nəticələr hələ dərc olunmamışdı',
          'IOM project "Strengthening Readmission Management in Azerbaijan" starts, still running in 2022':
            'BMqT-nin «Azərbaycanda readmissiya idarəçiliyinin gücləndirilməsi» layihəsi başlayır; layihə 2022-ci ildə hələ davam edirdi',
          'Azerbaijan submits a voluntary report on implementing the Global Compact for Migration in 2019-2020':
            'Azərbaycan Miqrasiya üzrə Qlobal Sazişin 2019–2020-ci illərdə icrasına dair könüllü hesabat təqdim edir',
          'UN Expert Group on Migration Statistics issues its final report on a revised conceptual framework for migration statistics':
            'BMT-nin Miqrasiya Statistikası üzrə Ekspert Qrupu miqrasiya statistikasının yenilənmiş konseptual çərçivəsinə dair yekun hesabatını dərc edir',
          'MOBILAZE 2 begins, planned for 36 months':
            'MOBILAZE 2 başlayır; 36 ay müddətinə planlaşdırılıb',
          'Integration of SMS databases into the SSC statistical database through the Electronic Government Information System (ASAN Bridge) in operation':
            'DMX məlumat bazalarının Elektron Hökumət İnformasiya Sistemi (ASAN Bridge) vasitəsilə DSK-nın statistik məlumat bazasına inteqrasiyası fəaliyyətdədir',
          'The Global Compact for Migration voluntary report is updated':
            'Miqrasiya üzrə Qlobal Sazişə dair könüllü hesabat yenilənir',
        },
      },
      verbatim: ['locator'],
    },
  },
});

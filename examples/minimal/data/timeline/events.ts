import { defineDataset, timelineColumns, timelineColumnsIn, timelineRow } from 'report-site/schema';
import { TIMELINE_COMMON_NOTES, TIMELINE_COMMON_NOTES_AZ } from './notes.ts';

export const events = defineDataset({
  id: 'events',
  file: 'timeline/events.csv',
  title: "Dated migration laws, institutions and programmes in Azerbaijan reported by Shahgaldiyev (2016), 1991-2012",
  unit: 'events',
  source: 'shahgaldiyev-2016',
  locator: "Executive summary; sections on legal and irregular migration, IDPs, remittances and the assessment of migration policies",
  notes: [
    ...TIMELINE_COMMON_NOTES,
    "The 2012 row stands for the draft State Migration Programme for 2012-2014 that the report says was being prepared; it is dated by the first year of the programme period, as the report gives no drafting date.",
    "The State Migration Programme for 2006-2008 is dated by its first year.",
    "The 1994 row is the end of the armed conflict, which the report dates only by year.",
  ],
  row: timelineRow,
  columns: timelineColumns,
  translations: {
    az: {
      title: 'Shahgaldiyevin (2016) qeyd etdiyi Azərbaycanda miqrasiya sahəsində tarixli qanunlar, qurumlar və proqramlar, 1991–2012',
      unit: 'hadisə',
      locator: '«Executive summary»; qanuni və qeyri-qanuni miqrasiya, məcburi köçkünlər, pul köçürmələri və miqrasiya siyasətinin qiymətləndirilməsinə dair bölmələr',
      notes: [
        ...TIMELINE_COMMON_NOTES_AZ,
        '2012-ci il sətri hesabatda hazırlanmaqda olduğu bildirilən 2012–2014-cü illər üçün Dövlət Miqrasiya Proqramının layihəsini əks etdirir; hesabat layihənin hazırlanma tarixini göstərmədiyindən, sətir proqram dövrünün birinci ili ilə tarixlənib.',
        '2006–2008-ci illər üçün Dövlət Miqrasiya Proqramı birinci ili ilə tarixlənib.',
        '1994-cü il sətri silahlı münaqişənin başa çatmasıdır; hesabat onun yalnız ilini göstərir.',
      ],
      columns: timelineColumnsIn('az'),
      values: {
        event: {
          'Azerbaijan regains independence; repatriation of other nationalities and then emigration of citizens follow':
            'Azərbaycan müstəqilliyini bərpa edir; bunun ardınca digər millətlərin nümayəndələrinin repatriasiyası, sonra isə vətəndaşların emiqrasiyası baş verir',
          'The armed conflict ends, leaving a large refugee and IDP population in Azerbaijan':
            'Silahlı münaqişə başa çatır; Azərbaycanda çoxsaylı qaçqın və məcburi köçkün qalır',
          'Remittance inflows start to be recorded in the balance of payments':
            'Daxil olan pul köçürmələri tədiyə balansında qeydə alınmağa başlayır',
          'A law grants Azerbaijani citizenship to ethnic Azerbaijanis who fled Georgia':
            'Qanunla Gürcüstandan qaçmış etnik azərbaycanlılara Azərbaycan vətəndaşlığı verilir',
          'The State Border Service is established':
            'Dövlət Sərhəd Xidməti yaradılır',
          'National Action Plan to Combat Trafficking in Human Beings approved':
            'İnsan alverinə qarşı mübarizə üzrə Milli Fəaliyyət Planı təsdiq edilir',
          'Law on the Fight against Trafficking in Human Beings adopted':
            '«İnsan alverinə qarşı mübarizə haqqında» Azərbaycan Respublikasının Qanunu qəbul edilir',
          'Presidential Decree No. 254 creates a Migration Service within the MIA, now the Chief Passport, Registration and Migration Department':
            'Prezidentin 254 nömrəli Fərmanı ilə DİN-in tərkibində Miqrasiya Xidməti yaradılır; hazırda bu, Baş Pasport, Qeydiyyat və Miqrasiya İdarəsidir',
          'State Migration Programme for 2006-2008 starts':
            '2006–2008-ci illər üçün Dövlət Miqrasiya Proqramı başlayır',
          'Anti-trafficking campaign distributing pamphlets':
            'Broşürlər paylanmaqla insan alverinə qarşı kampaniya aparılır',
          'The MIA Migration Service comes into service':
            'DİN-in Miqrasiya Xidməti fəaliyyətə başlayır',
          'The government opens and fully funds a shelter for trafficking victims':
            'Hökumət insan alveri qurbanları üçün sığınacaq açır və onu tam maliyyələşdirir',
          'Presidential Decree No. 1963 endorses the State Programme on Biometric Identification':
            'Prezidentin 1963 nömrəli Fərmanı ilə Biometrik identifikasiya üzrə Dövlət Proqramı təsdiq edilir',
          'The President orders the establishment of the State Migration Service':
            'Prezident Dövlət Miqrasiya Xidmətinin yaradılması barədə göstəriş verir',
          'The President approves the National Security Concept, which calls for adapting migration policy':
            'Prezident miqrasiya siyasətinin uyğunlaşdırılmasını tələb edən Milli Təhlükəsizlik Konsepsiyasını təsdiq edir',
          'Centres for holding irregular migrants completed in Baku and Yevlakh':
            'Bakıda və Yevlaxda qeyri-qanuni miqrantların saxlanılması mərkəzlərinin tikintisi başa çatır',
          'Sub-regional Trade Union Conference on the role of trade unions in migration, Baku, 27-28 April (cited for the ILO list of reasons for leaving)':
            'Həmkarlar ittifaqlarının miqrasiyada roluna dair subregional həmkarlar ittifaqı konfransı, Bakı, 27–28 aprel (BƏT-in getmə səbəbləri siyahısına görə istinad edilir)',
          'A new State Migration Programme for 2012-2014 is being drafted':
            '2012–2014-cü illər üçün yeni Dövlət Miqrasiya Proqramının layihəsi hazırlanır',
        },
      },
      verbatim: ['locator'],
    },
  },
});

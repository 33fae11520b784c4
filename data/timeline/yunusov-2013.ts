import { defineDataset, timelineColumns, timelineColumnsIn, timelineRow } from 'report-site/schema';
import { TIMELINE_COMMON_NOTES, TIMELINE_COMMON_NOTES_AZ } from './notes.ts';

export const timelineYunusov2013 = defineDataset({
  id: 'timeline-yunusov-2013',
  file: 'timeline/yunusov-2013.csv',
  title: "Dated events in migration to, from and within Azerbaijan reported by Yunusov (2013), 1994-2011",
  unit: 'events',
  source: 'yunusov-2013',
  locator: "Sections \"Problems of migrant integration in Azerbaijani society\", \"Integration problems of Azerbaijani migrants in other countries\" and front matter",
  notes: [
    ...TIMELINE_COMMON_NOTES,
    "Some events the report dates to a span (\"2000-2002\", \"2001-2002\") or a part of a year (\"late 1999\", \"late 2007\", \"early 2010\", \"autumn 2010\") are dated by the year only; the event text keeps the span.",
    "Events in Russia that the report links to Azerbaijani migration (rule changes, deportations, a demonstration) are included as \"other\".",
    "The report also dates surveys of migrants (2001, 2002, 2005) and statistics; these are not events and are left out.",
  ],
  row: timelineRow,
  columns: timelineColumns,
  translations: {
    az: {
      title: 'Yunusovun (2013) qeyd etdiyi Azərbaycana, Azərbaycandan və Azərbaycan daxilində miqrasiya ilə bağlı tarixli hadisələr, 1994–2011',
      unit: 'hadisə',
      locator: '«Problems of migrant integration in Azerbaijani society» və «Integration problems of Azerbaijani migrants in other countries» bölmələri, habelə kitabın giriş səhifələri',
      notes: [
        ...TIMELINE_COMMON_NOTES_AZ,
        'Hesabatın müəyyən dövrə ("2000–2002", "2001–2002") və ya ilin bir hissəsinə («1999-cu ilin sonu», «2007-ci ilin sonu», «2010-cu ilin əvvəli», «2010-cu ilin payızı») aid etdiyi bəzi hadisələr yalnız illə tarixlənib; dövr hadisənin mətnində saxlanılır.',
        'Hesabatın Azərbaycan miqrasiyası ilə əlaqələndirdiyi Rusiyadakı hadisələr (qaydaların dəyişməsi, deportasiyalar, nümayiş) «digər» kateqoriyasına daxil edilib.',
        'Hesabatda miqrantlar arasında keçirilmiş sorğuların (2001, 2002, 2005) və statistik məlumatların da tarixi göstərilir; bunlar hadisə olmadığından daxil edilməyib.',
      ],
      columns: timelineColumnsIn('az'),
      values: {
        event: {
          'Signing of the "Contract of the Century" oil deal, followed by an inflow of labour migrants':
            '«Əsrin müqaviləsi» neft sazişinin imzalanması; ardınca əmək miqrantlarının axını başlayır',
          'The war in Karabakh ends':
            'Qarabağda müharibə başa çatır',
          'Parliament resolution 014/7-398 forbids evicting refugees without giving them other housing':
            'Milli Məclisin 014/7-398 nömrəli qərarı qaçqınların onlara başqa mənzil verilmədən köçürülməsini qadağan edir',
          'Reports of Azerbaijani women in illegal prostitution abroad become more and more frequent: trafficking becomes visible':
            'Xaricdə qanunsuz fahişəliyə cəlb edilmiş azərbaycanlı qadınlar barədə xəbərlər getdikcə artır: insan alveri görünən hala gəlir',
          'Azerbaijani migrants hold their first, unauthorised, demonstration in Moscow against ethnic persecution':
            'Azərbaycanlı miqrantlar Moskvada etnik təqiblərə qarşı ilk, icazəsiz nümayiş keçirirlər',
          'From late 1999 most international humanitarian organisations stop food supplies, worsening forced migrants\' conditions':
            '1999-cu ilin sonundan beynəlxalq humanitar təşkilatların əksəriyyəti ərzaq yardımını dayandırır, bu da məcburi miqrantların vəziyyətini pisləşdirir',
          'By autumn 1999 relations between Azerbaijan and Russia are tense, after Azerbaijan left the CIS Collective Security Treaty in the late 1990s':
            'Azərbaycan 1990-cı illərin sonunda MDB-nin Kollektiv Təhlükəsizlik Müqaviləsindən çıxdıqdan sonra, 1999-cu ilin payızınadək Azərbaycan ilə Rusiya arasında münasibətlər gərginləşir',
          'Russian authorities tighten conditions for Azerbaijani migrants, with police raids and a media campaign':
            'Rusiya hakimiyyət orqanları polis basqınları və media kampaniyası ilə azərbaycanlı miqrantlar üçün şəraiti sərtləşdirir',
          'By this month mass deportations of Azerbaijanis from Moscow for passport-regime breaches':
            'Bu ayadək azərbaycanlıların pasport rejimini pozduqlarına görə Moskvadan kütləvi deportasiyası',
          '2000-2002: Baku works successfully to keep Russia from introducing visas for its citizens':
            '2000–2002: Bakı Rusiyanın Azərbaycan vətəndaşları üçün viza rejimi tətbiq etməsinin qarşısını uğurla alır',
          '2001-2002: forced migrants repeatedly block roads to demand better living conditions':
            '2001–2002: məcburi miqrantlar daha yaxşı yaşayış şəraiti tələbi ilə dəfələrlə yolları bağlayırlar',
          'Ilham Aliyev comes to power promising new jobs; many migrants in Russia return, some investing their savings':
            'İlham Əliyev yeni iş yerləri vəd edərək hakimiyyətə gəlir; Rusiyadakı bir çox miqrant geri qayıdır, bəziləri yığımlarını sərmayə qoyur',
          'Resettlement of the forced migrant camps to newly built settlements begins':
            'Məcburi miqrant düşərgələrinin yeni salınmış qəsəbələrə köçürülməsi başlayır',
          'The President signs the National Plan of Actions to Prevent Human Trafficking, bringing an MIA anti-trafficking department, a national coordinator and a rehabilitation centre':
            'Prezident İnsan alverinin qarşısının alınması üzrə Milli Fəaliyyət Planını imzalayır; bununla DİN-in insan alverinə qarşı mübarizə idarəsi, milli koordinator və reabilitasiya mərkəzi yaradılır',
          'Presidential Decree No. 298 confirms the 1994 parliamentary resolution and lets refugees and forced migrants move into empty dwellings':
            'Prezidentin 298 nömrəli Fərmanı Milli Məclisin 1994-cü il qərarını təsdiqləyir və qaçqınlarla məcburi miqrantlara boş mənzillərə köçməyə icazə verir',
          'Parliament adopts the law "On Human Trafficking Prevention"':
            'Milli Məclis «İnsan alverinə qarşı mübarizə haqqında» qanunu qəbul edir',
          'Russia tightens its migration rules, pushing Chinese and other East Asian migrants towards Azerbaijan':
            'Rusiya miqrasiya qaydalarını sərtləşdirir, bu da çinli və digər Şərqi Asiyalı miqrantları Azərbaycana yönəldir',
          'At the end of the year Russia adopts a new migration policy removing foreign migrants from market trade from early 2007':
            'İlin sonunda Rusiya 2007-ci ilin əvvəlindən əcnəbi miqrantları bazar ticarətindən kənarlaşdıran yeni miqrasiya siyasəti qəbul edir',
          'Late 2007: the authorities announce that the Supreme Court will seek legal solutions for flats occupied by refugees and forced migrants':
            '2007-ci ilin sonu: hakimiyyət orqanları Ali Məhkəmənin qaçqınlar və məcburi miqrantlar tərəfindən tutulmuş mənzillərlə bağlı hüquqi həll yolları axtaracağını bəyan edir',
          'By the report\'s account, the real integration of Azerbaijani migrants into Russian society begins, as many take Russian citizenship after Russia\'s new rules':
            'Hesabata görə, azərbaycanlı miqrantların Rusiya cəmiyyətinə real inteqrasiyası başlayır: Rusiyanın yeni qaydalarından sonra onların çoxu Rusiya vətəndaşlığını qəbul edir',
          'Registration payments for employing a foreign worker are raised sharply':
            'Əcnəbi işçinin işə götürülməsinə görə qeydiyyat ödənişləri kəskin artırılır',
          'Around 2009 irregular migrants arrive from Serbia, Bosnia and some African countries':
            'Təxminən 2009-cu ildə Serbiyadan, Bosniyadan və bəzi Afrika ölkələrindən qeyri-qanuni miqrantlar gəlir',
          'Resettlement of the forced migrant camps is completed by early 2010':
            'Məcburi miqrant düşərgələrinin köçürülməsi 2010-cu ilin əvvəlinədək başa çatdırılır',
          'From autumn 2010 tougher visa rules and a campaign to detect and deport irregular labour migrants':
            '2010-cu ilin payızından daha sərt viza qaydaları və qeyri-qanuni əmək miqrantlarının aşkar edilməsi və deportasiyası kampaniyası',
          'A quota for foreign workers is set for 2011':
            '2011-ci il üçün əcnəbi işçilər üzrə kvota müəyyən edilir',
          'The CARIM-East project of the European University Institute and the University of Warsaw Centre of Migration Research starts':
            'Avropa Universitet İnstitutunun və Varşava Universitetinin Miqrasiya Tədqiqatları Mərkəzinin CARIM-East layihəsi başlayır',
        },
      },
      verbatim: ['locator'],
    },
  },
});

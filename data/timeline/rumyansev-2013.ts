import { defineDataset, timelineColumns, timelineColumnsIn, timelineRow } from 'report-site/schema';
import { TIMELINE_COMMON_NOTES, TIMELINE_COMMON_NOTES_AZ } from './notes.ts';

export const timelineRumyansev2013 = defineDataset({
  id: 'timeline-rumyansev-2013',
  file: 'timeline/rumyansev-2013.csv',
  title: "Dated anti-trafficking measures and events in Azerbaijan reported by Rumyansev (2013), 1997-2012",
  unit: 'events',
  source: 'rumyansev-2013',
  locator: "Main text, paragraphs 2-9 and footnotes",
  notes: [
    ...TIMELINE_COMMON_NOTES,
    "The extraction of this report is short and has no section headings, so locators count paragraphs of the main text.",
  ],
  row: timelineRow,
  columns: timelineColumns,
  translations: {
    az: {
      title: 'Rumyansevin (2013) qeyd etdiyi Azərbaycanda insan alverinə qarşı tarixli tədbirlər və hadisələr, 1997–2012',
      unit: 'hadisə',
      locator: 'Əsas mətn, 2-9-cu abzaslar və haşiyələr',
      notes: [
        ...TIMELINE_COMMON_NOTES_AZ,
        'Bu hesabatın mətn çıxarışı qısadır və bölmə başlıqları yoxdur, buna görə yer göstəriciləri əsas mətnin abzaslarını sayır.',
      ],
      columns: timelineColumnsIn('az'),
      values: {
        event: {
          'Trafficking becomes a real problem from 1997, according to Arif Yunusov':
            'Arif Yunusovun fikrincə, insan alveri 1997-ci ildən real problemə çevrilir',
          'Conference on violence against women in Baku held by the NGO "Symmetry" and OSCE/ODIHR, one of the first large discussions of trafficking':
            '«Simmetriya» QHT-si və ATƏT/DTİHB tərəfindən Bakıda qadınlara qarşı zorakılığa dair keçirilən konfrans; insan alverinin ilk geniş müzakirələrindən biri',
          'A programme on violence against women and trafficking is launched in the police, later extended to prosecutors and courts':
            'Polisdə qadınlara qarşı zorakılıq və insan alverinə dair proqrama başlanılır; sonradan proqram prokurorluq orqanlarını və məhkəmələri də əhatə edir',
          'Azerbaijan joins the regional UN Development Fund for Women campaign "Life without violence"':
            'Azərbaycan BMT-nin Qadınlar üçün İnkişaf Fondunun «Zorakılıqsız həyat» regional kampaniyasına qoşulur',
          'Adoption of the Brussels Declaration on Preventing and Combating Trafficking in Human Beings':
            'İnsan alverinin qarşısının alınması və ona qarşı mübarizə haqqında Brüssel Bəyannaməsinin qəbul edilməsi',
          'Council of Europe recommendations on action against trafficking for sexual exploitation translated into Azerbaijani':
            'Avropa Şurasının seksual istismar məqsədilə insan alverinə qarşı tədbirlərə dair tövsiyələri Azərbaycan dilinə tərcümə edilir',
          'The UN Convention against Transnational Organized Crime is approved in Azerbaijan':
            'BMT-nin Transmilli mütəşəkkil cinayətkarlığa qarşı Konvensiyası Azərbaycanda təsdiq edilir',
          'Presidential Decree approves the National Action Plan to Combat Trafficking in Human Beings; a department is created within the MIA':
            'Prezidentin Fərmanı ilə İnsan alverinə qarşı mübarizə üzrə Milli Fəaliyyət Planı təsdiq edilir; DİN-in tərkibində idarə yaradılır',
          'Staff of the MIA anti-trafficking department attend three conferences on trafficking, two in Austria and one in Georgia':
            'DİN-in insan alverinə qarşı mübarizə idarəsinin əməkdaşları insan alverinə dair üç konfransda iştirak edirlər: ikisi Avstriyada, biri Gürcüstanda',
          'Official trafficking statistics for 2006-2012 are summarised and released at an international conference in Baku':
            'İnsan alverinə dair 2006–2012-ci illər üzrə rəsmi statistika Bakıda keçirilən beynəlxalq konfransda ümumiləşdirilərək açıqlanır',
        },
      },
      verbatim: ['locator'],
    },
  },
});

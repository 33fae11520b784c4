import { defineDataset, cell } from 'report-site/schema';

export const traffickingVictimAssistance = defineDataset({
  id: 'trafficking-victim-assistance-2009-2010',
  file: 'trafficking/victim-assistance-2009-2010.csv',
  title: 'Trafficking victims and potential victims assisted by the government of Azerbaijan, 2009 and 2010',
  unit: 'persons',
  source: 'us-tip-report-2011',
  via: 'shahgaldiyev-2016',
  locator: 'section "Figures and information on trafficking in human beings", paragraph on assistance after footnote 15',
  notes: [
    'Attributed to the US Trafficking in Persons Report 2011: the report cites it in footnote 15, which stands at the end of the first paragraph of the same passage; these figures follow without a reference of their own.',
    'The report gives no year for the 319 women and says "during the year" for the 27 shelter residents; from the context (the passage reports on 2010 and compares with 2009) both are taken as 2010 figures.',
    'The 319 women were potential victims who received medical and psychological help in addition to the identified victims; they are not counted among the identified victims.',
    'The shelter figure of 2009 (48) is described as victims assisted, that of 2010 (27) as victims of sex trafficking assisted; the report mentions one government-funded shelter.',
  ],
  row: {
    year: cell.year(),
    measure: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
  },
  columns: {
    year: 'Year',
    measure: 'Measure',
    persons: 'Persons',
  },
  translations: {
    az: {
      title: 'Azərbaycan hökumətinin yardım göstərdiyi insan alveri qurbanları və potensial qurbanlar, 2009 və 2010',
      unit: 'nəfər',
      locator: '«Figures and information on trafficking in human beings» bölməsi, 15 saylı haşiyədən sonra yardıma dair abzas',
      notes: [
        'ABŞ-ın 2011-ci il Trafficking in Persons Report sənədinə aid edilir: hesabat ona 15-ci səhifəaltı qeyddə istinad edir; bu qeyd həmin hissənin birinci abzasının sonundadır, bu rəqəmlər isə ayrıca istinad olmadan ondan sonra gəlir.',
        'Hesabatda 319 qadın üçün il göstərilmir, sığınacaqdakı 27 nəfər üçün isə «il ərzində» ("during the year") deyilir; kontekstə görə (hissədə 2010-cu il barədə məlumat verilir və 2009-cu illə müqayisə aparılır) hər iki rəqəm 2010-cu ilə aid hesab edilib.',
        '319 qadın müəyyən edilmiş qurbanlardan əlavə tibbi və psixoloji yardım almış potensial qurbanlar idi; onlar müəyyən edilmiş qurbanların sayına daxil deyil.',
        'Sığınacağın 2009-cu il rəqəmi (48) yardım göstərilmiş qurbanlar, 2010-cu il rəqəmi (27) isə cinsi istismar məqsədilə alverin yardım göstərilmiş qurbanları kimi təsvir olunur; hesabatda dövlət tərəfindən maliyyələşdirilən bir sığınacaqdan bəhs edilir.',
      ],
      columns: {
        year: 'İl',
        measure: 'Göstərici',
        persons: 'Nəfər',
      },
      values: {
        measure: {
          'Victims assisted by the government-funded trafficking shelter':
            'Dövlət tərəfindən maliyyələşdirilən insan alveri qurbanları sığınacağının yardım göstərdiyi qurbanlar',
          'Victims of sex trafficking assisted by the government-funded trafficking shelter':
            'Dövlət tərəfindən maliyyələşdirilən insan alveri qurbanları sığınacağının yardım göstərdiyi cinsi istismar məqsədilə alver qurbanları',
          'Women, potential victims of trafficking, given medical and psychological assistance in addition to identified victims':
            'Müəyyən edilmiş qurbanlardan əlavə tibbi və psixoloji yardım göstərilmiş qadınlar – insan alverinin potensial qurbanları',
        },
      },
    },
  },
});

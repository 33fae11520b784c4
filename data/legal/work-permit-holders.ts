import { defineDataset, cell } from 'report-site/schema';

export const legalWorkPermitHolders = defineDataset({
  id: 'legal-work-permit-holders',
  file: 'legal/work-permit-holders.csv',
  title: 'Migrant workers in Azerbaijan holding work permits, 30 September 2011',
  unit: 'persons',
  source: 'shahgaldiyev-2016',
  locator: 'section "Legal migration", paragraph after the foreigners by category',
  notes: [
    'The report gives the figure with the date of its last update (30 September 2011) but does not name the source.',
    'The shares by economic activity and by country in legal-work-permit-shares follow this count and are presumably shares of it; the report speaks of migrant workers and restates the base for neither list.',
    'It is far below the 113,118 migrant workers among all foreigners counted by the State Migration Service on 1 April 2011 (legal-foreigners-by-category): the two figures measure different things (holders of a work permit against all foreigners classed as migrant workers).',
  ],
  row: {
    date: cell.partialDate(),
    measure: cell.text(),
    persons: cell.number({ min: 0, integer: true }),
  },
  columns: {
    date: 'Date',
    measure: 'Measure',
    persons: 'Persons',
  },
  translations: {
    az: {
      title: 'Azərbaycanda iş icazəsi olan miqrant işçilər, 30 sentyabr 2011-ci il',
      unit: 'nəfər',
      locator: '«Legal migration» bölməsi, əcnəbilərin kateqoriyalar üzrə bölgüsündən sonrakı abzas',
      notes: [
        'Hesabat rəqəmi son yeniləmə tarixi (30 sentyabr 2011-ci il) ilə verir, lakin mənbəni göstərmir.',
        'legal-work-permit-shares məlumat dəstindəki iqtisadi fəaliyyət növləri və ölkələr üzrə paylar bu saydan sonra gəlir və, ehtimal ki, onun paylarıdır; hesabat miqrant işçilərdən danışır və heç bir siyahı üçün bazanı yenidən göstərmir.',
        'Bu rəqəm Dövlət Miqrasiya Xidmətinin 1 aprel 2011-ci il tarixinə saydığı bütün əcnəbilər arasındakı 113.118 miqrant işçidən (legal-foreigners-by-category) xeyli azdır: iki rəqəm müxtəlif şeyləri ölçür (iş icazəsi sahiblərini və miqrant işçi kimi təsnif edilmiş bütün əcnəbiləri).',
      ],
      columns: {
        date: 'Tarix',
        measure: 'Göstərici',
        persons: 'Nəfər',
      },
      values: {
        measure: { 'Migrant workers holding work permits': 'İş icazəsi olan miqrant işçilər' },
      },
    },
  },
});

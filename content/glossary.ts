/**
 * The report's glossary: one word for each concept, with a definition in our
 * own words and the place in the reports it follows. The reports define few of
 * these terms; where they do not, the entry says so (basis: 'usage') and the
 * definition follows how the cited passage uses the word. Chapters mark a
 * term's first use with <Term id="…">; `npm run check` warns when a chapter
 * uses one of the synonyms listed here instead.
 */
import { defineGlossary } from 'report-site/schema';

export default defineGlossary([
  {
    id: 'asylum-seeker',
    term: 'asylum seeker',
    definition:
      'A person from another country who has applied for refugee status in Azerbaijan and whose application has not yet been decided. A person granted the status is a refugee.',
    source: 'shahgaldiyev-2016',
    locator: '“Refugees and asylum seekers”',
    basis: 'usage',
    synonyms: ['asylum applicant'],
    translations: {
      az: {
        term: 'sığınacaq axtaran şəxs',
        locator: '«Refugees and asylum seekers» bölməsi',
        definition:
          'Azərbaycanda qaçqın statusu almaq üçün müraciət etmiş, lakin müraciəti barədə hələ qərar qəbul edilməmiş, başqa ölkədən gələn şəxs. Bu status verilmiş şəxs qaçqın sayılır.',
        synonyms: ['sığınacaq üçün müraciət edən şəxs'],
      },
    },
  },
  {
    id: 'deportation',
    term: 'deportation',
    definition:
      'Removal of a foreigner from the country by the authorities, in the reports mostly of people found living in Azerbaijan illegally. The reports also use the word for the forced removal of whole groups during the conflict over Nagorno-Karabakh, such as the Azerbaijanis deported from Armenia.',
    source: 'shahgaldiyev-2016',
    locator: '“Irregular migration”; “Refugees and asylum seekers”',
    basis: 'usage',
    synonyms: ['expulsion'],
    translations: {
      az: {
        term: 'deportasiya',
        locator: '«Irregular migration» və «Refugees and asylum seekers» bölmələri',
        definition:
          'Əcnəbinin hakimiyyət orqanları tərəfindən ölkədən çıxarılması; hesabatlarda bu, əsasən Azərbaycanda qanunsuz yaşadığı aşkar edilən şəxslərə aiddir. Hesabatlar bu sözü Dağlıq Qarabağ münaqişəsi zamanı bütöv qrupların zorla köçürülməsi üçün də işlədir, məsələn, Ermənistandan deportasiya olunmuş azərbaycanlılar barədə.',
        synonyms: ['ölkədən çıxarılma'],
      },
    },
  },
  {
    id: 'diaspora',
    term: 'diaspora',
    definition:
      'Azerbaijanis who live abroad and the communities they form there. A State Committee works with them, but no data on them from consular registers are published.',
    source: 'icmpd-2023',
    locator: 'section 6; section 10.3',
    basis: 'usage',
    synonyms: ['emigrant community'],
    translations: {
      az: {
        term: 'diaspor',
        locator: '6 və 10.3 saylı bölmələr',
        definition:
          'Xaricdə yaşayan azərbaycanlılar və onların orada yaratdığı icmalar. Onlarla bir dövlət komitəsi işləyir, lakin konsulluq qeydiyyatına əsaslanan heç bir məlumat onlar barədə dərc olunmur.',
        synonyms: ['emiqrant icması'],
      },
    },
  },
  {
    id: 'emigrant',
    term: 'emigrant',
    definition:
      'A person who leaves Azerbaijan to live permanently abroad. The official statistics count only those who deregister before they leave, so people who go without deregistering are left out, even after years abroad.',
    source: 'icmpd-2023',
    locator: 'section 10.3; recommendation 4',
    basis: 'defined',
    synonyms: [],
    translations: {
      az: {
        term: 'emiqrant',
        locator: '10.3 saylı bölmə; 4 saylı tövsiyə',
        definition:
          'Xaricdə daimi yaşamaq üçün Azərbaycanı tərk edən şəxs. Rəsmi statistika yalnız getməzdən əvvəl qeydiyyatdan çıxanları hesablayır, buna görə qeydiyyatdan çıxmadan gedənlər, hətta illərlə xaricdə yaşasalar da, hesaba düşmür.',
        synonyms: [],
      },
    },
  },
  {
    id: 'flow',
    term: 'flow',
    definition:
      'An amount counted over a period rather than at one moment, such as the arrivals in or departures from the country during a year. Flows update a stock from one count to the next, so the two fit together only when they use the same definitions.',
    source: 'icmpd-2023',
    locator: 'recommendations 4 and 5',
    basis: 'usage',
    synonyms: [],
    translations: {
      az: {
        term: 'axın',
        locator: '4 və 5 saylı tövsiyələr',
        definition:
          'Bir an üzrə deyil, müəyyən dövr ərzində hesablanan kəmiyyət, məsələn, il ərzində ölkəyə gələnlərin və ya ölkədən gedənlərin sayı. Axınlar stoku bir sayımdan növbəti sayıma qədər yeniləyir, ona görə də bu ikisi yalnız eyni təriflərə əsaslandıqda bir-biri ilə uzlaşır.',
        synonyms: [],
      },
    },
  },
  {
    id: 'forced-migrant',
    term: 'forced migrant',
    definition:
      'A person forced to leave home by armed conflict. The 2013 report uses it, next to “refugees”, for the people who fled the occupied territories of Nagorno-Karabakh and the lands around them, whom other sources count as internally displaced persons.',
    source: 'yunusov-2013',
    locator: 'section 1 of “Problems of migrant integration”',
    basis: 'usage',
    synonyms: [],
    translations: {
      az: {
        term: 'məcburi miqrant',
        locator: '«Problems of migrant integration» hissəsinin 1-ci bölməsi',
        definition:
          'Silahlı münaqişə üzündən evini tərk etməyə məcbur olmuş şəxs. 2013-cü il hesabatı bu ifadəni «qaçqınlar» sözü ilə yanaşı Dağlıq Qarabağın işğal olunmuş ərazilərindən və ətrafdakı torpaqlardan qaçmış insanlar üçün işlədir; digər mənbələr onları məcburi köçkün kimi hesablayır.',
        synonyms: [],
      },
    },
  },
  {
    id: 'idp',
    term: 'internally displaced person (IDP)',
    definition:
      'A person forced to leave home who stayed within Azerbaijan: in the reports, the people displaced by the conflict over Nagorno-Karabakh. Estimates of their number differ by source and date.',
    source: 'shahgaldiyev-2016',
    locator: '“Internally displaced persons”',
    basis: 'usage',
    synonyms: ['displaced person'],
    translations: {
      az: {
        term: 'məcburi köçkün',
        locator: '«Internally displaced persons» bölməsi',
        definition:
          'Evini tərk etməyə məcbur olmuş, lakin Azərbaycan daxilində qalmış şəxs; hesabatlarda bunlar Dağlıq Qarabağ münaqişəsi nəticəsində didərgin düşmüş insanlardır. Onların sayına dair qiymətləndirmələr mənbədən və tarixdən asılı olaraq fərqlənir.',
        synonyms: ['daxili köçkün'],
      },
    },
  },
  {
    id: 'immigrant',
    term: 'immigrant',
    definition:
      'A person who arrives in Azerbaijan to live there permanently. A foreigner is allowed to only after two years of temporary residence, so the official statistics leave out foreigners on a temporary stay, even one of more than 12 months.',
    source: 'icmpd-2023',
    locator: 'section 10.3; recommendation 4',
    basis: 'defined',
    synonyms: [],
    translations: {
      az: {
        term: 'immiqrant',
        locator: '10.3 saylı bölmə; 4 saylı tövsiyə',
        definition:
          'Daimi yaşamaq üçün Azərbaycana gələn şəxs. Əcnəbiyə buna yalnız iki il müvəqqəti yaşadıqdan sonra icazə verilir, buna görə rəsmi statistikaya müvəqqəti qalan əcnəbilər, hətta 12 aydan çox qalsalar da, daxil edilmir.',
        synonyms: [],
      },
    },
  },
  {
    id: 'international-migrant',
    term: 'international migrant',
    definition:
      'As the United Nations recommends, a person who changes their country of usual residence, which is fixed by a time criterion of 12 months. Azerbaijan’s statistics do not yet fully follow this definition.',
    source: 'icmpd-2023',
    locator: 'recommendation 4',
    basis: 'defined',
    synonyms: [],
    translations: {
      az: {
        term: 'beynəlxalq miqrant',
        locator: '4 saylı tövsiyə',
        definition:
          'Birləşmiş Millətlər Təşkilatının tövsiyəsinə əsasən, adi yaşayış ölkəsini dəyişən şəxs; adi yaşayış ölkəsi 12 aylıq zaman meyarı ilə müəyyən edilir. Azərbaycanın statistikası bu tərifə hələ tam uyğun deyil.',
        synonyms: [],
      },
    },
  },
  {
    id: 'irregular-migrant',
    term: 'irregular migrant',
    definition:
      'A foreigner who enters or stays in Azerbaijan without the permission the law requires, whether passing through to another country or living there. The sources often say “illegal” for the same people.',
    source: 'shahgaldiyev-2016',
    locator: '“Irregular migration”',
    basis: 'usage',
    synonyms: ['illegal migrant', 'undocumented migrant'],
    translations: {
      az: {
        term: 'qeyri-qanuni miqrant',
        locator: '«Irregular migration» bölməsi',
        definition:
          'Qanunun tələb etdiyi icazə olmadan Azərbaycana daxil olan və ya orada qalan əcnəbi — istər başqa ölkəyə keçmək üçün tranzitlə gəlsin, istərsə də burada yaşasın. Mənbələr eyni insanlar üçün çox vaxt «qanunsuz» sözünü işlədir.',
        synonyms: ['qeyri-leqal miqrant', 'sənədsiz miqrant'],
      },
    },
  },
  {
    id: 'labour-migrant',
    term: 'labour migrant',
    definition:
      'A person who moves to another country to work: an Azerbaijani working abroad, above all in Russia, or a foreigner working in Azerbaijan, with or without a work permit.',
    source: 'yunusov-2013',
    locator: '“1. Russia and CIS countries”; section 3, “Foreign refugees and labour migrants”',
    basis: 'usage',
    synonyms: ['migrant worker', 'guest worker'],
    translations: {
      az: {
        term: 'əmək miqrantı',
        locator: '«1. Russia and CIS countries» bölməsi; 3-cü bölmə, «Foreign refugees and labour migrants»',
        definition:
          'İşləmək üçün başqa ölkəyə köçən şəxs: xaricdə, hər şeydən əvvəl Rusiyada işləyən azərbaycanlı və ya Azərbaycanda iş icazəsi ilə, yaxud onsuz işləyən əcnəbi.',
        synonyms: ['miqrant işçi', 'qonaq işçi'],
      },
    },
  },
  {
    id: 'net-migration',
    term: 'net migration',
    definition:
      'The number of people who arrived in the country during a calendar year minus the number who left it. Divided by the average population, per 1,000 people, it gives the net migration rate.',
    source: 'icmpd-2023',
    locator: 'section 10.3',
    basis: 'defined',
    synonyms: ['migration balance'],
    translations: {
      az: {
        term: 'miqrasiya saldosu',
        locator: '10.3 saylı bölmə',
        definition:
          'Təqvim ili ərzində ölkəyə gələnlərin sayından həmin il ölkədən gedənlərin sayının çıxılması ilə alınan fərq. Onu orta əhali sayına bölüb hər 1.000 nəfərə hesablamaqla miqrasiya saldosunun əmsalı alınır.',
        synonyms: ['xalis miqrasiya'],
      },
    },
  },
  {
    id: 'permanent-residence',
    term: 'permanent residence',
    definition:
      'The status of a foreigner allowed to live in Azerbaijan permanently, which the Migration Code grants only after two years of temporary residence. The official migration statistics count only moves for permanent residence.',
    source: 'icmpd-2023',
    locator: 'section 10.3',
    basis: 'usage',
    synonyms: ['permanent residency'],
    translations: {
      az: {
        term: 'daimi yaşayış',
        locator: '10.3 saylı bölmə',
        definition:
          'Əcnəbiyə Azərbaycanda daimi yaşamağa imkan verən status; Miqrasiya Məcəlləsi onu yalnız iki il müvəqqəti yaşadıqdan sonra verir. Rəsmi miqrasiya statistikası yalnız daimi yaşayış üçün yerdəyişmələri hesablayır.',
        synonyms: ['daimi məskunlaşma'],
      },
    },
  },
  {
    id: 'readmission',
    term: 'readmission',
    definition:
      'Taking back Azerbaijani citizens found staying irregularly in the country they went to. The State Migration Service has a department for it.',
    source: 'icmpd-2023',
    locator: 'sections 1.1 and 1.2',
    basis: 'usage',
    synonyms: [],
    translations: {
      az: {
        term: 'readmissiya',
        locator: '1.1 və 1.2 saylı bölmələr',
        definition:
          'Getdikləri ölkədə qeyri-qanuni qaldıqları aşkar edilən Azərbaycan vətəndaşlarının geri qəbul edilməsi. DMX-də bununla məşğul olan şöbə var.',
        synonyms: [],
      },
    },
  },
  {
    id: 'refugee',
    term: 'refugee',
    definition:
      'A person who had to leave another country and is protected in Azerbaijan. The reports use the word for foreigners granted refugee status after applying for asylum, and for the Azerbaijanis deported from Armenia during the conflict over Nagorno-Karabakh.',
    source: 'shahgaldiyev-2016',
    locator: '“Refugees and asylum seekers”',
    basis: 'usage',
    synonyms: [],
    translations: {
      az: {
        term: 'qaçqın',
        locator: '«Refugees and asylum seekers» bölməsi',
        definition:
          'Başqa ölkəni tərk etməli olmuş və Azərbaycanda müdafiə olunan şəxs. Hesabatlar bu sözü sığınacaq üçün müraciət etdikdən sonra qaçqın statusu almış əcnəbilər, həmçinin Dağlıq Qarabağ münaqişəsi zamanı Ermənistandan deportasiya olunmuş azərbaycanlılar üçün işlədir.',
        synonyms: [],
      },
    },
  },
  {
    id: 'remittances',
    term: 'remittances',
    definition:
      'Money that migrants send across borders, as recorded in the balance of payments: inward flows come into Azerbaijan, outward flows leave it. Inward flows are made up of workers’ remittances, compensation of employees and migrants’ transfers.',
    source: 'shahgaldiyev-2016',
    locator: '“Remittances”, Table 5',
    basis: 'usage',
    synonyms: ['money transfers'],
    translations: {
      az: {
        term: 'pul köçürmələri',
        locator: '«Remittances» bölməsi, 5 saylı cədvəl',
        definition:
          'Miqrantların sərhədlərdən o tərəfə göndərdiyi, tədiyə balansında qeydə alınan pul vəsaitləri: daxil olan axınlar Azərbaycana gəlir, xaricə gedən axınlar ölkədən çıxır. Daxil olan axınlar işçilərin pul köçürmələrindən, muzdlu işçilərin əmək haqqından və miqrantların transfertlərindən ibarətdir.',
        synonyms: ['pul baratları'],
      },
    },
  },
  {
    id: 'smuggling-of-migrants',
    term: 'smuggling of migrants',
    definition:
      'Helping people across a border illegally. The reports give no definition and no figures: the word appears only in the title of a yearbook the 2016 report cites for irregular-migration routes, where it is named apart from illegal migration and trafficking.',
    source: 'shahgaldiyev-2016',
    locator: '“Irregular migration”, footnote 10',
    basis: 'usage',
    synonyms: ['human smuggling', 'people smuggling'],
    translations: {
      az: {
        term: 'miqrantların qaçaqmalçılığı',
        locator: '«Irregular migration» bölməsi, 10 saylı haşiyə',
        definition:
          'İnsanların sərhədi qanunsuz keçməsinə kömək edilməsi. Hesabatlarda nə tərif, nə də rəqəm verilir: bu ifadə yalnız 2016-cı il hesabatının qeyri-qanuni miqrasiya marşrutları üçün istinad etdiyi illik nəşrin adında keçir və orada qanunsuz miqrasiyadan və insan alverindən ayrıca göstərilir.',
        synonyms: ['insan qaçaqmalçılığı', 'adam qaçaqmalçılığı'],
      },
    },
  },
  {
    id: 'stock',
    term: 'stock',
    definition:
      'The number of people in a group at one moment, such as the resident population counted in a census. Flows of arrivals and departures update it from one count to the next.',
    source: 'icmpd-2023',
    locator: 'recommendations 4 and 5',
    basis: 'usage',
    synonyms: [],
    translations: {
      az: {
        term: 'stok',
        locator: '4 və 5 saylı tövsiyələr',
        definition:
          'Müəyyən anda bir qrupdakı insanların sayı, məsələn, siyahıyaalmada hesablanan daimi əhali. Gələnlərin və gedənlərin axınları onu bir sayımdan növbəti sayıma qədər yeniləyir.',
        synonyms: [],
      },
    },
  },
  {
    id: 'trafficking',
    term: 'trafficking in human beings',
    definition:
      'Exploiting people through forced labour or forced prostitution, often in another country. The reports describe it through its victims and routes, with Azerbaijan as a country of origin, transit and destination, and through the crimes registered under the Criminal Code.',
    source: 'shahgaldiyev-2016',
    locator: '“Figures and information on trafficking in human beings”',
    basis: 'usage',
    synonyms: ['human trafficking', 'trafficking in persons'],
    translations: {
      az: {
        term: 'insan alveri',
        locator: '«Figures and information on trafficking in human beings» bölməsi',
        definition:
          'İnsanların, çox vaxt başqa ölkədə, məcburi əmək və ya məcburi fahişəlik yolu ilə istismar edilməsi. Hesabatlar onu qurbanları və marşrutları vasitəsilə — Azərbaycanı mənşə, tranzit və təyinat ölkəsi kimi göstərərək — həmçinin Cinayət Məcəlləsi üzrə qeydə alınmış cinayətlər vasitəsilə təsvir edir.',
        synonyms: ['insan ticarəti', 'adam alveri'],
      },
    },
  },
  {
    id: 'work-permit',
    term: 'work permit',
    definition:
      'The permission a foreigner or stateless person needs for paid work in Azerbaijan, issued and extended by the State Migration Service. Some groups of foreigners are exempt from it.',
    source: 'icmpd-2023',
    locator: 'sections 1.2 and 10.3',
    basis: 'usage',
    synonyms: ['labour permit'],
    translations: {
      az: {
        term: 'iş icazəsi',
        locator: '1.2 və 10.3 saylı bölmələr',
        definition:
          'Əcnəbinin və ya vətəndaşlığı olmayan şəxsin Azərbaycanda haqqı ödənilən iş görməsi üçün lazım olan icazə; onu DMX verir və müddətini uzadır. Bəzi əcnəbi qrupları bu icazədən azaddır.',
        synonyms: ['əmək icazəsi'],
      },
    },
  },
]);

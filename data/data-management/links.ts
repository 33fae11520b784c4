import { defineDataset, cell } from 'report-site/schema';

export const MECHANISMS = [
  'direct entry',
  'synchronised copy',
  'automatic transfer',
  'notification',
  'access to system',
  'statistical reporting',
  'on request',
  'database integration',
  'method not stated',
] as const;

export const dataManagementLinks = defineDataset({
  id: 'data-management-links',
  file: 'data-management/links.csv',
  title: 'Flows of migration data between institutions and systems in Azerbaijan, as described in the 2023 ICMPD baseline study',
  unit: 'links',
  source: 'icmpd-2023',
  locator: 'Sections 1.2-1.6, 2.2, 3.2-3.3, 4.2-4.3, 5, 7, 8, 9, 10.2-10.3; Recommendation 7',
  notes: [
    'One row per flow the report describes; from and to are ids of the institutions and systems datasets. A row says that data move, or can be read, from one end to the other; the mechanism column uses a small fixed vocabulary of our own, and "method not stated" marks flows the report names without saying how they work.',
    'The SMS list of data partners (section 1.4) says only which information is exchanged "with" each body; the rows put the SMS at the start, though for some items (e.g. ID and passport data of citizens, births and deaths) the data presumably come from the partner. The two partners listed as having "no direct exchange" (ASAN and the State Committee for Refugees and IDP Affairs) have no row.',
    'Flows open to "all relevant institutions" without naming them (e.g. SBS border data and the IAMAS statistical subsystem) are not rows.',
    'The report gives two accounts of where published arrivals and departures come from: section 10.3 says published figures come from the SBS, while the same section and the SSC methodological notes say the statistics are based on SMS data since 2013, and that migration data reach the SSC on Form No. 1 from local MIA migration bodies. All three flows are kept.',
    'The SMS-SSC database integration runs "through the ASAN Bridge System" via the Electronic Government Information System according to section 10.2, but "via the IAMAS" according to recommendation 3; the rows follow section 10.2.',
    'Section 5 says MoJ information on individuals and their ID numbers is entered into IAMAS; section 9 says information from the State Registry appears not to be fed into IAMAS apart from the personal identification number. The moj-to-iamas row is kept with this caveat.',
    'The SSC has no direct access to IAMAS (it is not among the bodies listed in Cabinet Decision No. 5 of 12 January 2012), which is why no IAMAS-to-SSC row exists.',
    'For the expired-permit alert (umis to sbs) the report says only that a notification goes to the relevant authorities, the SBS among them; UMIS as the sender is read from the context of the paragraph.',
    'ASAN has no row: the report says electronic visa applications are processed through ASAN and that visa applicant data are entered into IAMAS, but not who enters them.',
    'The visa data the Ministry of Security may access are recorded in IAMAS; the report says only that Decree 5 regulates that access, so the row starts at IAMAS.',
  ],
  row: {
    from: cell.text(),
    to: cell.text(),
    data: cell.text(),
    mechanism: cell.oneOf(MECHANISMS),
    locator: cell.text(),
  },
  columns: {
    from: 'From (id)',
    to: 'To (id)',
    data: 'What flows',
    mechanism: 'How',
    locator: 'Where in the report',
  },
});

import { defineDataset, cell } from 'report-site/schema';

export const dataManagementInstitutions = defineDataset({
  id: 'data-management-institutions',
  file: 'data-management/institutions.csv',
  title: 'Institutions that collect, hold or use migration data in Azerbaijan, as described in the 2023 ICMPD baseline study',
  unit: 'institutions',
  source: 'icmpd-2023',
  locator: 'Sections 1-10 (one chapter per institution) and section 1.4 (SMS data partners)',
  notes: [
    'The nodes of the migration data network: ids are short codes used by the systems and links datasets.',
    'The roles are short summaries in our own words of what each chapter of the report says the institution collects, holds or uses.',
    'The report spells some names in more than one way: the MLSP is also called the MLSPP, and the SSC appears as "State Statistical Committee", "State Statistics Committee" and "State Committee for Statistics" (section 10.1 is even headed "SCC"). One row is kept per institution.',
    'The State Population Register Service, subordinate to the Ministry of Justice, is counted under the MoJ; embassies and consulates are counted under the MFA; the General Passport Registration Office (also called the Department on Passport, Registration and Migration) is counted under the MIA.',
    'Institutions that appear only as partners or users of another body\'s data (Ministry of Security, Ministry of Economy, State Tax Service, Azerlshiq, State Exam Centre, e-courts) are kept so that every data flow has both ends; "Azerlshiq" is spelled as in the report.',
    'The report says the SMS has no direct data exchange with ASAN or with the State Committee for Refugees and IDP Affairs; these non-links are not rows of the links dataset.',
    'The IAMAS Coordinating Council (set up by a Cabinet of Ministers decision, with a working group of specialists) controls access to IAMAS; it is mentioned here rather than listed as a node, because the report describes no data it holds.',
  ],
  row: {
    id: cell.text(),
    acronym: cell.textOrNull(),
    name: cell.text(),
    role: cell.text(),
    locator: cell.text(),
  },
  columns: {
    id: 'Id',
    acronym: 'Acronym',
    name: 'Name',
    role: 'Migration data it collects, holds or uses',
    locator: 'Where in the report',
  },
});

import { defineDataset, cell } from 'report-site/schema';

export const dataManagementSystems = defineDataset({
  id: 'data-management-systems',
  file: 'data-management/systems.csv',
  title: 'Databases, registers and information systems holding migration data in Azerbaijan, as described in the 2023 ICMPD baseline study',
  unit: 'systems',
  source: 'icmpd-2023',
  locator: 'Sections 1.2, 1.4, 1.5, 2.2, 3.2, 3.3, 4.2, 4.3, 5, 6, 7, 8, 9 and 10.2-10.3; Recommendations 3 and 7',
  notes: [
    'The owner column gives the institution id (see data-management-institutions) that the report says runs or fills the system; "-" means the report names no single owner.',
    'IAMAS has no single owner: the report says it is managed jointly by the institutions that collect administrative data on individuals, with a Coordinating Council and a working group controlling access.',
    'The report does not say who runs the "Migration" and statistical subsystems of IAMAS, the "Login and Registration" part, the "Licences and Permits" portal, the "Electronic Execution" system, the Electronic Government Information System (ASAN Bridge) or the Azerbaijan Statistical Information Service; their owner is left blank rather than guessed.',
    'The report is not consistent about the State Population Register and IAMAS: section 1.5 lists the register among the parts of IAMAS that UMIS is integrated with, and section 5 says information on individuals and their ID numbers is entered into IAMAS, but section 9 says information from the MoJ State Registry appears not to be fed into IAMAS, only the personal identification number being shared. The part_of column follows section 1.5.',
    'The MLSP "Analysis" subsystem is described as a subsystem of UMIS, so part_of is umis although the MLSP runs it.',
    'The report says the MIA keeps no databases of its own; its data sit in sections of IAMAS, listed here as one row owned by the MIA.',
    'The diaspora database is named among the tasks of the State Committee for Work with the Diaspora ("establishing a special database"); the report does not say whether it exists.',
  ],
  row: {
    id: cell.text(),
    name: cell.text(),
    owner: cell.textOrNull(),
    part_of: cell.textOrNull(),
    what_it_holds: cell.text(),
    locator: cell.text(),
  },
  columns: {
    id: 'Id',
    name: 'System',
    owner: 'Run by (institution id)',
    part_of: 'Part of (system id)',
    what_it_holds: 'What it holds',
    locator: 'Where in the report',
  },
});

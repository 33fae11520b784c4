/** Row shape shared by Tables 2 and 3 of the 2016 report: persons by country and year, with the total. */
import { cell } from 'report-site/schema';

export const byCountryRow = {
  country: cell.text(),
  row_type: cell.oneOf(['Total', 'Country']),
  year: cell.year(),
  persons: cell.numberOrNull({ min: 0, integer: true }),
};

/** Column labels; `countryLabel` says which end of the move the country is. */
export function byCountryColumns(countryLabel: string) {
  return {
    country: countryLabel,
    row_type: 'Row type (Total or a listed country)',
    year: 'Year',
    persons: 'Persons',
  };
}

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

/** The same columns in Azerbaijani; `countryLabel` as above. */
export function byCountryColumnsAz(countryLabel: string) {
  return {
    country: countryLabel,
    row_type: 'Sətrin növü (cəmi və ya sadalanan ölkə)',
    year: 'İl',
    persons: 'Nəfər',
  };
}

/** Azerbaijani labels of the countries and row types Tables 2 and 3 list. */
export const byCountryValuesAz = {
  country: {
    Total: 'Cəmi',
    Germany: 'Almaniya',
    Georgia: 'Gürcüstan',
    Iran: 'İran',
    Kazakhstan: 'Qazaxıstan',
    'Russian Federation': 'Rusiya Federasiyası',
    Turkey: 'Türkiyə',
    Ukraine: 'Ukrayna',
    USA: 'ABŞ',
  },
  row_type: { Total: 'Cəmi', Country: 'Ölkə' },
};

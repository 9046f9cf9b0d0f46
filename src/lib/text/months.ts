/** The months as dates are written in English, and `citeDate` (cite/csl.ts) gives them (tools/source-add.ts writes them so). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

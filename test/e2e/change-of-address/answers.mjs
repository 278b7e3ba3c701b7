// What the end-to-end tests answer on the "Change of address" form, and what the server must
// then receive, in the order of the form.
import { addMonths, known } from './pages.mjs';

/** A moving date a month from now: within the 3 months allowed. */
export const movingDate = addMonths(new Date(), 1);
const [year, month, day] = movingDate.split('-');

/** Typed into text inputs, by name. */
export const typed = {
  street: 'Kerkstraat',
  number: '12',
  box: '3',
  postcode: '9000',
  municipality: 'Gent',
  companion: 'Jan Peeters',
  'companion-nrn': '90.02.01-997.04',
  enterprise: '0403.170.701',
  phone: '09 210 10 10',
  email: 'an.peeters@example.be',
  iban: 'BE68 5390 0754 7034',
};

/** The day, month and year boxes of the moving date. */
export const dateBoxes = [String(Number(day)), String(Number(month)), year];

/** Every entry the server must receive, in document order (the hidden flags are not sent). */
export const expectedEntries = [
  ['name', known.name],
  ['nrn', known.nrn],
  ['street', typed.street],
  ['number', typed.number],
  ['box', typed.box],
  ['postcode', typed.postcode],
  ['municipality', typed.municipality],
  ['moving-date', movingDate],
  ['moving-with', 'others'],
  ['companion', typed.companion],
  // Submitted as shown; typed as 11 digits, it is grouped so while typing.
  ['companion-nrn', typed['companion-nrn']],
  ['business', 'yes'],
  ['enterprise', typed.enterprise],
  ['phone', typed.phone],
  ['email', typed.email],
  ['iban', typed.iban],
];

import { expect } from '@open-wc/testing';
import {
  ibanLengths,
  sepaCountries,
  validateBelgianIban,
  validateEnterpriseNumber,
  validateIban,
  validateNationalRegisterNumber,
  validatePhoneNumber,
  validatePostalCode,
  validatorPresets,
  type ValidationReason,
  type ValidationResult,
  type Validator,
} from '@belfry/core';

// Valid numbers have check digits computed by the published rules; each invalid one differs
// from a valid one by what its reason names.
type Valid = [input: unknown, value: string, formatted: string];
type Invalid = [input: unknown, reason: ValidationReason];

function expectValid(validate: Validator, [input, value, formatted]: Valid) {
  const result = validate(input);
  expect(result, `${String(input)} should be valid`).to.deep.equal({
    valid: true,
    value,
    formatted,
  });
}

function expectInvalid(validate: Validator, [input, reason]: Invalid): ValidationResult {
  const result = validate(input);
  expect(result.valid, `${String(input)} should be refused`).to.equal(false);
  if (!result.valid) expect(result.reason, String(input)).to.equal(reason);
  return result;
}

describe('validateNationalRegisterNumber', () => {
  const valid: Valid[] = [
    ['85.07.30-033.28', '85073003328', '85.07.30-033.28'],
    ['85073003328', '85073003328', '85.07.30-033.28'],
    ['850730 033 28', '85073003328', '85.07.30-033.28'],
    ['  85/07/30 033-28 ', '85073003328', '85.07.30-033.28'],
    // Born from 2000: a 2 goes before the first 9 digits for the check.
    ['05.03.17-123.07', '05031712307', '05.03.17-123.07'],
    ['00010100204', '00010100204', '00.01.01-002.04'],
    ['12050001708', '12050001708', '12.05.00-017.08'],
    // 29 February 2000 existed (2000 is a leap year).
    ['00022904501', '00022904501', '00.02.29-045.01'],
    ['85123100165', '85123100165', '85.12.31-001.65'],
    // Day, or month and day, unknown: written 00 by the register.
    ['85070003355', '85070003355', '85.07.00-033.55'],
    ['85000003306', '85000003306', '85.00.00-033.06'],
    // BIS numbers: month + 20 (sex unknown) or + 40 (sex known).
    ['85.27.30-033.71', '85273003371', '85.27.30-033.71'],
    ['85473003416', '85473003416', '85.47.30-034.16'],
    // Full-width digits (pasted from some East Asian keyboards) and invisible characters.
    ['８５０７３００３３２８', '85073003328', '85.07.30-033.28'],
    ['85073\u200b003328', '85073003328', '85.07.30-033.28'],
    [85073003328, '85073003328', '85.07.30-033.28'],
  ];
  const invalid: Invalid[] = [
    ['', 'empty'],
    ['   ', 'empty'],
    [null, 'empty'],
    [undefined, 'empty'],
    ['85.07.30-033.29', 'checksum'],
    ['85073003382', 'checksum'],
    ['58073003328', 'checksum'],
    // Born from 2000 but checked the old way, and the other way round.
    ['05031712397', 'checksum'],
    ['8507300332', 'length'],
    ['850730033288', 'length'],
    ['85.07.30-033', 'length'],
    ['85O73003328', 'characters'],
    ['85,07,30,033,28', 'characters'],
    [{}, 'characters'],
    [1.5, 'characters'],
    // Check digits right, date wrong.
    ['85133000105', 'date'],
    ['00022904569', 'date'], // 29 February 1900: 1900 was not a leap year
    ['85673003360', 'date'], // month 67: not 1 to 12, even as a BIS number
    ['90010100152', 'date'], // 1 January 2090: in the future
  ];
  for (const row of valid)
    it(`accepts ${String(row[0])}`, () => expectValid(validateNationalRegisterNumber, row));
  for (const row of invalid)
    it(`refuses ${String(row[0])} (${row[1]})`, () =>
      expectInvalid(validateNationalRegisterNumber, row));

  it('says how many digits were entered', () => {
    const result = validateNationalRegisterNumber('8507300332');
    expect(result).to.deep.include({ messageKey: 'nrnLength', params: { count: 10 } });
  });

  it('refuses BIS numbers when asked to', () => {
    expect(validateNationalRegisterNumber('85273003371', { bis: false })).to.deep.include({
      reason: 'bis',
    });
    expect(validateNationalRegisterNumber('85073003328', { bis: false }).valid).to.equal(true);
  });

  it('measures "in the future" against the day given', () => {
    // Born 17 March 2005: refused on the day before, accepted on the day itself.
    const options = (today: string) => ({ today: new Date(today) });
    expect(
      validateNationalRegisterNumber('05031712307', options('2005-03-16T12:00')).valid,
    ).to.equal(false);
    expect(
      validateNationalRegisterNumber('05031712307', options('2005-03-17T12:00')).valid,
    ).to.equal(true);
    // A day that is no date counts as today.
    expect(validateNationalRegisterNumber('05031712307', { today: new Date('x') }).valid).to.equal(
      true,
    );
  });
});

describe('validateIban', () => {
  const valid: Valid[] = [
    ['BE68 5390 0754 7034', 'BE68539007547034', 'BE68 5390 0754 7034'],
    ['be68539007547034', 'BE68539007547034', 'BE68 5390 0754 7034'],
    ['IBAN BE68-5390-0754-7034', 'BE68539007547034', 'BE68 5390 0754 7034'],
    ['NL91 ABNA 0417 1643 00', 'NL91ABNA0417164300', 'NL91 ABNA 0417 1643 00'],
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', 'DE89 3704 0044 0532 0130 00'],
    [
      'FR14 2004 1010 0505 0001 3M02 606',
      'FR1420041010050500013M02606',
      'FR14 2004 1010 0505 0001 3M02 606',
    ],
    ['LU28 0019 4006 4475 0000', 'LU280019400644750000', 'LU28 0019 4006 4475 0000'],
    ['GB29 NWBK 6016 1331 9268 19', 'GB29NWBK60161331926819', 'GB29 NWBK 6016 1331 9268 19'],
    ['CH93 0076 2011 6238 5295 7', 'CH9300762011623852957', 'CH93 0076 2011 6238 5295 7'],
    ['NO93 8601 1117 947', 'NO9386011117947', 'NO93 8601 1117 947'],
    [
      'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
      'MT84MALT011000012345MTLCAST001S',
      'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
    ],
    [
      'IT60 X054 2811 1010 0000 0123 456',
      'IT60X0542811101000000123456',
      'IT60 X054 2811 1010 0000 0123 456',
    ],
    ['ES91 2100 0418 4502 0005 1332', 'ES9121000418450200051332', 'ES91 2100 0418 4502 0005 1332'],
    [
      'PL61 1090 1014 0000 0712 1981 2874',
      'PL61109010140000071219812874',
      'PL61 1090 1014 0000 0712 1981 2874',
    ],
  ];
  const invalid: Invalid[] = [
    ['', 'empty'],
    ['BE68 5390 0754 7035', 'checksum'],
    ['BE86 5390 0754 7034', 'checksum'],
    ['NL91 ABNA 0417 1643 01', 'checksum'],
    // Passes mod 97, but not the Belgian account check (the last 2 digits of the account).
    ['BE41 5390 0754 7035', 'checksum'],
    ['BE68 5390 0754 703', 'length'],
    ['BE68 5390 0754 70344', 'length'],
    ['DE89 3704 0044 0532 0130 0', 'length'],
    ['XX68 5390 0754 7034', 'country'],
    ['6853 9007 5470 34', 'format'],
    ['BEXX 5390 0754 7034', 'format'],
    ['BE68_5390_0754_7034', 'characters'],
    ['BÉ68 5390 0754 7034', 'characters'],
    [12, 'format'],
    ['BE68'.repeat(200), 'format'],
  ];
  for (const row of valid) it(`accepts ${String(row[0])}`, () => expectValid(validateIban, row));
  for (const row of invalid)
    it(`refuses ${String(row[0]).slice(0, 40)} (${row[1]})`, () =>
      expectInvalid(validateIban, row));

  it('says the length a country expects', () => {
    expect(validateIban('DE89 3704 0044 0532 0130 0')).to.deep.include({
      messageKey: 'ibanLength',
      params: { country: 'DE', expected: 22, count: 21 },
    });
  });

  it('knows the length of every SEPA country', () => {
    for (const country of sepaCountries) expect(ibanLengths[country], country).to.be.a('number');
  });

  it('accepts only the countries given', () => {
    const options = { countries: ['BE', 'NL'] };
    expect(validateIban('NL91ABNA0417164300', options).valid).to.equal(true);
    expect(validateIban('DE89370400440532013000', options)).to.deep.include({
      reason: 'country',
      messageKey: 'ibanNotAccepted',
      params: { country: 'DE', countries: 'BE, NL' },
    });
  });

  it('has a Belgian-only variant that asks for a Belgian account', () => {
    expectValid(validateBelgianIban, [
      'BE68539007547034',
      'BE68539007547034',
      'BE68 5390 0754 7034',
    ]);
    expect(validateBelgianIban('NL91ABNA0417164300')).to.deep.include({
      reason: 'country',
      messageKey: 'ibanNotBelgian',
    });
    expect(validateBelgianIban('BE68539007547035')).to.deep.include({ reason: 'checksum' });
  });
});

describe('validateEnterpriseNumber', () => {
  const valid: Valid[] = [
    ['0403.170.701', '0403170701', '0403.170.701'],
    ['0403170701', '0403170701', '0403.170.701'],
    ['BE0403170701', '0403170701', '0403.170.701'],
    ['be 0403 170 701', '0403170701', '0403.170.701'],
    ['0123.456.749', '0123456749', '0123.456.749'],
    // Numbers starting with 1, given since the 0 series ran out.
    ['1001.234.592', '1001234592', '1001.234.592'],
    ['1234567894', '1234567894', '1234.567.894'],
    // The old 9-digit form, before the leading 0.
    ['403.170.701', '0403170701', '0403.170.701'],
  ];
  const invalid: Invalid[] = [
    ['', 'empty'],
    ['0403.170.702', 'checksum'],
    ['0123.456.789', 'checksum'],
    ['1001.234.593', 'checksum'],
    ['2001.234.592', 'format'],
    ['9403170701', 'format'],
    ['04031707011', 'length'],
    ['04031707', 'length'],
    ['0403.17O.701', 'characters'],
    ['NL0403170701', 'characters'],
  ];
  for (const row of valid)
    it(`accepts ${String(row[0])}`, () => expectValid(validateEnterpriseNumber, row));
  for (const row of invalid)
    it(`refuses ${String(row[0])} (${row[1]})`, () => expectInvalid(validateEnterpriseNumber, row));
});

describe('validatePostalCode', () => {
  const valid: Valid[] = [
    ['1000', '1000', '1000'],
    ['9992', '9992', '9992'],
    [' 4700 ', '4700', '4700'],
    ['B-1000', '1000', '1000'],
    ['BE-9000', '9000', '9000'],
    [3000, '3000', '3000'],
  ];
  const invalid: Invalid[] = [
    ['', 'empty'],
    ['0999', 'range'],
    ['9993', 'range'],
    ['9999', 'range'],
    ['123', 'format'],
    ['12345', 'format'],
    ['10 00', 'format'],
    ['abcd', 'format'],
    [[], 'format'],
  ];
  for (const row of valid)
    it(`accepts ${String(row[0])}`, () => expectValid(validatePostalCode, row));
  for (const row of invalid)
    it(`refuses ${String(row[0])} (${row[1]})`, () => expectInvalid(validatePostalCode, row));
});

describe('validatePhoneNumber', () => {
  const valid: Valid[] = [
    ['0470 12 34 56', '+32470123456', '0470 12 34 56'],
    ['0470123456', '+32470123456', '0470 12 34 56'],
    ['+32 470 12 34 56', '+32470123456', '0470 12 34 56'],
    ['0032 470 12 34 56', '+32470123456', '0470 12 34 56'],
    ['+32 (0)470 12 34 56', '+32470123456', '0470 12 34 56'],
    ['+32 0470 12 34 56', '+32470123456', '0470 12 34 56'],
    ['0499/12.34.56', '+32499123456', '0499 12 34 56'],
    ['0456 78 90 12', '+32456789012', '0456 78 90 12'],
    ['02 123 45 67', '+3221234567', '02 123 45 67'],
    ['02/123.45.67', '+3221234567', '02 123 45 67'],
    ['+32 2 123 45 67', '+3221234567', '02 123 45 67'],
    ['04 123 45 67', '+3241234567', '04 123 45 67'], // Liège
    ['09-123-45-67', '+3291234567', '09 123 45 67'], // Ghent
    ['016 12 34 56', '+3216123456', '016 12 34 56'],
    ['087 12 34 56', '+3287123456', '087 12 34 56'],
    ['0800 12 345', '+3280012345', '0800 12 345'],
  ];
  const invalid: Invalid[] = [
    ['', 'empty'],
    ['0470 12 34 5', 'length'],
    ['0470 12 34 567', 'length'],
    ['02 123 45 6', 'length'],
    ['0412 34 56 78', 'length'], // 9 digits after the 0, but 041 is no mobile series
    ['+33 1 23 45 67 89', 'country'],
    ['0033 1 23 45 67 89', 'country'],
    ['470 12 34 56', 'format'],
    ['+32 00 12 34 56 7', 'format'],
    ['0470 12 34 5x', 'characters'],
    ['0470 12 + 34 56', 'characters'],
  ];
  for (const row of valid)
    it(`accepts ${String(row[0])}`, () => expectValid(validatePhoneNumber, row));
  for (const row of invalid)
    it(`refuses ${String(row[0])} (${row[1]})`, () => expectInvalid(validatePhoneNumber, row));

  it('accepts only mobile numbers when asked to', () => {
    expect(validatePhoneNumber('02 123 45 67', { mobile: true })).to.deep.include({
      reason: 'mobile',
    });
    expect(validatePhoneNumber('0470 12 34 56', { mobile: true }).valid).to.equal(true);
    expect(validatorPresets['mobile-phone'].validate('04 123 45 67')).to.deep.include({
      reason: 'mobile',
    });
  });
});

describe('validators and any input', () => {
  const validators: Validator[] = [
    ...Object.values(validatorPresets).map((preset) => preset.validate),
    validateIban,
  ];
  const strange: unknown[] = [
    null,
    undefined,
    0,
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e21,
    12345678901234567890n,
    true,
    {},
    [],
    ['85073003328'],
    Symbol('nrn'),
    () => '85073003328',
    {
      toString: () => {
        throw new Error('toString was called');
      },
    },
    '9'.repeat(1_000_000),
    ' '.repeat(100_000),
    '😀👍🏽',
    '\u0000\u0001',
    'ٌ٨٥٠٧٣٠٠٣٣٢٨', // Arabic-Indic digits
    '<script>alert(1)</script>',
    '85.07.30-033.28'.repeat(10),
  ];

  it('never throw, and always say valid or why not', () => {
    for (const validate of validators) {
      for (const input of strange) {
        const result = validate(input);
        if (result.valid) {
          expect(result.value).to.be.a('string');
        } else {
          expect(result.reason).to.be.a('string');
          expect(result.messageKey).to.be.a('string');
        }
      }
    }
  });

  it('refuse a huge value quickly', () => {
    const huge = '85073003328'.repeat(200_000);
    const start = performance.now();
    for (const validate of validators) expect(validate(huge).valid).to.equal(false);
    expect(performance.now() - start).to.be.below(200);
  });
});

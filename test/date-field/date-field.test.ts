import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/date-field';
import { registerStrings, type BfDateField } from '@belfry/components';
import { runFormControlTests } from '../helpers/form-control.js';
import { forEachLocale, settle } from '../helpers/locales.js';
import { box, boxes, dateFieldFixture } from './fixture.js';
import { warningsDuring as warningsOf } from '../helpers/warnings.js';

type Part = 'day' | 'month' | 'year';
const parts: readonly Part[] = ['day', 'month', 'year'];

const shown = (field: BfDateField) => boxes(field).map((input) => input.value);
const errorOf = (field: BfDateField) =>
  field.querySelector(':scope > [slot="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const invalidParts = (field: BfDateField) =>
  parts.filter((part) => box(field, part).getAttribute('aria-invalid') === 'true');
/** The text of the elements an attribute refers to by id. */
const referenced = (element: Element, attribute: string) =>
  (element.getAttribute(attribute) ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim())
    .join(' | ');

/** A form in the page, in `lang`, holding the field drawn by `template`. */
async function inForm(template: unknown, lang = 'en'): Promise<BfDateField> {
  const form = await fixture<HTMLFormElement>(
    html`<form lang=${lang} action="#">${template}</form>`,
  );
  const field = form.querySelector('bf-date-field')!;
  await field.updateComplete;
  await settle();
  return field;
}

/** Types into the boxes as a user does: each box gets its text and fires `input`. */
async function type(field: BfDateField, values: Partial<Record<Part, string>>): Promise<void> {
  for (const [part, value] of Object.entries(values) as [Part, string][]) {
    const input = box(field, part);
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await field.updateComplete;
}

/** A submit attempt through a native submit button; the submitted data, or `null`. */
async function submit(field: BfDateField): Promise<FormData | null> {
  const form = field.form!;
  const button = document.createElement('button');
  form.append(button);
  let data: FormData | null = null;
  const listener = (event: SubmitEvent) => {
    event.preventDefault();
    data = new FormData(form);
  };
  form.addEventListener('submit', listener);
  button.click();
  form.removeEventListener('submit', listener);
  button.remove();
  await new Promise((resolve) => setTimeout(resolve));
  await settle();
  return data;
}

function paste(target: HTMLInputElement, text: string): ClipboardEvent {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true });
  // Firefox ignores `clipboardData` given to a script-made event; a real paste always has it.
  Object.defineProperty(event, 'clipboardData', { value: clipboardData });
  target.dispatchEvent(event);
  return event;
}

runFormControlTests(dateFieldFixture);

describe('bf-date-field', () => {
  describe('three labelled boxes in one group', () => {
    it('asks for day, month and year, in that order, each labelled, as numbers', async () => {
      const field = await inForm(
        html`<bf-date-field label="Date of birth" name="birth"></bf-date-field>`,
      );
      const inputs = boxes(field);
      expect(inputs.map((input) => input.labels?.[0]?.textContent)).to.deep.equal([
        'Day',
        'Month',
        'Year',
      ]);
      for (const input of inputs) {
        expect(input.type).to.equal('text');
        expect(input.inputMode).to.equal('numeric');
        expect(input.name, 'the boxes are not submitted themselves').to.equal('');
        expect(input.getRootNode() === document, 'the boxes are in light DOM').to.equal(true);
      }
      // In the document's order too, so that Tab and screen readers go day, month, year.
      const order = [...field.querySelectorAll('input:not([type="hidden"])')];
      expect(order).to.deep.equal(inputs);
    });

    it('is a group named by its label and described by its hint', async () => {
      const field = await inForm(
        html`<bf-date-field label="Date of birth" name="birth" required></bf-date-field>`,
      );
      expect(field.getAttribute('role')).to.equal('group');
      expect(referenced(field, 'aria-labelledby')).to.equal('Date of birth');
      expect(referenced(field, 'aria-describedby')).to.equal('For example, 27 3 2007');
    });

    it('gives its boxes widths for 2, 2 and 4 digits, at least 44 px each', async () => {
      const field = await inForm(html`<bf-date-field label="Date" name="date"></bf-date-field>`);
      const [day, month, year] = boxes(field).map((input) => input.getBoundingClientRect());
      expect(day!.width).to.equal(month!.width);
      expect(year!.width).to.be.greaterThan(day!.width);
      for (const rect of [day!, month!, year!]) {
        expect(rect.width).to.be.at.least(44);
        expect(rect.height).to.be.at.least(44);
      }
      const digits = box(field, 'year');
      digits.value = '2007';
      expect(digits.scrollWidth, 'four digits fit in the year box').to.be.at.most(
        digits.clientWidth,
      );
    });

    it('keeps its target size, focus ring and error border against page styles for inputs', async () => {
      const style = document.createElement('style');
      style.textContent =
        'input { min-height: 0; min-width: 0; margin: 1rem; outline: none; border: 1px solid #ccc; }';
      document.head.append(style);
      try {
        const field = await inForm(
          html`<bf-date-field label="Date" name="date" required></bf-date-field>`,
        );
        const day = box(field, 'day');
        expect(day.getBoundingClientRect().height).to.be.at.least(44);
        expect(getComputedStyle(day).marginTop).to.equal('0px');
        await submit(field);
        expect(parseFloat(getComputedStyle(day).borderTopWidth), 'thicker border').to.equal(2);
        day.focus({ focusVisible: true } as FocusOptions);
        // Focus from a script shows no ring in every browser; the keyboard tests cover Tab.
        if (day.matches(':focus-visible')) {
          expect(getComputedStyle(day).outlineStyle).to.equal('solid');
        }
      } finally {
        style.remove();
      }
    });

    it('speaks the page language: labels, example and "optional"', async () => {
      const expected = {
        nl: ['Dag', 'Maand', 'Jaar', 'Bijvoorbeeld 27 3 2007', '(niet verplicht)'],
        fr: ['Jour', 'Mois', 'Année', 'Par exemple, 27 3 2007', '(facultatif)'],
        de: ['Tag', 'Monat', 'Jahr', 'Zum Beispiel 27 3 2007', '(freiwillig)'],
        en: ['Day', 'Month', 'Year', 'For example, 27 3 2007', '(optional)'],
      };
      await forEachLocale(async (locale) => {
        const field = await fixture<BfDateField>(
          html`<bf-date-field label="Datum" name="date"></bf-date-field>`,
        );
        await field.updateComplete;
        await settle();
        const [day, month, year, example, optional] = expected[locale];
        expect(boxes(field).map((input) => input.labels?.[0]?.textContent)).to.deep.equal([
          day,
          month,
          year,
        ]);
        expect(referenced(field, 'aria-describedby'), locale).to.equal(example);
        expect(referenced(field, 'aria-labelledby'), locale).to.equal(`Datum ${optional}`);
      });
    });

    it('shows the hint the page gives instead of the example', async () => {
      const field = await inForm(
        html`<bf-date-field
          label="Start"
          name="start"
          hint="The first day of the contract, for example 1 9 2026"
        ></bf-date-field>`,
      );
      expect(referenced(field, 'aria-describedby')).to.equal(
        'The first day of the contract, for example 1 9 2026',
      );
    });

    it('lets browsers fill a date of birth: autocomplete="bday" gives bday-day, -month, -year', async () => {
      const field = await inForm(
        html`<bf-date-field
          label="Date of birth"
          name="birth"
          autocomplete="bday"
        ></bf-date-field>`,
      );
      expect(boxes(field).map((input) => input.getAttribute('autocomplete'))).to.deep.equal([
        'bday-day',
        'bday-month',
        'bday-year',
      ]);
      field.autocomplete = 'section-child bday';
      await field.updateComplete;
      expect(box(field, 'year').getAttribute('autocomplete')).to.equal('section-child bday-year');
      field.autocomplete = 'off';
      await field.updateComplete;
      expect(boxes(field).map((input) => input.getAttribute('autocomplete'))).to.deep.equal([
        'off',
        'off',
        'off',
      ]);
      const warnings = await warningsOf(async () => {
        field.autocomplete = 'postal-code';
        await field.updateComplete;
      });
      expect(warnings.join()).to.contain('autocomplete="postal-code" does not fit a date');
      expect(box(field, 'day').hasAttribute('autocomplete')).to.equal(false);
    });
  });

  describe('its value', () => {
    it('shows the value attribute in the boxes, as people write it, and submits it as ISO', async () => {
      const field = await inForm(
        html`<bf-date-field label="Date" name="date" value="2007-03-05"></bf-date-field>`,
      );
      expect(shown(field)).to.deep.equal(['5', '3', '2007']);
      expect(field.value).to.equal('2007-03-05');
      expect(field.defaultValue).to.equal('2007-03-05');
      expect([...new FormData(field.form!)]).to.deep.equal([['date', '2007-03-05']]);
    });

    it('submits what is typed as one ISO date under its name', async () => {
      const field = await inForm(html`<bf-date-field label="Date" name="date"></bf-date-field>`);
      await type(field, { day: '27', month: '3', year: '2007' });
      expect(field.value).to.equal('2007-03-27');
      expect((await submit(field))?.getAll('date')).to.deep.equal(['2007-03-27']);
    });

    it('is empty while the date is unfinished or not real, and keeps what was typed', async () => {
      const field = await inForm(html`<bf-date-field label="Date" name="date"></bf-date-field>`);
      await type(field, { day: '31', month: '4' });
      expect(field.value).to.equal('');
      expect(new FormData(field.form!).get('date')).to.equal('');
      await type(field, { year: '2007' });
      expect(field.value, '31 April does not exist').to.equal('');
      expect(shown(field)).to.deep.equal(['31', '4', '2007']);
      await type(field, { day: '30' });
      expect(field.value).to.equal('2007-04-30');
    });

    it('fills the boxes when a script sets value, and the value attribute no longer applies', async () => {
      const field = await inForm(
        html`<bf-date-field label="Date" name="date" value="2001-01-01"></bf-date-field>`,
      );
      field.value = '2024-02-29';
      expect(shown(field)).to.deep.equal(['29', '2', '2024']);
      field.setAttribute('value', '1999-12-31');
      await field.updateComplete;
      expect(field.value).to.equal('2024-02-29');
      expect(field.defaultValue).to.equal('1999-12-31');
      field.value = '';
      expect(shown(field)).to.deep.equal(['', '', '']);
    });

    it('follows the value attribute until someone types', async () => {
      const field = await inForm(
        html`<bf-date-field label="Date" name="date" value="2001-01-01"></bf-date-field>`,
      );
      field.setAttribute('value', '2002-02-02');
      await field.updateComplete;
      expect(shown(field)).to.deep.equal(['2', '2', '2002']);
      await type(field, { day: '3' });
      field.setAttribute('value', '2003-03-03');
      await field.updateComplete;
      expect(shown(field)).to.deep.equal(['3', '2', '2002']);
    });

    it('takes a value set before it is in the page', async () => {
      const field = document.createElement('bf-date-field');
      field.name = 'date';
      field.label = 'Date';
      field.value = '2010-10-10';
      const form = await fixture<HTMLFormElement>(html`<form></form>`);
      form.append(field);
      await field.updateComplete;
      await field.updateComplete;
      expect(shown(field)).to.deep.equal(['10', '10', '2010']);
      expect(new FormData(form).get('date')).to.equal('2010-10-10');
    });

    it('returns to the value attribute on reset, with no error shown', async () => {
      const field = await inForm(
        html`<bf-date-field label="Date" name="date" value="2007-03-27" required></bf-date-field>`,
      );
      await type(field, { day: '', month: '' });
      await submit(field);
      expect(errorOf(field)).to.not.equal('');
      field.form!.reset();
      await settle();
      expect(shown(field)).to.deep.equal(['27', '3', '2007']);
      expect(field.value).to.equal('2007-03-27');
      expect(errorOf(field)).to.equal('');
      expect(invalidParts(field)).to.deep.equal([]);
    });

    it('warns about a value attribute that is not an ISO date, and shows what it can read', async () => {
      let field!: BfDateField;
      const warnings = await warningsOf(async () => {
        field = await inForm(
          html`<bf-date-field label="Date" name="date" value="31/04/2007"></bf-date-field>`,
        );
      });
      expect(warnings.join()).to.contain('"31/04/2007" is not a real date in the form YYYY-MM-DD');
      expect(shown(field)).to.deep.equal(['31', '04', '2007']);
      expect(field.value).to.equal('');
      const unreadable = await warningsOf(async () => {
        field.value = 'tomorrow';
      });
      expect(unreadable.join()).to.contain('"tomorrow" is not a real date');
      expect(shown(field)).to.deep.equal(['', '', '']);
    });
  });

  describe('its checks and messages', () => {
    it('is valid when empty and not required, invalid when required', async () => {
      const field = await inForm(html`<bf-date-field label="Date" name="date"></bf-date-field>`);
      expect(field.checkValidity()).to.equal(true);
      field.required = true;
      await field.updateComplete;
      expect(field.checkValidity()).to.equal(false);
      expect(field.validationMessage).to.equal('Enter the date.');
    });

    it('says what is missing or wrong, naming the date as the page asks', async () => {
      const field = await inForm(
        html`<bf-date-field
          label="Date of birth"
          name="birth"
          date-name="the date of birth"
        ></bf-date-field>`,
      );
      const cases: [Partial<Record<Part, string>>, string, Part[]][] = [
        [{ day: '27', month: '3', year: '' }, 'The date of birth must include a year.', ['year']],
        [
          { day: '', month: '', year: '2007' },
          'The date of birth must include a day and a month.',
          ['day', 'month'],
        ],
        [
          { day: '32', month: '3', year: '2007' },
          'The date of birth must have a day from 1 to 31.',
          ['day'],
        ],
        [
          { day: '27', month: '13', year: '2007' },
          'The date of birth must have a month from 1 to 12.',
          ['month'],
        ],
        [
          { day: '27', month: '3', year: '07' },
          'The date of birth must have a year with 4 digits.',
          ['year'],
        ],
        [
          { day: 'x', month: 'y', year: '2007' },
          'The date of birth must be a real date.',
          ['day', 'month'],
        ],
        [
          { day: '31', month: '4', year: '2007' },
          'The date of birth must be a real date: April has only 30 days.',
          ['day'],
        ],
        [
          { day: '29', month: '2', year: '2023' },
          'The date of birth must be a real date: February 2023 has only 28 days.',
          ['day'],
        ],
      ];
      for (const [values, message] of cases) {
        await type(field, values);
        expect(field.validationMessage, JSON.stringify(values)).to.equal(message);
      }
    });

    it('marks only the boxes in error, once an attempt to submit failed', async () => {
      const field = await inForm(
        html`<bf-date-field label="Date of birth" name="birth" min="1900-01-01"></bf-date-field>`,
      );
      await type(field, { day: '27', month: '3' });
      expect(invalidParts(field), 'nothing marked while typing').to.deep.equal([]);
      expect(await submit(field), 'an unfinished date stops the form').to.equal(null);
      expect(invalidParts(field)).to.deep.equal(['year']);
      expect(errorOf(field)).to.equal('Error: The date must include a year.');
      expect(referenced(field, 'aria-describedby')).to.contain('The date must include a year.');
      await type(field, { year: '1899' });
      expect(invalidParts(field), 'a date too early: the whole date').to.deep.equal(parts);
      expect(errorOf(field)).to.equal('Error: The date must be 1 January 1900 or later.');
      await type(field, { year: '1999' });
      expect(invalidParts(field)).to.deep.equal([]);
      expect(errorOf(field)).to.equal('');
    });

    it('puts the message on the first box in error, which takes focus', async () => {
      const field = await inForm(html`<bf-date-field label="Date" name="date"></bf-date-field>`);
      await type(field, { day: '27', month: '3' });
      const reported: Element[][] = [];
      field.form!.addEventListener('bf-form-invalid', (event) =>
        reported.push((event as CustomEvent<{ controls: Element[] }>).detail.controls),
      );
      await submit(field);
      expect(reported).to.deep.equal([[box(field, 'year')]]);
      expect(document.activeElement === box(field, 'year'), 'focus on the year box').to.equal(true);
      expect(box(field, 'year').validationMessage).to.equal('The date must include a year.');
      expect(box(field, 'day').validationMessage).to.equal('');
      expect(field.validity!.valid).to.equal(false);
    });

    it('does not show an error when focus moves between its boxes, only when it leaves them', async () => {
      const field = await inForm(
        html`<bf-date-field label="Date" name="date" required></bf-date-field
          ><input aria-label="After" />`,
      );
      await submit(field);
      await type(field, { day: '27' });
      box(field, 'day').dispatchEvent(
        new FocusEvent('blur', { relatedTarget: box(field, 'month') }),
      );
      await field.updateComplete;
      expect(errorOf(field), 'updated while shown').to.equal(
        'Error: The date must include a month and a year.',
      );
      field.form!.reset();
      await settle();
      await submit(field);
      field.form!.reset();
      await settle();
      expect(errorOf(field)).to.equal('');
    });

    it('holds the date between min and max, written out in the page language', async () => {
      const messages = {
        nl: 'De datum moet tussen 1 januari 2000 en 31 december 2025 liggen.',
        fr: 'La date doit être entre le 1 janvier 2000 et le 31 décembre 2025.',
        de: 'Das Datum muss zwischen dem 1. Januar 2000 und dem 31. Dezember 2025 liegen.',
        en: 'The date must be between 1 January 2000 and 31 December 2025.',
      };
      await forEachLocale(async (locale) => {
        const field = await fixture<BfDateField>(
          html`<bf-date-field
            label="Datum"
            name="date"
            min="2000-01-01"
            max="2025-12-31"
            value="1999-12-31"
          ></bf-date-field>`,
        );
        await field.updateComplete;
        await settle();
        expect(field.value, 'a real date outside the range is still the value').to.equal(
          '1999-12-31',
        );
        expect(field.validationMessage, locale).to.equal(messages[locale]);
      });
      const field = await inForm(
        html`<bf-date-field
          label="Date"
          name="date"
          max="2025-12-31"
          value="2026-01-01"
        ></bf-date-field>`,
      );
      expect(field.validationMessage).to.equal('The date must be 31 December 2025 or earlier.');
      field.max = '';
      field.min = '2027-01-01';
      await field.updateComplete;
      expect(field.validationMessage).to.equal('The date must be 1 January 2027 or later.');
    });

    it('holds the date in the past or the future, with messages in every language', async () => {
      const messages = {
        nl: [
          'De geboortedatum moet in het verleden liggen.',
          'De geboortedatum moet in de toekomst liggen.',
          'De geboortedatum mag niet in de toekomst liggen.',
          'De geboortedatum mag niet in het verleden liggen.',
        ],
        fr: [
          'La date de naissance doit être dans le passé.',
          'La date de naissance doit être dans le futur.',
          'La date de naissance ne peut pas être dans le futur.',
          'La date de naissance ne peut pas être dans le passé.',
        ],
        de: [
          'Das Geburtsdatum muss in der Vergangenheit liegen.',
          'Das Geburtsdatum muss in der Zukunft liegen.',
          'Das Geburtsdatum darf nicht in der Zukunft liegen.',
          'Das Geburtsdatum darf nicht in der Vergangenheit liegen.',
        ],
        en: [
          'The date of birth must be in the past.',
          'The date of birth must be in the future.',
          'The date of birth must be today or in the past.',
          'The date of birth must be today or in the future.',
        ],
      };
      const names = {
        nl: 'de geboortedatum',
        fr: 'la date de naissance',
        de: 'das Geburtsdatum',
        en: 'the date of birth',
      };
      await forEachLocale(async (locale) => {
        const field = await fixture<BfDateField>(
          html`<bf-date-field
            label="?"
            name="birth"
            date-name=${names[locale]}
            must-be="past"
            value="9999-01-01"
          ></bf-date-field>`,
        );
        await field.updateComplete;
        await settle();
        const seen = [field.validationMessage];
        field.mustBe = 'future';
        field.value = '1900-01-01';
        await field.updateComplete;
        seen.push(field.validationMessage);
        field.mustBe = 'today-or-past';
        field.value = '9999-01-01';
        await field.updateComplete;
        seen.push(field.validationMessage);
        field.mustBe = 'today-or-future';
        field.value = '1900-01-01';
        await field.updateComplete;
        seen.push(field.validationMessage);
        expect(seen, locale).to.deep.equal(messages[locale]);
      });
    });

    it('accepts today for today-or-past and today-or-future, in the user’s time zone', async () => {
      const now = new Date();
      const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
        .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
        .join('-');
      const field = await inForm(
        html`<bf-date-field
          label="Date"
          name="date"
          must-be="today-or-past"
          value=${today}
        ></bf-date-field>`,
      );
      expect(field.checkValidity()).to.equal(true);
      field.mustBe = 'past';
      await field.updateComplete;
      expect(field.checkValidity()).to.equal(false);
    });

    it('says what is wrong in every language, months written out', async () => {
      const messages = {
        nl: [
          'Vul de datum in.',
          'De datum moet een jaar bevatten.',
          'De datum moet een bestaande datum zijn: april heeft maar 30 dagen.',
          'De datum moet een bestaande datum zijn: februari 2023 heeft maar 28 dagen.',
        ],
        fr: [
          'Indiquez la date.',
          'La date doit comporter une année.',
          "La date doit être une date qui existe\u00a0: avril n'a que 30 jours.",
          "La date doit être une date qui existe\u00a0: février 2023 n'a que 28 jours.",
        ],
        de: [
          'Das Datum fehlt.',
          'Das Datum muss ein Jahr enthalten.',
          'Das Datum muss ein Datum sein, das es gibt: Der April hat nur 30 Tage.',
          'Das Datum muss ein Datum sein, das es gibt: Der Februar 2023 hat nur 28 Tage.',
        ],
        en: [
          'Enter the date.',
          'The date must include a year.',
          'The date must be a real date: April has only 30 days.',
          'The date must be a real date: February 2023 has only 28 days.',
        ],
      };
      await forEachLocale(async (locale) => {
        const field = await fixture<BfDateField>(
          html`<bf-date-field label="?" name="date" required></bf-date-field>`,
        );
        await field.updateComplete;
        await settle();
        const seen = [field.validationMessage];
        await type(field, { day: '31', month: '4' });
        seen.push(field.validationMessage);
        await type(field, { year: '2007' });
        seen.push(field.validationMessage);
        await type(field, { day: '29', month: '2', year: '2023' });
        seen.push(field.validationMessage);
        expect(seen, locale).to.deep.equal(messages[locale]);
      });
    });

    it('takes the name of the date per language from strings, and registered text', async () => {
      const field = await inForm(
        html`<bf-date-field
          label="Geboortedatum"
          name="birth"
          required
          strings='{"nl": {"dateName": "uw geboortedatum"}, "fr": {"dateName": "votre date de naissance"}}'
        ></bf-date-field>`,
        'nl-BE',
      );
      expect(field.validationMessage).to.equal('Vul uw geboortedatum in.');
      field.form!.lang = 'fr-BE';
      await settle();
      expect(field.validationMessage).to.equal('Indiquez votre date de naissance.');
      registerStrings('de', { 'bf-date-field': { valueMissing: 'Bitte {name} angeben.' } });
      field.form!.lang = 'de-BE';
      await settle();
      expect(field.validationMessage).to.equal('Bitte das Datum angeben.');
    });

    it('takes a message of the page, for the whole date', async () => {
      const field = await inForm(
        html`<bf-date-field label="Date" name="date" value="2007-03-27"></bf-date-field>`,
      );
      field.setCustomValidity('You were not yet 18 on that day.');
      expect(field.checkValidity()).to.equal(false);
      await submit(field);
      expect(invalidParts(field)).to.deep.equal(parts);
      expect(errorOf(field)).to.equal('Error: You were not yet 18 on that day.');
      field.setCustomValidity('');
      expect(field.checkValidity()).to.equal(true);
    });

    it('shows an error the server wrote inside it, on the whole date, until the date changes', async () => {
      const field = await inForm(
        html`<bf-date-field label="Date" name="date" value="2007-03-27"
          ><p slot="error">You were not yet 18 on that day.</p></bf-date-field
        >`,
      );
      expect(errorOf(field)).to.equal('Error: You were not yet 18 on that day.');
      expect(invalidParts(field)).to.deep.equal(parts);
      expect(field.checkValidity()).to.equal(false);
      await type(field, { year: '1990' });
      expect(errorOf(field)).to.equal('');
      expect(field.checkValidity()).to.equal(true);
    });

    it('warns about min, max and must-be it cannot use, and ignores them', async () => {
      let field!: BfDateField;
      const warnings = await warningsOf(async () => {
        field = await inForm(
          html`<bf-date-field
            label="Date"
            name="date"
            min="1-1-2000"
            max="2023-02-29"
            must-be="later"
            value="1900-01-01"
          ></bf-date-field>`,
        );
      });
      expect(warnings.join('\n')).to.contain('min="1-1-2000" is not a real date');
      expect(warnings.join('\n')).to.contain('max="2023-02-29" is not a real date');
      expect(warnings.join('\n')).to.contain('must-be="later" is not one of');
      expect(field.checkValidity()).to.equal(true);
      const crossed = await warningsOf(async () => {
        field.min = '2020-01-01';
        field.max = '2010-01-01';
        await field.updateComplete;
      });
      expect(crossed.join()).to.contain('min="2020-01-01" is after max="2010-01-01"');
      expect(field.checkValidity()).to.equal(true);
    });
  });

  describe('nothing typed is lost', () => {
    it('keeps an unfinished date through a language switch, a re-render and attribute changes', async () => {
      const field = await inForm(
        html`<bf-date-field label="Date" name="date" required></bf-date-field>`,
      );
      await type(field, { day: '31', month: '4' });
      await submit(field);
      expect(errorOf(field)).to.equal('Error: The date must include a year.');
      field.form!.lang = 'nl-BE';
      await settle();
      expect(shown(field)).to.deep.equal(['31', '4', '']);
      expect(errorOf(field)).to.equal('Fout: De datum moet een jaar bevatten.');
      expect(box(field, 'day').labels?.[0]?.textContent).to.equal('Dag');
      field.label = 'Geboortedatum';
      field.min = '1900-01-01';
      field.required = false;
      field.requestUpdate();
      await field.updateComplete;
      expect(shown(field)).to.deep.equal(['31', '4', '']);
    });
  });

  describe('pasting a whole date', () => {
    const cases: [string, string[]][] = [
      ['27/03/2007', ['27', '03', '2007']],
      ['27.03.2007', ['27', '03', '2007']],
      ['2007-03-27', ['27', '03', '2007']],
      ['27 3 2007', ['27', '3', '2007']],
    ];
    for (const [text, expected] of cases) {
      it(`splits "${text}" over the three boxes`, async () => {
        const field = await inForm(html`<bf-date-field label="Date" name="date"></bf-date-field>`);
        const inputs: Event[] = [];
        field.addEventListener('input', (event) => inputs.push(event));
        box(field, 'day').focus();
        const event = paste(box(field, 'day'), text);
        await field.updateComplete;
        expect(event.defaultPrevented).to.equal(true);
        expect(shown(field)).to.deep.equal(expected);
        expect(field.value).to.equal('2007-03-27');
        expect(inputs.length, 'one input event, as for any paste').to.equal(1);
        expect(document.activeElement === box(field, 'year'), 'caret after the year').to.equal(
          true,
        );
      });
    }

    it('pastes anything else as usual', async () => {
      const field = await inForm(html`<bf-date-field label="Date" name="date"></bf-date-field>`);
      expect(paste(box(field, 'day'), '27').defaultPrevented).to.equal(false);
      expect(paste(box(field, 'year'), '27 maart').defaultPrevented).to.equal(false);
    });

    it('changes nothing in a read-only field', async () => {
      const field = await inForm(
        html`<bf-date-field label="Date" name="date" readonly value="2001-01-01"></bf-date-field>`,
      );
      expect(paste(box(field, 'day'), '27/03/2007').defaultPrevented).to.equal(false);
      expect(shown(field)).to.deep.equal(['1', '1', '2001']);
    });
  });

  describe('in a form', () => {
    it('disables and locks its boxes with the field', async () => {
      const field = await inForm(
        html`<bf-date-field label="Date" name="date" value="2001-01-01" disabled></bf-date-field>`,
      );
      expect(boxes(field).every((input) => input.disabled)).to.equal(true);
      expect(new FormData(field.form!).has('date')).to.equal(false);
      field.disabled = false;
      field.readonly = true;
      await field.updateComplete;
      expect(boxes(field).map((input) => [input.disabled, input.readOnly])).to.deep.equal([
        [false, true],
        [false, true],
        [false, true],
      ]);
      expect(new FormData(field.form!).get('date')).to.equal('2001-01-01');
    });

    it('joins the form named by its form attribute, boxes included', async () => {
      const wrapper = await fixture(
        html`<div>
          <form id="moving"></form>
          <bf-date-field label="Date" name="date" form="moving" required></bf-date-field>
        </div>`,
      );
      const field = wrapper.querySelector('bf-date-field')!;
      await field.updateComplete;
      const form = wrapper.querySelector('form')!;
      expect(field.form === form).to.equal(true);
      expect(boxes(field).every((input) => input.form === form)).to.equal(true);
      expect(form.checkValidity(), 'its check stops that form').to.equal(false);
    });

    it('takes over an input the page wrote for browsers without JavaScript', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form lang="nl-BE">
          <bf-date-field name="birth"
            ><label for="birth-plain">Geboortedatum</label
            ><input id="birth-plain" name="birth" value="2007-03-27"
          /></bf-date-field>
        </form>`,
      );
      const field = form.querySelector('bf-date-field')!;
      await field.updateComplete;
      await settle();
      const plain = form.querySelector<HTMLInputElement>('#birth-plain')!;
      expect(field.control === plain).to.equal(true);
      expect(plain.type).to.equal('hidden');
      expect(shown(field)).to.deep.equal(['27', '3', '2007']);
      expect(referenced(field, 'aria-labelledby')).to.equal('Geboortedatum (niet verplicht)');
      expect([...new FormData(form)]).to.deep.equal([['birth', '2007-03-27']]);
    });
  });
});

// What <bf-date-field> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox).
// A server renders the shadow root only: the label, hint and boxes are light-DOM nodes (ADR 13)
// that the element makes when its script runs. Until then the shadow root shows stand-ins of the
// same size (the question, the hint, the boxes' labels, room for the boxes), so nothing moves.
// A page that writes a plain input inside for browsers without JavaScript (ADR 17) changes once,
// when the boxes replace it; date-field.test.ts tests that take-over.
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, findAll, readableText, shadowRoot } from '../ssr/html.mjs';

/** The named slots the date field lays out, in order, then the default slot. */
const slots = [
  'label',
  'hint',
  'error',
  'day-label',
  'day',
  'month-label',
  'month',
  'year-label',
  'year',
  null,
];

function layout(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-date-field> has no declarative shadow root');
  assert.deepEqual(
    findAll(root, 'slot').map((slot) => attr(slot, 'name')),
    slots,
  );
  return root;
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'date-field',
    serverLang: 'nl-BE',
    lightDomEnhanced: true,
    template: html`<bf-date-field
      label="Geboortedatum"
      name="birth"
      value="2007-03-27"
      autocomplete="bday"
      must-be="past"
      required
    ></bf-date-field>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-date-field');
      const root = layout(host);
      const standIns = findAll(root, 'span').map((span) => readableText(span));
      assert.deepEqual(standIns, [
        'Geboortedatum',
        'Bijvoorbeeld 27 3 2007',
        'Dag',
        '',
        'Maand',
        '',
        'Jaar',
        '',
      ]);
      // What the script needs to build the field is still on the element.
      assert.equal(attr(host, 'label'), 'Geboortedatum');
      assert.equal(attr(host, 'name'), 'birth');
      assert.equal(attr(host, 'value'), '2007-03-27');
      assert.equal(attr(host, 'required'), '');
      assert.equal(attr(host, 'data-bf-ssr'), '');
    },
  },
  {
    name: 'date-field-disabled-de',
    serverLang: 'de-BE',
    lightDomEnhanced: true,
    template: html`<bf-date-field label="Geburtsdatum" name="birth" disabled></bf-date-field>`,
    check({ fragment }) {
      const root = layout(find(fragment, 'bf-date-field'));
      // Not required: "optional" in words, in the server's language.
      assert.equal(readableText(find(root, 'span')), 'Geburtsdatum (freiwillig)');
    },
  },
];

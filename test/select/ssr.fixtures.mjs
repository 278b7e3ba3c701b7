// What <bf-select> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox;
// test/select/no-js.test.ts uses them without the script).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, findAll, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

/** The slots of a select's declarative shadow root, by name ('' for the default slot). */
function slots(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-select> has no declarative shadow root');
  return new Map(findAll(root, 'slot').map((slot) => [attr(slot, 'name') ?? '', slot]));
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    // The markup that works, and looks final, before and without JavaScript: the page writes the
    // label, the hint and the select into the slots the server's shadow root lays out.
    name: 'select-written-in-the-markup',
    serverLang: 'nl-BE',
    lightDomEnhanced: true,
    template: html`<form action="/adres" method="get">
      <bf-select>
        <label slot="label" for="province">Provincie</label>
        <p slot="hint" id="province-hint">De provincie waar u woont.</p>
        <select
          slot="control"
          id="province"
          name="province"
          aria-describedby="province-hint"
          required
        >
          <option value="">Maak een keuze</option>
          <option value="VAN">Antwerpen</option>
          <option value="VLI" selected>Limburg</option>
        </select>
      </bf-select>
      <button type="submit">Verzenden</button>
    </form>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-select');
      const byName = slots(host);
      for (const name of ['', 'label', 'hint', 'error', 'control']) {
        assert.ok(byName.has(name), `no ${name || 'default'} slot`);
      }
      const box = find(shadowRoot(host), 'div', (div) => attr(div, 'part') === 'box');
      assert.ok(box, 'no box part');
      assert.ok(find(box, 'slot', (slot) => attr(slot, 'name') === 'control'));
      // The arrow is decoration.
      const arrow = find(box, 'span', (span) => attr(span, 'part') === 'arrow');
      assert.equal(attr(arrow, 'aria-hidden'), 'true');
      // The page's own label and select are there, untouched, as the browser needs them.
      const light = lightDom(host);
      const select = find(light, 'select');
      assert.equal(attr(select, 'name'), 'province');
      assert.notEqual(attr(select, 'required'), null);
      assert.equal(findAll(select, 'option').length, 3);
      assert.equal(attr(find(light, 'label'), 'for'), 'province');
      assert.equal(readableText(find(light, 'label')), 'Provincie');
    },
  },
  {
    // Without slots, the page's label and select show through the default slot until the
    // script places them.
    name: 'select-written-without-slots',
    serverLang: 'nl-BE',
    lightDomEnhanced: true,
    sizeChanges: 'the label and the select go from one line into their slots',
    template: html`<bf-select>
      <label for="municipality">Gemeente</label>
      <select id="municipality" name="municipality" required>
        <option value="">Maak een keuze</option>
        <option value="44021">Gent</option>
      </select>
    </bf-select>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-select');
      assert.ok(slots(host).has(''), 'the default slot shows what the page wrote');
      assert.equal(attr(find(lightDom(host), 'select'), 'name'), 'municipality');
    },
  },
  {
    // Options only: the server keeps them for the browser to move into the select it creates.
    name: 'select-options-only',
    serverLang: 'fr-BE',
    lightDomEnhanced: true,
    sizeChanges: 'the label and the select are created by the script',
    template: html`<bf-select label="Province" name="province" placeholder required>
      <optgroup label="Région wallonne">
        <option value="WLG">Liège</option>
        <option value="WNA">Namur</option>
      </optgroup>
    </bf-select>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-select');
      assert.equal(attr(host, 'name'), 'province');
      assert.equal(attr(host, 'placeholder'), '');
      assert.ok(slots(host).has(''));
      assert.equal(findAll(lightDom(host), 'option').length, 2);
    },
  },
  {
    name: 'select-disabled',
    serverLang: 'de-BE',
    lightDomEnhanced: true,
    sizeChanges: 'the label and the select are created by the script',
    template: html`<bf-select label="Provinz" value="WLG" disabled>
      <option value="WLG">Lüttich</option>
    </bf-select>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-select');
      assert.notEqual(attr(host, 'disabled'), null);
      assert.ok(slots(host).has('control'));
    },
  },
];

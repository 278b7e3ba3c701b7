// What <bf-radio-group> must look like when a server renders it (test/ssr/ssr.test.mjs checks
// each fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox).
// A server writes the native radios and labels itself, in their slots: the question then works
// with no script at all (the browser groups the radios, moves with the arrow keys, submits), and
// the script changes nothing in the page when it runs.
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, findAll, readableText, shadowRoot } from '../ssr/html.mjs';

/** The fieldset in a group's declarative shadow root. */
function fieldset(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-radio-group> has no declarative shadow root');
  const element = find(root, 'fieldset');
  assert.ok(element, 'no <fieldset> in the shadow root');
  return element;
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    // The question is the legend from the first byte: a screen reader names the group before
    // any script runs. "(niet verplicht)" follows the server's language.
    name: 'radio-group',
    serverLang: 'nl-BE',
    template: html`<form action="/submitted" method="get">
      <bf-radio-group label="In welke taal wilt u uw brieven?" name="language">
        <bf-radio value="nl"
          ><input
            slot="control"
            aria-invalid="false"
            type="radio"
            id="lang-nl"
            name="language"
            value="nl"
          /><label slot="label" for="lang-nl">Nederlands</label></bf-radio
        >
        <bf-radio value="fr"
          ><input
            slot="control"
            aria-invalid="false"
            type="radio"
            id="lang-fr"
            name="language"
            value="fr"
            aria-describedby="lang-fr-hint"
          /><label slot="label" for="lang-fr">Français</label>
          <div slot="hint" id="lang-fr-hint">Ook in Brussel</div></bf-radio
        >
      </bf-radio-group>
    </form>`,
    check({ fragment }) {
      const group = find(fragment, 'bf-radio-group');
      const legend = find(fieldset(group), 'legend');
      assert.equal(readableText(legend), 'In welke taal wilt u uw brieven? (niet verplicht)');
      assert.ok(find(fieldset(group), 'slot', (slot) => attr(slot, 'name') === null));
      const radios = findAll(group, 'bf-radio');
      assert.equal(radios.length, 2);
      for (const radio of radios) {
        const root = shadowRoot(radio);
        assert.ok(root, '<bf-radio> has a declarative shadow root');
        assert.ok(find(root, 'slot', (slot) => attr(slot, 'name') === 'control'));
        assert.ok(find(root, 'slot', (slot) => attr(slot, 'name') === 'label'));
      }
      assert.deepEqual(
        findAll(group, 'input').map((input) => [attr(input, 'name'), attr(input, 'value')]),
        [
          ['language', 'nl'],
          ['language', 'fr'],
        ],
      );
    },
  },
  {
    // Required: no "facultatif"; the chosen answer's follow-up question shows from the first byte.
    name: 'radio-group-required-follow-up',
    serverLang: 'fr-BE',
    template: html`<bf-radio-group
      label="Comment voulez-vous une réponse ?"
      name="contact"
      required
    >
      <bf-radio value="email" checked
        ><input
          slot="control"
          aria-invalid="false"
          type="radio"
          id="contact-email"
          name="contact"
          value="email"
          checked
          aria-controls="contact-email-more"
        /><label slot="label" for="contact-email">Par e-mail</label>
        <div slot="conditional" id="contact-email-more">
          <label for="email">Adresse e-mail</label><input id="email" name="email" />
        </div>
      </bf-radio>
      <bf-radio value="post"
        ><input
          slot="control"
          aria-invalid="false"
          type="radio"
          id="contact-post"
          name="contact"
          value="post"
        /><label slot="label" for="contact-post">Par la poste</label></bf-radio
      >
    </bf-radio-group>`,
    check({ fragment }) {
      const group = find(fragment, 'bf-radio-group');
      assert.equal(
        readableText(find(fieldset(group), 'legend')),
        'Comment voulez-vous une réponse ?',
      );
      const email = find(group, 'bf-radio');
      const wrapper = find(shadowRoot(email), 'div', (div) => attr(div, 'part') === 'conditional');
      assert.ok(wrapper, 'the follow-up question has its place');
      assert.equal(attr(wrapper, 'hidden'), null);
    },
  },
  {
    name: 'radio-group-disabled',
    serverLang: 'de-BE',
    template: html`<bf-radio-group label="Sprache" name="language-de" disabled>
      <bf-radio value="de"
        ><input
          slot="control"
          aria-invalid="false"
          type="radio"
          id="lang-de"
          name="language-de"
          value="de"
          disabled
        /><label slot="label" for="lang-de">Deutsch</label></bf-radio
      >
    </bf-radio-group>`,
    check({ fragment }) {
      const group = find(fragment, 'bf-radio-group');
      assert.equal(attr(group, 'disabled'), '');
      assert.equal(attr(fieldset(group), 'disabled'), '');
      // A disabled question says nothing about being optional: there is nothing to answer.
      assert.equal(readableText(find(fieldset(group), 'legend')), 'Sprache');
    },
  },
];

// What <bf-stepper> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox;
// test/stepper/no-js.test.ts shows them without the script).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, findAll, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

/** The list's name and the state words each language gets. */
export const serverText = {
  nl: { label: 'Stappen', complete: '(klaar)', upcoming: '(nog niet begonnen)' },
  fr: { label: 'Étapes', complete: '(terminée)', upcoming: '(pas encore commencée)' },
};

const builtFromChildren =
  'the server cannot see the steps, so it sends the list without "Step 2 of 5" and without the numbers in the marks; the script adds them';

/** The list in the stepper's shadow root: an <ol role="list"> that slots the steps. */
function list(host) {
  const root = shadowRoot(host);
  assert.ok(root, '<bf-stepper> has no declarative shadow root');
  const ol = find(root, 'ol');
  assert.ok(ol, 'an ordered list');
  assert.equal(attr(ol, 'role'), 'list');
  assert.ok(find(ol, 'slot'), 'the steps are slotted from the light DOM');
  return ol;
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'stepper',
    serverLang: 'nl-BE',
    builtFromChildren,
    sizeChanges: '"Step 2 of 5" is added above the steps once the script has counted them',
    template: html`<bf-stepper>
      <bf-stepper-step status="complete" href="/verhuizen/gegevens">Uw gegevens</bf-stepper-step>
      <bf-stepper-step status="current" href="/verhuizen/adres">Uw nieuwe adres</bf-stepper-step>
      <bf-stepper-step status="upcoming" href="/verhuizen/datum">Verhuisdatum</bf-stepper-step>
      <bf-stepper-step>Wie verhuist mee</bf-stepper-step>
      <bf-stepper-step>Controleren en versturen</bf-stepper-step>
    </bf-stepper>`,
    check({ fragment }) {
      const host = find(fragment, 'bf-stepper');
      assert.equal(attr(list(host), 'aria-label'), serverText.nl.label);
      const steps = findAll(fragment, 'bf-stepper-step');
      assert.equal(steps.length, 5);
      // Each step is a list item of that list in the HTML the server sends, and the current one
      // says so: no script needed.
      assert.deepEqual(
        steps.map((step) => [attr(step, 'role'), attr(step, 'aria-current')]),
        [
          ['listitem', null],
          ['listitem', 'step'],
          ['listitem', null],
          ['listitem', null],
          ['listitem', null],
        ],
      );
      const [done, current, next] = steps.map((step) => shadowRoot(step));
      // The step done is a working link back; the current step and the next are not links, even
      // with an address.
      assert.equal(attr(find(done, 'a'), 'href'), '/verhuizen/gegevens');
      assert.equal(find(current, 'a'), undefined);
      assert.equal(find(next, 'a'), undefined);
      assert.equal(readableText(find(done, 'a')).replace(/\s+/g, ''), serverText.nl.complete);
      assert.ok(readableText(next).includes(serverText.nl.upcoming));
      // The names are the page's own: in the light DOM, readable without the script.
      assert.equal(readableText(lightDom(steps[1])).trim(), 'Uw nieuwe adres');
      // The small-screen button exists, shown only once the script runs (:state(enhanced)).
      assert.equal(attr(find(shadowRoot(host), 'button'), 'aria-expanded'), 'false');
    },
  },
  {
    name: 'stepper-error-skipped',
    serverLang: 'fr-BE',
    builtFromChildren,
    sizeChanges: '"Step 2 of 5" is added above the steps once the script has counted them',
    template: html`<bf-stepper>
      <bf-stepper-step status="complete" href="/demenager/donnees">Vos données</bf-stepper-step>
      <bf-stepper-step status="error" href="/demenager/adresse"
        >Votre nouvelle adresse</bf-stepper-step
      >
      <bf-stepper-step status="skipped" href="/demenager/entreprise"
        >Votre entreprise</bf-stepper-step
      >
      <bf-stepper-step status="current">Vérifier et envoyer</bf-stepper-step>
    </bf-stepper>`,
    check({ fragment }) {
      assert.equal(attr(list(find(fragment, 'bf-stepper')), 'aria-label'), serverText.fr.label);
      const roots = findAll(fragment, 'bf-stepper-step').map((step) => shadowRoot(step));
      assert.deepEqual(
        roots.map((root) => (find(root, 'a') ? attr(find(root, 'a'), 'href') : null)),
        ['/demenager/donnees', '/demenager/adresse', '/demenager/entreprise', null],
      );
      assert.ok(readableText(roots[1]).includes('(corrigez votre réponse)'));
      assert.ok(readableText(roots[2]).includes('(pas nécessaire)'));
    },
  },
];

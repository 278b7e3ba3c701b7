// What a server-rendered <bf-select> does when its script never runs (scripts off, blocked or
// failed to load): the select the page wrote inside it is a labelled, working native select.
// This file never loads the component: the page has only the server's HTML and the stylesheets.
import { expect } from '@open-wc/testing';
import { ssrFixtures } from '../ssr/hydration-helpers.js';
import { withoutScript } from '../helpers/no-js.js';

const rendered = await ssrFixtures();

describe('bf-select without JavaScript', () => {
  const insert = withoutScript('bf-select', rendered);

  for (const name of ['select-written-in-the-markup', 'select-written-without-slots']) {
    it(`${name}: shows a labelled select that the form submits`, () => {
      const container = insert(name);
      const select = container.querySelector('select')!;
      const { width, height } = select.getBoundingClientRect();
      expect(width, 'the select is shown').to.be.greaterThan(0);
      expect(height).to.be.greaterThan(0);
      expect(select.labels!.length).to.equal(1);
      expect(
        select.labels![0]!.getBoundingClientRect().height,
        'the label is shown',
      ).to.be.greaterThan(0);
      const form = container.querySelector('form') ?? document.createElement('form');
      if (!select.form) {
        select.closest('bf-select')!.before(form);
        form.append(select.closest('bf-select')!);
      }
      expect(select.checkValidity(), 'the browser checks it itself').to.equal(select.value !== '');
      select.value = select.options[select.options.length - 1]!.value;
      expect(new FormData(select.form!).get(select.name)).to.equal(select.value);
    });
  }

  it('looks final: label, hint and box in place, the box at least 44 px high', () => {
    const container = insert('select-written-in-the-markup');
    const host = container.querySelector('bf-select')!;
    const label = host.querySelector('label')!.getBoundingClientRect();
    const hint = host.querySelector('[slot="hint"]')!.getBoundingClientRect();
    const box = host.shadowRoot!.querySelector('[part="box"]')!.getBoundingClientRect();
    expect(hint.top).to.be.at.least(label.bottom);
    expect(box.top).to.be.at.least(hint.bottom);
    expect(box.height).to.be.at.least(44);
    // The hint is linked by the page itself, so it is read before any script runs.
    const select = host.querySelector('select')!;
    expect(select.getAttribute('aria-describedby')).to.equal(
      host.querySelector('[slot="hint"]')!.id,
    );
  });
});

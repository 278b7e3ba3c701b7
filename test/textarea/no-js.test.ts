// What a server-rendered <bf-textarea> does when its script never runs (scripts off, blocked or
// failed to load): the textarea the page wrote inside it is a labelled, working native textarea.
// This file never loads the component: the page has only the server's HTML and the stylesheets.
import { expect } from '@open-wc/testing';
import { ssrFixtures } from '../ssr/hydration-helpers.js';
import { withoutScript } from '../helpers/no-js.js';

const rendered = await ssrFixtures();

describe('bf-textarea without JavaScript', () => {
  const insert = withoutScript('bf-textarea', rendered);

  it('shows a labelled textarea, in its box, that the form submits', () => {
    const container = insert('textarea-written-in-the-markup');
    const host = container.querySelector('bf-textarea')!;
    const textarea = host.querySelector('textarea')!;
    expect(textarea.labels!.length).to.equal(1);
    const box = host.shadowRoot!.querySelector('[part="box"]')!.getBoundingClientRect();
    const label = textarea.labels![0]!.getBoundingClientRect();
    expect(box.top).to.be.at.least(label.bottom);
    expect(box.height).to.be.at.least(4 * 16);
    expect(new FormData(textarea.form!).get('question')).to.equal('Ik ben verhuisd.');
  });

  it('keeps the browser’s own limit, since no count can show it', () => {
    const textarea = insert('textarea-with-a-limit').querySelector('textarea')!;
    expect(textarea.maxLength).to.equal(200);
  });
});

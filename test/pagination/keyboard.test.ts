// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/pagination';
import type { BfPagination } from '@belfry/components';
import {
  expectKeyActivation,
  expectTabOrder,
  hasFocus,
  press,
  focusOn,
} from '../helpers/keyboard.js';

const controls = (el: BfPagination) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('a[part], button[part]'),
];
const part = (el: BfPagination, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);

describe('bf-pagination with the keyboard', () => {
  it('stops on Previous, each page number and Next, in order, and not on the gaps', async () => {
    const el = await fixture<BfPagination>(
      html`<bf-pagination lang="en" current="6" total="12"></bf-pagination>`,
    );
    const stops = controls(el);
    expect(stops.map((stop) => stop.textContent!.trim())).to.deep.equal([
      'Previous page',
      '1',
      '5',
      '6',
      '7',
      '12',
      'Next page',
    ]);
    await expectTabOrder(stops);
  });

  it('goes on with Enter on Next, keeping focus on it', async () => {
    const el = await fixture<BfPagination>(
      html`<bf-pagination lang="en" current="1" total="4"></bf-pagination>`,
    );
    const event = await expectKeyActivation<CustomEvent>(part(el, 'next')!, 'Enter', {
      on: el,
      event: 'bf-page-change',
    });
    expect(event.detail).to.deep.equal({ page: 2 });
    await el.updateComplete;
    expect(hasFocus(part(el, 'next')!)).to.equal(true);
    await press('Enter');
    await el.updateComplete;
    expect(el.current).to.equal(3);
  });

  it('hands focus to the current page when Next is gone (the last page)', async () => {
    const el = await fixture<BfPagination>(
      html`<bf-pagination lang="en" current="3" total="4"></bf-pagination>`,
    );
    focusOn(part(el, 'next')!);
    await press(' ');
    await el.updateComplete;
    expect(part(el, 'next')).to.equal(null);
    const current = el.shadowRoot!.querySelector('[aria-current="page"]')!;
    expect(current.textContent!.trim()).to.equal('4');
    expect(hasFocus(current)).to.equal(true);
  });

  it('puts focus on the chosen page number, whatever the list became', async () => {
    const el = await fixture<BfPagination>(
      html`<bf-pagination lang="en" current="3" total="12"></bf-pagination>`,
    );
    focusOn(el.shadowRoot!.querySelector('[data-page="4"]')!);
    await press('Enter');
    await el.updateComplete;
    const current = el.shadowRoot!.querySelector('[aria-current="page"]')!;
    expect(current.textContent!.trim()).to.equal('4');
    expect(hasFocus(current)).to.equal(true);
  });

  it('follows a link with Enter', async () => {
    const el = await fixture<BfPagination>(
      html`<bf-pagination current="1" total="3" href-template="#kb-page-{page}"></bf-pagination>`,
    );
    await expectKeyActivation(part(el, 'next')!, 'Enter', { on: window, event: 'hashchange' });
    expect(location.hash).to.equal('#kb-page-2');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows a focus ring', async () => {
    const el = await fixture<BfPagination>(
      html`<bf-pagination current="1" total="3"></bf-pagination>`,
    );
    await expectTabOrder(controls(el));
    focusOn(part(el, 'next')!);
    const style = getComputedStyle(part(el, 'next')!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});

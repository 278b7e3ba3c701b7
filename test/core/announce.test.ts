import { expect, fixture, html } from '@open-wc/testing';
import { announce } from '@belfry/core';

const region = (politeness: 'polite' | 'assertive') =>
  document.querySelector<HTMLElement>(`[data-bf-announcer="${politeness}"]`);
const regions = (politeness: 'polite' | 'assertive') =>
  document.querySelectorAll(`[data-bf-announcer="${politeness}"]`);

describe('announce', () => {
  afterEach(() => {
    region('polite')?.replaceChildren();
    region('assertive')?.replaceChildren();
  });

  it('speaks through one polite live region for the whole page', async () => {
    await Promise.all([announce('3 results'), announce('Copied')]);
    await announce('Saved');
    expect(regions('polite')).to.have.length(1);
    const live = region('polite')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.getAttribute('aria-atomic')).to.equal('true');
    expect(live.parentElement).to.equal(document.body);
    expect(live.textContent!.trim()).to.equal('Saved');
  });

  it('reads messages sent together as one', async () => {
    await Promise.all([announce('Step 2 of 4'), announce('Your address')]);
    expect(region('polite')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Step 2 of 4 Your address',
    );
  });

  it('uses a separate assertive region only when asked to', async () => {
    await announce('The connection was lost', { politeness: 'assertive' });
    const live = region('assertive')!;
    expect(live.getAttribute('aria-live')).to.equal('assertive');
    expect(live.textContent!.trim()).to.equal('The connection was lost');
    expect(region('polite')?.textContent ?? '').to.equal('');
  });

  it('announces an identical message again: the region empties, then speaks', async () => {
    await announce('Copied');
    const changes: string[] = [];
    const observer = new MutationObserver(() =>
      changes.push(region('polite')!.textContent!.trim()),
    );
    observer.observe(region('polite')!, { childList: true, subtree: true, characterData: true });
    await announce('Copied');
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    expect(changes).to.deep.equal(['', 'Copied']);
  });

  it('gives each message its language', async () => {
    await Promise.all([announce('Chargement en cours', { lang: 'fr-BE' }), announce('Loading')]);
    const spans = region('polite')!.querySelectorAll('span');
    expect(spans[0]!.getAttribute('lang')).to.equal('fr-BE');
    expect(spans[1]!.hasAttribute('lang')).to.equal(false);
  });

  it('is hidden on screen but not from screen readers', async () => {
    await announce('Saved');
    const live = region('polite')!;
    const box = live.getBoundingClientRect();
    expect(box.width).to.be.at.most(1);
    expect(box.height).to.be.at.most(1);
    expect(live.hasAttribute('aria-hidden')).to.equal(false);
    expect(getComputedStyle(live).display).not.to.equal('none');
    expect(getComputedStyle(live).visibility).not.to.equal('hidden');
  });

  it('treats messages as text, never as markup', async () => {
    await announce('<img src=x onerror="window.__bfInjected=1">');
    expect(region('polite')!.querySelector('img')).to.equal(null);
    expect(region('polite')!.textContent).to.contain('<img');
  });

  it('ignores empty and non-text messages without throwing', async () => {
    await announce('Ready');
    await announce('   ');
    await announce(undefined as unknown as string);
    await announce({ toString: () => 'x' } as unknown as string);
    expect(region('polite')!.textContent!.trim()).to.equal('Ready');
  });

  it('moves into an open modal dialog, where assistive technology can still reach it', async () => {
    const dialog = await fixture<HTMLDialogElement>(
      html`<dialog aria-label="Confirm"><p>Sure?</p></dialog>`,
    );
    dialog.showModal();
    try {
      await announce('Copied');
      expect(dialog.contains(region('polite'))).to.equal(true);
    } finally {
      dialog.close();
    }
    await announce('Saved');
    expect(region('polite')!.parentElement).to.equal(document.body);
    expect(regions('polite')).to.have.length(1);
  });

  it('recreates its region when a page replaced the body content', async () => {
    await announce('One');
    region('polite')!.remove();
    await announce('Two');
    expect(regions('polite')).to.have.length(1);
    expect(region('polite')!.textContent!.trim()).to.equal('Two');
  });
});

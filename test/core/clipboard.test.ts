import { expect } from '@open-wc/testing';
import { copyText, registerStrings } from '@belfry/core';

const politeRegion = () => document.querySelector<HTMLElement>('[data-bf-announcer="polite"]');
const assertiveRegion = () =>
  document.querySelector<HTMLElement>('[data-bf-announcer="assertive"]');
const spoken = (region: HTMLElement | null) => (region?.textContent ?? '').trim();

/** Replaces `navigator.clipboard` for one test; gives back the original after. */
function withClipboard(value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
  return () => {
    if (own) Object.defineProperty(navigator, 'clipboard', own);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

/** Replaces `document.execCommand` for one test. */
function withExecCommand(result: boolean | 'throw', calls: string[] = []): () => void {
  const original = document.execCommand;
  document.execCommand = (command: string) => {
    const selected = (document.activeElement as HTMLTextAreaElement | null)?.value ?? '';
    calls.push(`${command}:${selected}`);
    if (result === 'throw') throw new Error('not allowed');
    return result;
  };
  return () => {
    document.execCommand = original;
  };
}

describe('copyText', () => {
  const restore: Array<() => void> = [];
  afterEach(() => {
    while (restore.length) restore.pop()!();
    politeRegion()?.replaceChildren();
    assertiveRegion()?.replaceChildren();
  });

  it('writes with the Clipboard API and says "Copied" in the language asked for', async () => {
    const written: string[] = [];
    restore.push(
      withClipboard({ writeText: (text: string) => (written.push(text), Promise.resolve()) }),
    );
    expect(await copyText('BE68 5390 0754 7034', { locale: 'nl' })).to.equal(true);
    expect(written).to.deep.equal(['BE68 5390 0754 7034']);
    expect(spoken(politeRegion())).to.equal('Gekopieerd');
  });

  it('falls back to the selection command when the API is missing, and keeps focus', async () => {
    restore.push(withClipboard(undefined));
    const calls: string[] = [];
    restore.push(withExecCommand(true, calls));
    const button = document.createElement('button');
    button.textContent = 'Copy';
    document.body.append(button);
    restore.push(() => button.remove());
    button.focus();
    expect(await copyText('+++090/9337/55493+++', { locale: 'fr' })).to.equal(true);
    expect(calls).to.deep.equal(['copy:+++090/9337/55493+++']);
    expect(document.activeElement).to.equal(button);
    expect(document.querySelector('textarea')).to.equal(null);
    expect(spoken(politeRegion())).to.equal('Copié');
  });

  it('falls back when the API refuses, e.g. without permission', async () => {
    restore.push(
      withClipboard({ writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) }),
    );
    const calls: string[] = [];
    restore.push(withExecCommand(true, calls));
    expect(await copyText('1.250,00 €', { locale: 'de' })).to.equal(true);
    expect(calls).to.have.length(1);
    expect(spoken(politeRegion())).to.equal('Kopiert');
  });

  it('says it could not copy, and what to do, when nothing works; it never throws', async () => {
    restore.push(withClipboard({ writeText: () => Promise.reject(new Error('refused')) }));
    restore.push(withExecCommand('throw'));
    expect(await copyText('BE68 5390 0754 7034', { locale: 'en' })).to.equal(false);
    expect(spoken(assertiveRegion())).to.equal(
      'Could not copy. Select the text and copy it yourself.',
    );
    restore.push(withClipboard({ writeText: () => Promise.reject(new Error('refused')) }));
    restore.push(withExecCommand(false));
    expect(await copyText('x', { locale: 'nl' })).to.equal(false);
  });

  it('copies nothing for empty or non-text values, and says so', async () => {
    const written: string[] = [];
    restore.push(
      withClipboard({ writeText: (text: string) => (written.push(text), Promise.resolve()) }),
    );
    expect(await copyText('', { locale: 'en' })).to.equal(false);
    expect(await copyText(undefined as unknown as string)).to.equal(false);
    expect(written).to.deep.equal([]);
    expect(spoken(assertiveRegion())).to.contain('Could not copy');
  });

  it('stays silent when asked to, and marks the language of its words', async () => {
    restore.push(withClipboard({ writeText: () => Promise.resolve() }));
    expect(await copyText('a', { announce: false })).to.equal(true);
    expect(spoken(politeRegion())).to.equal('');
    await copyText('a', { locale: 'en', lang: 'en' });
    expect(politeRegion()!.querySelector('span')!.getAttribute('lang')).to.equal('en');
  });

  it('uses text a page registered for it', async () => {
    restore.push(withClipboard({ writeText: () => Promise.resolve() }));
    registerStrings('nl', { 'bf-clipboard': { copied: 'Staat op het klembord' } });
    restore.push(() => registerStrings('nl', { 'bf-clipboard': { copied: 'Gekopieerd' } }));
    await copyText('a', { locale: 'nl' });
    expect(spoken(politeRegion())).to.equal('Staat op het klembord');
  });
});

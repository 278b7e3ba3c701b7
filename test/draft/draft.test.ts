import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type {
  BfCheckbox,
  BfDateField,
  BfDraft,
  BfRadio,
  BfRadioGroup,
  BfSelect,
  BfTextField,
} from '@belfry/components';
import { readAnswers, applyAnswers, type FormAnswers } from '@belfry/core';
import {
  clearStorage,
  field,
  movingHouse,
  noticeText,
  openForm,
  startAgainButton,
  storageName,
  stored,
  tick,
  type,
} from './fixture.js';

const control = (host: Element) => (host as unknown as { control: HTMLInputElement }).control;
const radio = (draft: BfDraft, value: string) =>
  draft.form!.querySelector<HTMLInputElement>(`input[name="moving-with"][value="${value}"]`)!;

/** Fills every question a draft keeps, and the ones it must never keep. */
async function fillEverything(draft: BfDraft): Promise<void> {
  type(control(field(draft, 'street')), 'Kerkstraat 12');
  type(draft.form!.querySelector('textarea')!, 'Second floor, no lift');
  type(draft.form!.querySelector<HTMLSelectElement>('select[name="region"]')!, 'flanders');
  const date = field<BfDateField>(draft, 'moving-date');
  const [day, month, year] = date.querySelectorAll<HTMLInputElement>('input:not([type="hidden"])');
  type(day!, '1');
  type(month!, '3');
  type(year!, '2027');
  tick(radio(draft, 'others'));
  await field<BfRadioGroup>(draft, 'moving-with').updateComplete;
  type(control(field(draft, 'companion')), 'Jan Peeters');
  tick(control(field(draft, 'business')));
  type(field(draft, 'floor'), '2');
  tick(draft.form!.querySelector<HTMLInputElement>('#pets')!, false);
  tick(draft.form!.querySelector<HTMLInputElement>('#dog')!);
  type(field<HTMLSelectElement>(draft, 'box'), 'B');
  type(control(field(draft, 'password')), 'secret password');
  type(field(draft, 'card'), '4111111111111111');
  type(field(draft, 'secret'), 'not for the draft');
  type(control(field(draft, 'reference')), 'REF-1');
  type(field(draft, 'nrn'), '85073003328');
}

describe('bf-draft', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('puts every answer back after a reload: Belfry fields, native controls, a follow-up question', async () => {
    const first = await openForm();
    await fillEverything(first);
    expect(first.save()).to.equal(true);

    const draft = await openForm();
    expect(field<BfTextField>(draft, 'street').value).to.equal('Kerkstraat 12');
    expect(draft.form!.querySelector('textarea')!.value).to.equal('Second floor, no lift');
    expect(field<BfSelect>(draft, 'region').value).to.equal('flanders');
    const date = field<BfDateField>(draft, 'moving-date');
    expect(date.value).to.equal('2027-03-01');
    // The boxes show it: the date came back through the field, not only its hidden input.
    const boxes = [...date.querySelectorAll<HTMLInputElement>('input:not([type="hidden"])')];
    expect(boxes.map((box) => box.value)).to.deep.equal(['1', '3', '2027']);
    expect(radio(draft, 'others').checked).to.equal(true);
    // The follow-up question is open, enabled and has its answer.
    const companion = field<BfTextField>(draft, 'companion');
    await field<BfRadioGroup>(draft, 'moving-with').updateComplete;
    await draft.form!.querySelector<BfRadio>('bf-radio[value="others"]')!.updateComplete;
    expect(companion.value).to.equal('Jan Peeters');
    expect(companion.closest<HTMLElement>('[slot="conditional"]')!.inert).to.equal(false);
    expect(control(companion).disabled).to.equal(false);
    expect(field<BfCheckbox>(draft, 'business').checked).to.equal(true);
    expect(field(draft, 'floor').value).to.equal('2');
    // A box ticked by the page and unticked by the citizen stays unticked.
    expect(draft.form!.querySelector<HTMLInputElement>('#pets')!.checked).to.equal(false);
    expect(draft.form!.querySelector<HTMLInputElement>('#dog')!.checked).to.equal(true);
    expect(field<HTMLSelectElement>(draft, 'box').value).to.equal('B');
    // What is sent is what was answered.
    const sent = new FormData(draft.form!);
    expect(sent.get('moving-date')).to.equal('2027-03-01');
    expect(sent.get('companion')).to.equal('Jan Peeters');
    expect(noticeText(draft)).to.match(/^We restored your answers from \d{2}:\d{2}\. /);
  });

  it('never keeps passwords, files, secrets by autocomplete, server hidden inputs or data-bf-no-draft', async () => {
    const draft = await openForm();
    await fillEverything(draft);
    draft.save();
    const text = sessionStorage.getItem(storageName())!;
    const names = stored()!.answers.map(([name]) => name);
    for (const name of ['password', 'card', 'proof', 'token', 'secret', 'reference', 'nrn']) {
      expect(names, name).not.to.include(name);
    }
    for (const value of [
      'secret password',
      '4111111111111111',
      'not for the draft',
      'REF-1',
      '85073003328',
      'server-token',
    ]) {
      expect(text, value).not.to.include(value);
    }
    // The date is kept once, as its ISO date (the boxes have no name).
    expect(stored()!.answers.filter(([name]) => name === 'moving-date')).to.deep.equal([
      ['moving-date', '2027-03-01'],
    ]);
  });

  it('keeps only what differs from what the page gave', async () => {
    const draft = await openForm();
    draft.save();
    expect(sessionStorage.getItem(storageName()), 'nothing answered, nothing kept').to.equal(null);
    type(field(draft, 'floor'), '2');
    draft.save();
    expect(stored()!.answers).to.deep.equal([['floor', '2']]);
  });

  it('saves shortly after typing, and at once when the page is hidden', async () => {
    const draft = await openForm();
    type(field(draft, 'floor'), '3');
    expect(sessionStorage.getItem(storageName())).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(stored()!.answers).to.deep.equal([['floor', '3']]);
    type(field(draft, 'floor'), '4');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(stored()!.answers).to.deep.equal([['floor', '4']]);
  });

  it('never overwrites what the citizen typed in this page load', async () => {
    const first = await openForm();
    type(field(first, 'floor'), '2');
    type(control(field(first, 'street')), 'Kerkstraat 12');
    first.save();

    // The page again; the citizen types in the floor before the draft is back.
    const wrapper = document.createElement('div');
    render(movingHouse(), wrapper);
    document.body.append(wrapper);
    try {
      const draft = wrapper.querySelector('bf-draft')!;
      type(wrapper.querySelector<HTMLInputElement>('#floor')!, '7');
      expect(await draft.ready).to.equal(true);
      expect(field(draft, 'floor').value).to.equal('7');
      expect(field<BfTextField>(draft, 'street').value).to.equal('Kerkstraat 12');
    } finally {
      wrapper.remove();
    }
  });

  it('does not overwrite a newer known value with an older draft, but keeps a correction', async () => {
    // Not corrected: never kept, so the register's current value shows.
    const first = await openForm({ knownStreet: 'Wetstraat 16' });
    type(field(first, 'floor'), '2');
    first.save();
    expect(stored()!.answers.map(([name]) => name)).to.deep.equal(['floor']);
    const again = await openForm({ knownStreet: 'Wetstraat 18' });
    expect(field<BfTextField>(again, 'street').value).to.equal('Wetstraat 18');

    // Corrected: kept and put back, flagged as a correction.
    type(control(field(again, 'street')), 'Kerkstraat 12');
    again.save();
    const corrected = await openForm({ knownStreet: 'Wetstraat 18' });
    const street = field<BfTextField>(corrected, 'street');
    expect(street.value).to.equal('Kerkstraat 12');
    expect(street.corrected).to.equal(true);
    expect(new FormData(corrected.form!).get('street-corrected')).to.equal('true');
  });

  describe('Start again', () => {
    it('clears the draft, empties the form and hides the notice', async () => {
      const first = await openForm();
      type(field(first, 'floor'), '2');
      tick(radio(first, 'others'));
      first.save();
      const draft = await openForm();
      let cleared: unknown;
      draft.addEventListener('bf-draft-clear', (event) => (cleared = event.detail));
      startAgainButton(draft)!.click();
      expect(sessionStorage.getItem(storageName())).to.equal(null);
      await draft.updateComplete;
      expect(startAgainButton(draft)).to.equal(null);
      expect(noticeText(draft)).to.equal(null);
      expect(field(draft, 'floor').value).to.equal('');
      expect(radio(draft, 'others').checked).to.equal(false);
      expect(cleared).to.deep.equal({ key: 'moving-house', reason: 'start-again' });
      // After the reset, nothing comes back.
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(sessionStorage.getItem(storageName())).to.equal(null);
      expect(await (await openForm()).ready).to.equal(false);
    });
  });

  describe('submit', () => {
    it('clears the draft when the form is sent', async () => {
      const draft = await openForm();
      type(field(draft, 'floor'), '2');
      draft.save();
      // The test page must stay: a listener on the window, added after bf-draft's (so it runs
      // after it), stops the navigation that Firefox starts even for a script's submit event.
      window.addEventListener('submit', (event) => event.preventDefault(), { once: true });
      draft.form!.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
      expect(sessionStorage.getItem(storageName())).to.equal(null);
      // Leaving the page after sending saves nothing.
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(sessionStorage.getItem(storageName())).to.equal(null);
    });

    it('keeps the draft when the page prevents the submit (a single-page app)', async () => {
      const draft = await openForm();
      type(field(draft, 'floor'), '2');
      draft.save();
      draft.form!.addEventListener('submit', (event) => event.preventDefault(), { once: true });
      draft.form!.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
      expect(stored()!.answers).to.deep.equal([['floor', '2']]);
    });
  });

  describe('storage', () => {
    it('uses local storage with an expiry, and the notice says until when', async () => {
      const first = await openForm({ storage: 'local', expires: '7d' });
      type(field(first, 'floor'), '2');
      first.save();
      expect(sessionStorage.getItem(storageName())).to.equal(null);
      const kept = stored('moving-house', localStorage)!;
      const week = 7 * 24 * 3600 * 1000;
      expect(kept.expiresAt! - Date.now()).to.be.within(week - 60_000, week);
      const draft = await openForm({ storage: 'local', expires: '7d' });
      expect(field(draft, 'floor').value).to.equal('2');
      expect(noticeText(draft)).to.match(/They are kept on this device until \d+ \w+/);
    });

    it('says when a draft from local storage really goes: its own expiry, not a new one', async () => {
      const expiresAt = new Date();
      expiresAt.setDate(expiresAt.getDate() + 2);
      localStorage.setItem(
        storageName(),
        JSON.stringify({
          format: 'belfry-draft',
          version: 1,
          key: 'moving-house',
          savedAt: Date.now(),
          expiresAt: expiresAt.getTime(),
          answers: [['floor', '2']],
        }),
      );
      const draft = await openForm({ storage: 'local', expires: '7d', lang: 'nl-BE' });
      const month = new Intl.DateTimeFormat('nl-BE', { month: 'long' }).format(expiresAt);
      expect(noticeText(draft)).to.include(`tot ${expiresAt.getDate()} ${month}`);
    });

    it('falls back to the tab, with a warning, for local storage without a valid expiry', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(String(message));
      try {
        const draft = await openForm({ storage: 'local', expires: 'forever', key: 'no-expiry' });
        type(field(draft, 'floor'), '2');
        draft.save();
      } finally {
        console.warn = original;
      }
      expect(localStorage.getItem(storageName('no-expiry'))).to.equal(null);
      expect(stored('no-expiry')!.answers).to.deep.equal([['floor', '2']]);
      expect(warnings.join('\n')).to.include('needs an expiry');
      expect(warnings.join('\n')).to.include('expires="forever"');
    });

    const draftOf = (overrides: Record<string, unknown>) =>
      JSON.stringify({
        format: 'belfry-draft',
        version: 1,
        key: 'moving-house',
        savedAt: Date.now(),
        expiresAt: null,
        answers: [['floor', '9']],
        ...overrides,
      });

    const ignored: Record<string, string> = {
      'text that is not JSON': '{"format": "belfry-draft", "answers": [[',
      'JSON of another shape': '[1, 2, 3]',
      null: 'null',
      'another format': draftOf({ format: 'other-app' }),
      'an older version': draftOf({ version: 0 }),
      'a newer version': draftOf({ version: 2 }),
      'another key': draftOf({ key: 'other-form' }),
      'an expired draft': draftOf({ expiresAt: Date.now() - 1000 }),
      'answers that are not pairs': draftOf({ answers: [['floor']] }),
      'answers with numbers': draftOf({ answers: [['floor', 9]] }),
      'answers that are not a list': draftOf({ answers: { floor: '9' } }),
      'a time that is not a number': draftOf({ savedAt: 'yesterday' }),
    };
    for (const [what, text] of Object.entries(ignored)) {
      it(`ignores ${what}, and removes it`, async () => {
        sessionStorage.setItem(storageName(), text);
        const draft = await openForm();
        expect(await draft.ready).to.equal(false);
        expect(field(draft, 'floor').value).to.equal('');
        expect(noticeText(draft)).to.equal(null);
        expect(sessionStorage.getItem(storageName())).to.equal(null);
      });
    }

    it('ignores answers to questions the form does not have, and keeps the others', async () => {
      sessionStorage.setItem(
        storageName(),
        draftOf({
          answers: [
            ['floor', '9'],
            ['unknown', 'x'],
            ['password', 'p'],
          ],
        }),
      );
      const draft = await openForm();
      expect(field(draft, 'floor').value).to.equal('9');
      expect(field<BfTextField>(draft, 'password').value).to.equal('');
    });

    it('ignores a draft in local storage that has no expiry', async () => {
      localStorage.setItem(storageName(), draftOf({}));
      const draft = await openForm({ storage: 'local', expires: '1d' });
      expect(field(draft, 'floor').value).to.equal('');
    });

    it('degrades to no draft, without an error, when storage throws', async () => {
      const { getItem, setItem, removeItem } = Storage.prototype;
      const fail = (name: string) =>
        function () {
          throw new DOMException('storage is blocked', name);
        };
      try {
        Storage.prototype.getItem = fail('SecurityError');
        Storage.prototype.setItem = fail('QuotaExceededError');
        Storage.prototype.removeItem = fail('SecurityError');
        const draft = await openForm();
        expect(await draft.ready).to.equal(false);
        type(field(draft, 'floor'), '2');
        expect(draft.save()).to.equal(false);
        window.dispatchEvent(new PageTransitionEvent('pagehide'));
        draft.clear();
        expect(noticeText(draft)).to.equal(null);
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem, removeItem });
      }
    });

    it('removes an older copy when storage is full', async () => {
      const first = await openForm();
      type(field(first, 'floor'), '2');
      first.save();
      const { setItem } = Storage.prototype;
      try {
        Storage.prototype.setItem = function () {
          throw new DOMException('full', 'QuotaExceededError');
        };
        type(field(first, 'floor'), '3');
        expect(first.save()).to.equal(false);
      } finally {
        Storage.prototype.setItem = setItem;
      }
      expect(sessionStorage.getItem(storageName()), 'no stale answer comes back later').to.equal(
        null,
      );
    });
  });

  describe('the notice', () => {
    const expected = {
      nl: /^We hebben uw antwoorden van \d{2}:\d{2} teruggezet\. Ze blijven in dit venster bewaard/,
      fr: /^Nous avons récupéré vos réponses de \d{2}:\d{2}\. Elles restent dans cette fenêtre/,
      de: /^Wir haben Ihre Antworten von \d{2}:\d{2} Uhr wiederhergestellt\. Sie bleiben/,
      en: /^We restored your answers from \d{2}:\d{2}\. They are kept in this window/,
    };
    for (const [locale, pattern] of Object.entries(expected)) {
      it(`is in the page's language: ${locale}`, async () => {
        const lang = locale === 'en' ? 'en' : `${locale}-BE`;
        const first = await openForm({ lang });
        type(field(first, 'floor'), '2');
        first.save();
        const draft = await openForm({ lang });
        expect(noticeText(draft)).to.match(pattern);
        expect(startAgainButton(draft)!.textContent!.trim()).to.equal(
          { nl: 'Opnieuw beginnen', fr: 'Recommencer', de: 'Neu beginnen', en: 'Start again' }[
            locale
          ],
        );
      });
    }

    it('gives the date when the answers are from another day, and the time in the Belgian format', async () => {
      const saved = new Date();
      saved.setDate(saved.getDate() - 1);
      saved.setHours(14, 32, 0, 0);
      sessionStorage.setItem(
        storageName(),
        JSON.stringify({
          format: 'belfry-draft',
          version: 1,
          key: 'moving-house',
          savedAt: saved.getTime(),
          expiresAt: null,
          answers: [['floor', '2']],
        }),
      );
      const month = new Intl.DateTimeFormat('nl-BE', { month: 'long' }).format(saved);
      const draft = await openForm({ lang: 'nl-BE' });
      expect(noticeText(draft)).to.include(`van ${saved.getDate()} ${month}`);
      expect(noticeText(draft)).to.include('om 14:32 teruggezet');
    });

    it('fits a 320 px wide screen without scrolling sideways, in German', async () => {
      const first = await openForm({ lang: 'de-BE' });
      type(field(first, 'floor'), '2');
      first.save();
      const draft = await openForm({ lang: 'de-BE' });
      draft.style.width = '320px';
      const notice = draft.shadowRoot!.querySelector<HTMLElement>('[part="notice"]')!;
      expect(notice.scrollWidth).to.be.at.most(notice.clientWidth);
      const button = startAgainButton(draft)!.getBoundingClientRect();
      expect(button.height).to.be.at.least(44);
      expect(button.right).to.be.at.most(draft.getBoundingClientRect().right);
    });

    it('is announced politely, once', async () => {
      const first = await openForm();
      type(field(first, 'floor'), '2');
      first.save();
      const draft = await openForm();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const region = document.querySelector('[data-bf-announcer="polite"]')!;
      expect(region.textContent).to.include(noticeText(draft)!);
    });

    it('does not show when nothing of the draft fits the form', async () => {
      sessionStorage.setItem(
        storageName(),
        JSON.stringify({
          format: 'belfry-draft',
          version: 1,
          key: 'moving-house',
          savedAt: Date.now(),
          expiresAt: null,
          answers: [['gone', 'x']],
        }),
      );
      const draft = await openForm();
      expect(await draft.ready).to.equal(false);
      expect(noticeText(draft)).to.equal(null);
    });
  });

  describe('for apps that keep drafts on a server', () => {
    it('fires a cancelable bf-draft-save with the answers; cancelled, nothing is stored', async () => {
      const draft = await openForm();
      let detail: unknown;
      draft.addEventListener('bf-draft-save', (event) => {
        detail = event.detail;
        event.preventDefault();
      });
      type(field(draft, 'floor'), '2');
      expect(draft.save()).to.equal(false);
      expect(detail).to.deep.equal({ key: 'moving-house', answers: [['floor', '2']] });
      expect(sessionStorage.getItem(storageName())).to.equal(null);
    });

    it('restores answers given to restore(), with the notice and bf-draft-restore', async () => {
      const draft = await openForm({ key: 'server' });
      const events: unknown[] = [];
      draft.addEventListener('bf-draft-restore', (event) => events.push(event.detail));
      const answers: FormAnswers = [
        ['floor', '5'],
        ['moving-with', 'others'],
        ['companion', 'An'],
      ];
      const savedAt = new Date();
      savedAt.setHours(9, 5, 0, 0);
      expect(await draft.restore(answers, savedAt)).to.equal(true);
      expect(field(draft, 'floor').value).to.equal('5');
      expect(radio(draft, 'others').checked).to.equal(true);
      expect(field<BfTextField>(draft, 'companion').value).to.equal('An');
      expect(events).to.deep.equal([{ key: 'server', answers, savedAt: savedAt.getTime() }]);
      expect(noticeText(draft)).to.include('from 09:05');
    });

    it('leaves the form alone when bf-draft-restore is cancelled', async () => {
      const first = await openForm();
      type(field(first, 'floor'), '2');
      first.save();
      // Listening before the element is on the page, as an app's script in the <head> would.
      const wrapper = document.createElement('div');
      render(movingHouse(), wrapper);
      wrapper.addEventListener('bf-draft-restore', (event) => event.preventDefault());
      document.body.append(wrapper);
      try {
        const draft = wrapper.querySelector('bf-draft')!;
        expect(await draft.ready).to.equal(false);
        expect(field(draft, 'floor').value).to.equal('');
      } finally {
        wrapper.remove();
      }
    });

    it('clear() throws the draft away and keeps what the form shows', async () => {
      const draft = await openForm();
      type(field(draft, 'floor'), '2');
      draft.save();
      draft.clear();
      expect(sessionStorage.getItem(storageName())).to.equal(null);
      expect(field(draft, 'floor').value).to.equal('2');
    });
  });

  describe('set up wrongly', () => {
    it('warns, and keeps nothing, without a key or without a form', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(String(message));
      try {
        const noKey = await fixture<BfDraft>(
          html`<bf-draft
            ><form><input name="a" aria-label="A" /></form
          ></bf-draft>`,
        );
        expect(await noKey.ready).to.equal(false);
        expect(noKey.save()).to.equal(false);
        const noForm = await fixture<BfDraft>(
          html`<bf-draft key="empty"><p>No form</p></bf-draft>`,
        );
        expect(await noForm.ready).to.equal(false);
        expect(await noForm.restore([['a', 'b']])).to.equal(false);
      } finally {
        console.warn = original;
      }
      expect(warnings.join('\n')).to.include('set a "key"');
      expect(warnings.join('\n')).to.include('put the <form> inside the element');
    });
  });
});

describe('core: readAnswers and applyAnswers', () => {
  it('read and write plain forms by name, and leave changed controls alone', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <input name="a" aria-label="A" value="page" />
        <select name="m" multiple aria-label="M">
          <option selected>x</option>
          <option>y</option>
        </select>
        <input type="radio" name="r" value="1" aria-label="One" checked />
        <input type="radio" name="r" value="2" aria-label="Two" />
        <input name="ro" aria-label="Read only" readonly />
        <input name="off" aria-label="Disabled" disabled />
      </form>`,
    );
    const [a] = form.querySelectorAll('input');
    a!.value = 'typed';
    const select = form.querySelector('select')!;
    select.options[0]!.selected = false;
    expect(readAnswers(form)).to.deep.equal([
      ['a', 'typed'],
      ['m', null],
    ]);
    form.reset();
    const changes: string[] = [];
    form.addEventListener('change', (event) =>
      changes.push((event.target as HTMLInputElement).name),
    );
    a!.value = 'mine';
    const shown = applyAnswers(form, [
      ['a', 'draft'],
      ['m', 'y'],
      ['r', '2'],
      ['ro', 'x'],
      ['off', 'x'],
    ]);
    expect(shown).to.deep.equal(['m', 'r']);
    expect(a!.value).to.equal('mine');
    expect([...select.selectedOptions].map((option) => option.value)).to.deep.equal(['y']);
    expect(form.querySelector<HTMLInputElement>('input[value="2"]')!.checked).to.equal(true);
    expect(changes).to.deep.equal(['m', 'r']);
    expect(applyAnswers(form, 'not answers' as unknown as FormAnswers)).to.deep.equal([]);
  });
});

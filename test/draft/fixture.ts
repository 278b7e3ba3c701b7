// The "moving house" form inside <bf-draft>, as the draft's tests meet it: Belfry fields and
// native controls, a follow-up question, a date, and the fields a draft must never keep. A
// "reload" is the same markup created again with the same key: the storage is all that is left.
import { fixture } from '@open-wc/testing';
import { html, nothing, type TemplateResult } from 'lit';
import '@belfry/components/draft';
import '@belfry/components/text-field';
import '@belfry/components/textarea';
import '@belfry/components/select';
import '@belfry/components/checkbox';
import '@belfry/components/radio-group';
import '@belfry/components/radio';
import '@belfry/components/date-field';
// Known values (`source`) are an import of their own (docs/decisions/0024).
import '@belfry/components/known-values';
import type { BfDraft } from '@belfry/components';

export interface DraftOptions {
  key?: string;
  storage?: string;
  expires?: string;
  lang?: string;
  /** The street the National Register knows (a known value with its source). */
  knownStreet?: string;
}

/** The form, in a wrapper with `lang`; nothing of it is kept between calls but storage. */
export function movingHouse(options: DraftOptions = {}): TemplateResult {
  return html`<div lang=${options.lang ?? 'en'}>
    <bf-draft
      key=${options.key ?? 'moving-house'}
      storage=${options.storage ?? nothing}
      expires=${options.expires ?? nothing}
    >
      <form action="/move" method="post">
        <bf-text-field
          label="Street"
          name="street"
          value=${options.knownStreet ?? nothing}
          source=${options.knownStreet ? 'national-register' : nothing}
        ></bf-text-field>
        <bf-textarea label="Anything else" name="notes"></bf-textarea>
        <bf-select label="Region" name="region">
          <option value="">Choose</option>
          <option value="brussels">Brussels</option>
          <option value="flanders">Flanders</option>
        </bf-select>
        <bf-date-field label="Moving date" name="moving-date"></bf-date-field>
        <bf-radio-group label="Is anyone moving with you?" name="moving-with">
          <bf-radio value="nobody">No</bf-radio>
          <bf-radio value="others"
            >Yes
            <div slot="conditional">
              <bf-text-field label="Their name" name="companion"></bf-text-field>
            </div>
          </bf-radio>
        </bf-radio-group>
        <bf-checkbox name="business" value="yes">I run a business from home</bf-checkbox>
        <label for="floor">Floor</label>
        <input id="floor" name="floor" />
        <input type="checkbox" id="pets" name="pets" value="cat" checked />
        <label for="pets">Cat</label>
        <input type="checkbox" id="dog" name="pets" value="dog" />
        <label for="dog">Dog</label>
        <label for="box">Box</label>
        <select id="box" name="box">
          <option>A</option>
          <option>B</option>
        </select>
        <bf-text-field label="Password" name="password" type="password"></bf-text-field>
        <label for="card">Card number</label>
        <input id="card" name="card" autocomplete="cc-number" />
        <label for="proof">Proof</label>
        <input id="proof" name="proof" type="file" />
        <input type="hidden" name="token" value="server-token" />
        <label for="secret">Secret</label>
        <input id="secret" name="secret" data-bf-no-draft />
        <bf-text-field label="Reference" name="reference" data-bf-no-draft></bf-text-field>
        <fieldset data-bf-no-draft>
          <legend>Not kept</legend>
          <label for="nrn">National number</label>
          <input id="nrn" name="nrn" />
        </fieldset>
        <button type="submit">Send</button>
      </form>
    </bf-draft>
  </div>`;
}

/** Opens the form (again) and waits until its draft, if any, is back. */
export async function openForm(options: DraftOptions = {}): Promise<BfDraft> {
  const wrapper = await fixture(movingHouse(options));
  const draft = wrapper.querySelector('bf-draft')!;
  await draft.ready;
  return draft;
}

/** A field or native control of the form by name (the host of a Belfry field). */
export function field<T = HTMLInputElement>(draft: BfDraft, name: string): T {
  const form = draft.form!;
  const host = form.querySelector(
    `[name="${name}"]:is(bf-text-field, bf-textarea, bf-select, bf-date-field, bf-radio-group, bf-checkbox)`,
  );
  return (host ?? form.querySelector(`[name="${name}"]`)) as T;
}

/** Types `value` into a native control as a citizen does: the value, then its events. */
export function type(
  control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Ticks or unticks a native checkbox or radio as a click does. */
export function tick(control: HTMLInputElement, checked = true): void {
  if (control.checked !== checked) control.click();
}

/** The storage name of a key's draft. */
export const storageName = (key = 'moving-house') => `belfry-draft:${key}`;

/** The draft kept for `key` in `storage`, parsed; `null` when there is none. */
export function stored(key = 'moving-house', storage: Storage = sessionStorage) {
  const text = storage.getItem(storageName(key));
  return text === null
    ? null
    : (JSON.parse(text) as {
        answers: [string, string | null][];
        savedAt: number;
        expiresAt: number | null;
      });
}

/** The notice's text, or `null` when there is none. */
export function noticeText(draft: BfDraft): string | null {
  const message = draft.shadowRoot!.querySelector('[part="message"]');
  return message ? message.textContent!.replace(/\s+/g, ' ').trim() : null;
}

/** The "Start again" button, or `null`. */
export const startAgainButton = (draft: BfDraft) =>
  draft.shadowRoot!.querySelector<HTMLButtonElement>('[part="start-again"]');

/** Removes every draft the tests may have kept. */
export function clearStorage(): void {
  for (const storage of [sessionStorage, localStorage]) {
    for (const name of Object.keys(storage)) {
      if (name.startsWith('belfry-draft:')) storage.removeItem(name);
    }
  }
}

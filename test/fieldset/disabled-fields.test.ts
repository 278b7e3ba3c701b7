import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/fieldset';
import '@belfry/components/text-field';
import '@belfry/components/textarea';
import '@belfry/components/select';
import '@belfry/components/date-field';
import '@belfry/components/checkbox';
import '@belfry/components/checkbox-group';
import '@belfry/components/radio-group';
import '@belfry/components/button';
import type { BfFieldset, BfTextField } from '@belfry/components';
import { expectAccessible } from '../helpers/a11y.js';

// A field in a disabled fieldset is disabled by the browser (its native control is in the
// fieldset); it must also look disabled, exactly as a field with its own `disabled` does, and
// look enabled again when the fieldset is (core's DisabledStateController, ADR 0038).

const isChromium = !navigator.userAgent.includes('Firefox');

/** What a citizen sees of an element: the colours and cursor that say "disabled". */
const properties = ['borderTopColor', 'backgroundColor', 'color', 'cursor'] as const;

function look(element: Element): string {
  // The end of a colour transition (a button's), not a colour on the way.
  for (const animation of element.getAnimations()) animation.finish();
  const style = getComputedStyle(element);
  return properties.map((name) => `${name}: ${style[name]}`).join('; ');
}

const shadow = (host: Element, selector: string) => host.shadowRoot!.querySelector(selector)!;

/** One kind of Belfry form element: its markup, and the parts of it whose look shows the state. */
interface FieldKind {
  /** What the test says it checks. */
  name: string;
  /** The tag of the markup's outer element. */
  tag: string;
  /** The markup, with its own `disabled` or not; `id` keeps radio names apart across copies. */
  markup(disabled: boolean, id: string): string;
  /** The parts that look disabled, in order. */
  parts(element: Element): Element[];
}

const own = (disabled: boolean) => (disabled ? ' disabled' : '');

const kinds: FieldKind[] = [
  {
    name: 'bf-text-field (password, with its show button)',
    tag: 'bf-text-field',
    markup: (disabled, id) =>
      `<bf-text-field label="Password" name="password-${id}" type="password" value="secret"${own(disabled)}></bf-text-field>`,
    parts: (field) => [
      shadow(field, '.box'),
      field.querySelector('input')!,
      shadow(field, '.toggle'),
    ],
  },
  {
    name: 'bf-textarea',
    tag: 'bf-textarea',
    markup: (disabled, id) =>
      `<bf-textarea label="Remarks" name="remarks-${id}"${own(disabled)}></bf-textarea>`,
    parts: (field) => [shadow(field, '.box'), field.querySelector('textarea')!],
  },
  {
    name: 'bf-select',
    tag: 'bf-select',
    markup: (disabled, id) =>
      `<bf-select label="Province" name="province-${id}"${own(disabled)}><option value="VAN">Antwerp</option></bf-select>`,
    parts: (field) => [
      shadow(field, '.box'),
      field.querySelector('select')!,
      shadow(field, '.arrow'),
    ],
  },
  {
    name: 'bf-date-field',
    tag: 'bf-date-field',
    markup: (disabled, id) =>
      `<bf-date-field label="Date of birth" name="birth-${id}"${own(disabled)}></bf-date-field>`,
    parts: (field) => [...field.querySelectorAll('input:not([type="hidden"])')],
  },
  {
    name: 'bf-checkbox',
    tag: 'bf-checkbox',
    markup: (disabled, id) =>
      `<bf-checkbox name="confirm-${id}" checked${own(disabled)}>Send me a confirmation</bf-checkbox>`,
    parts: (option) => [option.querySelector('input')!, option.querySelector('label')!],
  },
  {
    name: 'bf-checkbox-group',
    tag: 'bf-checkbox-group',
    markup: (disabled, id) =>
      `<bf-checkbox-group label="How can we reach you?" name="reach-${id}"${own(disabled)}>
        <bf-checkbox value="mail" checked>By post</bf-checkbox>
        <bf-checkbox value="phone">By phone</bf-checkbox>
      </bf-checkbox-group>`,
    parts: (group) =>
      [...group.querySelectorAll('bf-checkbox')].flatMap((option) => [
        option.querySelector('input')!,
        option.querySelector('label')!,
      ]),
  },
  {
    name: 'bf-radio-group with bf-radio',
    tag: 'bf-radio-group',
    markup: (disabled, id) =>
      `<bf-radio-group label="Do you live alone?" name="alone-${id}"${own(disabled)}>
        <bf-radio value="yes" checked>Yes</bf-radio>
        <bf-radio value="no">No</bf-radio>
      </bf-radio-group>`,
    parts: (group) =>
      [...group.querySelectorAll('bf-radio')].flatMap((option) => [
        option.querySelector('input')!,
        option.querySelector('label')!,
      ]),
  },
  {
    name: 'bf-button',
    tag: 'bf-button',
    markup: (disabled) => `<bf-button type="submit"${own(disabled)}>Send</bf-button>`,
    parts: (button) => [shadow(button, 'button')],
  },
];

/** Waits until every Belfry element in `root` has rendered, and watchers have reacted. */
async function settled(root: Element): Promise<void> {
  const elements = [...root.querySelectorAll('*')].filter(
    (element): element is Element & { updateComplete: Promise<unknown> } =>
      'updateComplete' in element,
  );
  await Promise.all(elements.map((element) => element.updateComplete));
  // Mutation observers and the renders they ask for.
  await nextFrame();
  await Promise.all(elements.map((element) => element.updateComplete));
}

/** The group around the fields: a native fieldset, or a `bf-fieldset`. */
const groups = {
  '<fieldset disabled>': {
    markup: (content: string) =>
      `<fieldset class="group" disabled><legend>Your answers</legend>${content}</fieldset>`,
    setDisabled: async (group: Element, disabled: boolean) => {
      (group as HTMLFieldSetElement).disabled = disabled;
    },
  },
  '<bf-fieldset disabled>': {
    markup: (content: string) =>
      `<bf-fieldset class="group" legend="Your answers" disabled>${content}</bf-fieldset>`,
    setDisabled: async (group: Element, disabled: boolean) => {
      const fieldset = group as BfFieldset;
      fieldset.disabled = disabled;
      await fieldset.updateComplete;
    },
  },
};

describe('Belfry fields in a disabled fieldset', () => {
  for (const [groupName, group] of Object.entries(groups)) {
    describe(`in a ${groupName}`, () => {
      for (const kind of kinds) {
        it(`${kind.name} looks as when disabled on its own, and enabled again with the group`, async () => {
          const page = await fixture<HTMLDivElement>(html`<div></div>`);
          page.innerHTML = `<div class="own">${kind.markup(true, 'own')}</div>
            ${group.markup(kind.markup(false, 'grouped'))}
            <div class="enabled">${kind.markup(false, 'enabled')}</div>`;
          await settled(page);
          const copy = (name: string) => page.querySelector(`.${name} ${kind.tag}`)!;
          const [ownDisabled, grouped, enabled] = [copy('own'), copy('group'), copy('enabled')];
          const lookOf = (element: Element) => kind.parts(element).map(look);
          expect(lookOf(ownDisabled)).to.have.length.greaterThan(0);
          // The disabled look differs from the enabled one, part by part, or the test proves nothing.
          lookOf(ownDisabled).forEach((disabledLook, index) =>
            expect(disabledLook, `part ${index}`).not.to.equal(lookOf(enabled)[index]),
          );

          expect(lookOf(grouped)).to.deep.equal(lookOf(ownDisabled));

          const groupElement = page.querySelector('.group')!;
          await group.setDisabled(groupElement, false);
          await settled(page);
          expect(lookOf(grouped)).to.deep.equal(lookOf(enabled));

          await group.setDisabled(groupElement, true);
          await settled(page);
          expect(lookOf(grouped)).to.deep.equal(lookOf(ownDisabled));
        });
      }
    });
  }
});

describe('the disabled look of a field follows what disables it', () => {
  const box = (field: Element) => look(shadow(field, '.box'));

  /** A text field's box when disabled on its own, and when enabled, to compare with. */
  async function references() {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <bf-text-field label="Disabled" disabled></bf-text-field>
        <bf-text-field label="Enabled"></bf-text-field>
      </div>`,
    );
    await settled(page);
    const [disabled, enabled] = [...page.querySelectorAll('bf-text-field')].map(box);
    expect(disabled).not.to.equal(enabled);
    return { disabled, enabled };
  }

  async function page(markup: string) {
    const element = await fixture<HTMLDivElement>(html`<div></div>`);
    element.innerHTML = markup;
    await settled(element);
    return element;
  }

  it('disabled through its property alone (no attribute)', async () => {
    const expected = await references();
    const element = await page('<bf-text-field label="Street"></bf-text-field>');
    const field = element.querySelector<BfTextField>('bf-text-field')!;
    field.disabled = true;
    await settled(element);
    expect(field.hasAttribute('disabled')).to.equal(false);
    expect(box(field)).to.equal(expected.disabled);
    field.disabled = false;
    await settled(element);
    expect(box(field)).to.equal(expected.enabled);
  });

  it('keeps its own disabled look when the fieldset is enabled again', async () => {
    const expected = await references();
    const element = await page(
      '<fieldset disabled><bf-text-field label="Street" disabled></bf-text-field></fieldset>',
    );
    element.querySelector('fieldset')!.disabled = false;
    await settled(element);
    expect(box(element.querySelector('bf-text-field')!)).to.equal(expected.disabled);
  });

  it('in a fieldset inside a disabled one, and in the first legend, as the browser disables', async () => {
    const expected = await references();
    const element = await page(
      `<fieldset id="outer" disabled>
        <legend><bf-text-field id="in-legend" label="In the legend"></bf-text-field></legend>
        <fieldset><legend>Inner</legend><bf-text-field id="nested" label="Nested"></bf-text-field></fieldset>
      </fieldset>`,
    );
    const inLegend = element.querySelector('#in-legend')!;
    const nested = element.querySelector('#nested')!;
    expect(inLegend.querySelector('input')!.matches(':disabled')).to.equal(false);
    expect(box(inLegend)).to.equal(expected.enabled);
    expect(box(nested)).to.equal(expected.disabled);
    element.querySelector<HTMLFieldSetElement>('#outer')!.disabled = false;
    await settled(element);
    expect(box(nested)).to.equal(expected.enabled);
  });

  it('when moved into a disabled fieldset and out of it', async () => {
    const expected = await references();
    const element = await page(
      `<fieldset disabled><legend>Group</legend></fieldset>
      <div><bf-text-field label="Street"></bf-text-field></div>`,
    );
    const field = element.querySelector('bf-text-field')!;
    const fieldset = element.querySelector('fieldset')!;
    fieldset.append(field);
    await settled(element);
    expect(box(field)).to.equal(expected.disabled);
    element.querySelector('div')!.append(field);
    await settled(element);
    expect(box(field)).to.equal(expected.enabled);
    // Out of the fieldset, its changes no longer count.
    fieldset.disabled = false;
    fieldset.disabled = true;
    await settled(element);
    expect(box(field)).to.equal(expected.enabled);
  });

  it("disables the password field's show button, which is not in the fieldset's tree", async () => {
    const element = await page(
      '<fieldset disabled><bf-text-field label="Password" type="password"></bf-text-field></fieldset>',
    );
    const toggle = shadow(element.querySelector('bf-text-field')!, '.toggle') as HTMLButtonElement;
    expect(toggle.disabled).to.equal(true);
    toggle.focus();
    expect(toggle.matches(':focus')).to.equal(false);
    element.querySelector('fieldset')!.disabled = false;
    await settled(element);
    expect(toggle.disabled).to.equal(false);
  });

  it('passes axe with every kind of field in a disabled fieldset', async () => {
    const element = await page(
      `<bf-fieldset legend="Your answers" disabled>${kinds.map((kind) => kind.markup(false, 'axe')).join('')}</bf-fieldset>`,
    );
    await expectAccessible(element);
  });

  describe('in forced-colours mode', () => {
    before(function () {
      if (!isChromium) this.skip();
    });
    afterEach(async () => {
      if (isChromium) await executeServerCommand('emulate-forced-colors', { value: 'none' });
    });

    it('draws the box of a field in a disabled fieldset in GrayText, as a disabled field', async () => {
      await executeServerCommand('emulate-forced-colors', { value: 'active' });
      const expected = await references();
      const element = await page(
        '<fieldset disabled><bf-select label="Province"><option>Antwerp</option></bf-select></fieldset>',
      );
      const field = element.querySelector('bf-select')!;
      const grayText = await page('<span style="color: GrayText">x</span>');
      const gray = getComputedStyle(grayText.firstElementChild!).color;
      expect(getComputedStyle(shadow(field, '.box')).borderTopColor).to.equal(gray);
      expect(getComputedStyle(shadow(field, '.arrow')).borderTopColor).to.equal(gray);
      expect(box(field)).to.equal(expected.disabled);
      element.querySelector('fieldset')!.disabled = false;
      await settled(element);
      expect(box(field)).to.equal(expected.enabled);
    });
  });
});

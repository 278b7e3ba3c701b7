import type { ArgTypes, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '@belfry/components/icon';
import '@belfry/components/button';
import {
  builtInIcons,
  iconSizes,
  registerIcon,
  type BfIcon,
  type BfButton,
  type IconSize,
} from '@belfry/components';
import { localeOf, textFor, type Locale } from './story-context';

/** The story args: the public properties of `<bf-icon>` an author sets as attributes. */
type IconArgs = {
  name: string;
  label: string;
  size: IconSize;
};

type Story = StoryObj<IconArgs>;

const names = Object.keys(builtInIcons);

/** Text these stories show around the icons, in the story's language. */
const iconText: Readonly<
  Record<
    Locale,
    {
      actionNeeded: string;
      taxAssessment: string;
      openingHours: string;
      callUs: string;
      otherSite: string;
      sizeSmall: string;
      sizeMedium: string;
      sizeLarge: string;
      receipt: string;
      agencyFlag: string;
    }
  >
> = {
  nl: {
    actionNeeded: 'Actie nodig',
    taxAssessment: 'Aanslagbiljet personenbelasting 2025',
    openingHours: 'Open van maandag tot vrijdag, van 9 tot 12 uur',
    callUs: 'Bel ons',
    otherSite: 'MyMinfin (andere website)',
    sizeSmall: 'Klein, naast gewone tekst',
    sizeMedium: 'Middel, in knoppen, links en lijsten',
    sizeLarge: 'Groot, in berichten en contactkanalen',
    receipt: 'Betalingsbewijs',
    agencyFlag: 'Nieuw bij onze dienst',
  },
  fr: {
    actionNeeded: 'Action requise',
    taxAssessment: 'Avertissement-extrait de rôle impôt des personnes physiques 2025',
    openingHours: 'Ouvert du lundi au vendredi, de 9 h à 12 h',
    callUs: 'Appelez-nous',
    otherSite: 'MyMinfin (autre site)',
    sizeSmall: 'Petite, à côté du texte courant',
    sizeMedium: 'Moyenne, dans les boutons, les liens et les listes',
    sizeLarge: 'Grande, dans les messages et les canaux de contact',
    receipt: 'Preuve de paiement',
    agencyFlag: 'Nouveau dans notre service',
  },
  de: {
    actionNeeded: 'Handlung erforderlich',
    taxAssessment: 'Steuerbescheid Einkommensteuer 2025',
    openingHours: 'Geöffnet montags bis freitags, von 9 bis 12 Uhr',
    callUs: 'Rufen Sie uns an',
    otherSite: 'MyMinfin (andere Website)',
    sizeSmall: 'Klein, neben normalem Text',
    sizeMedium: 'Mittel, in Schaltflächen, Links und Listen',
    sizeLarge: 'Groß, in Meldungen und Kontaktwegen',
    receipt: 'Zahlungsnachweis',
    agencyFlag: 'Neu bei unserem Dienst',
  },
  en: {
    actionNeeded: 'Action needed',
    taxAssessment: 'Personal income tax assessment 2025',
    openingHours: 'Open Monday to Friday, from 9:00 to 12:00',
    callUs: 'Call us',
    otherSite: 'MyMinfin (another website)',
    sizeSmall: 'Small, next to body text',
    sizeMedium: 'Medium, in buttons, links and lists',
    sizeLarge: 'Large, in messages and contact channels',
    receipt: 'Proof of payment',
    agencyFlag: 'New at our service',
  },
};

const textOf = (context: StoryContext<IconArgs>) => iconText[localeOf(context)];

// An agency's own icons, registered as an agency would: a line drawing and a filled shape. Each
// drawing is data (view box and path data), never markup.
registerIcon('example-receipt', {
  viewBox: '0 0 24 24',
  paint: 'stroke',
  paths: ['M6 3h12v18l-2-1.5-2 1.5-2-1.5-2 1.5-2-1.5-2 1.5z', 'M9 8h6', 'M9 12h6', 'M9 16h3'],
});
registerIcon('example-flag', {
  viewBox: '0 0 24 24',
  paths: ['M5 2.5h2v19H5z', 'M8 4h11l-3 4.5 3 4.5H8z'],
});

/** Every `<bf-icon>` in the story, drawn. */
async function expectDrawn(canvasElement: HTMLElement, count: number) {
  const icons = Array.from(canvasElement.querySelectorAll<BfIcon>('bf-icon'));
  await expect(icons).toHaveLength(count);
  for (const icon of icons) {
    await icon.updateComplete;
    const drawing = icon.shadowRoot?.querySelector('svg');
    await expect(drawing?.querySelector('path')).toBeInstanceOf(SVGPathElement);
    await expect(icon.getBoundingClientRect().width).toBeGreaterThan(0);
  }
  return icons;
}

// Rows the custom elements manifest adds to the API table that have no control of their own.
const documentedWithoutControl: ArgTypes = {
  // A property only (a definition object), used by components and shown in "Agency icons".
  icon: { control: false },
  // Inherited from every Belfry element; the icon has no built-in text to replace.
  strings: { table: { disable: true } },
};

const meta = {
  title: 'Components/Icon',
  component: 'bf-icon',
  render: (args) =>
    html`<bf-icon
      name=${args.name}
      label=${ifDefined(args.label || undefined)}
      size=${ifDefined(args.size === 'medium' ? undefined : args.size)}
    ></bf-icon>`,
  args: { name: 'info', label: '', size: 'medium' },
  argTypes: {
    name: {
      control: 'select',
      options: names,
      description: 'A built-in icon, or one registered with registerIcon().',
      table: { category: 'properties' },
    },
    label: {
      control: 'text',
      description:
        'What the icon means, when the text around it does not say it. Empty: decorative, hidden from screen readers.',
      table: { category: 'properties' },
    },
    size: {
      control: 'select',
      options: iconSizes,
      table: { category: 'properties', defaultValue: { summary: 'medium' } },
    },
    ...documentedWithoutControl,
  },
  parameters: {
    docs: {
      description: {
        component: [
          'An icon from the built-in set, or an agency’s own, drawn in the text colour. It needs',
          'no network and works under a strict Content-Security-Policy. Without `label` it is',
          'decorative and hidden from screen readers; with `label` it is an image with that name.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<IconArgs>;

export default meta;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const [icon] = await expectDrawn(canvasElement, 1);
    const drawing = icon!.shadowRoot!.querySelector('svg')!;
    if (args.label) await expect(drawing).toHaveAccessibleName(args.label);
    else await expect(drawing).toHaveAttribute('aria-hidden', 'true');
  },
};

/** Every built-in icon with its name, at the three sizes. */
export const Gallery: Story = {
  render: () =>
    html`<ul
      style="display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0.5rem; margin: 0; padding: 0; list-style: none"
    >
      ${names.map(
        (name) =>
          html`<li
            style="display: flex; align-items: center; gap: 0.5rem; padding: 0.5rem; border: 0.0625rem solid var(--bf-color-border, #d8dce0); border-radius: 0.25rem"
          >
            <bf-icon name=${name} size="small"></bf-icon>
            <bf-icon name=${name}></bf-icon>
            <bf-icon name=${name} size="large"></bf-icon>
            <code>${name}</code>
          </li>`,
      )}
    </ul>`,
  parameters: { controls: { disable: true } },
  play: async ({ canvasElement }) => {
    const icons = await expectDrawn(canvasElement, names.length * 3);
    for (const icon of icons) {
      await expect(icon.shadowRoot?.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    }
  },
};

/** The three sizes, from the `--bf-icon-size-…` tokens. They grow with the browser's text size. */
export const Sizes: Story = {
  render: (_args, context) => {
    const t = textOf(context);
    const label = { small: t.sizeSmall, medium: t.sizeMedium, large: t.sizeLarge };
    return html`<ul style="display: grid; gap: 0.75rem; margin: 0; padding: 0; list-style: none">
      ${iconSizes.map(
        (size) =>
          html`<li style="display: flex; align-items: center; gap: 0.5rem">
            <bf-icon name="document" size=${size}></bf-icon>
            <span><code>size="${size}"</code>: ${label[size]}</span>
          </li>`,
      )}
    </ul>`;
  },
  parameters: { controls: { disable: true } },
  play: async ({ canvasElement }) => {
    const icons = await expectDrawn(canvasElement, 3);
    const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const widths = icons.map((icon) => icon.getBoundingClientRect().width / rootSize);
    await expect(widths).toEqual([1, 1.25, 1.5]);
  },
};

/**
 * An icon that says something the text does not: in an e-Box row, "Action needed" is the
 * icon's `label`, so screen readers hear it too.
 */
export const Labelled: Story = {
  render: (_args, context) => {
    const t = textOf(context);
    return html`<p style="display: flex; align-items: center; gap: 0.5rem; margin: 0">
      <bf-icon
        name="warning"
        label=${t.actionNeeded}
        style="color: var(--bf-color-warning-text, #7a4a00)"
      ></bf-icon>
      <span>${t.taxAssessment}</span>
    </p>`;
  },
  parameters: { controls: { disable: true } },
  play: async (context) => {
    const [icon] = await expectDrawn(context.canvasElement, 1);
    const drawing = icon!.shadowRoot!.querySelector('svg')!;
    await expect(drawing).toHaveAttribute('role', 'img');
    await expect(drawing).toHaveAccessibleName(textOf(context).actionNeeded);
  },
};

/**
 * Icons in `bf-button`'s `start` and `end` slots stay decorative: the button's text names it.
 * An icon-only button gets its name from the button's `label`, not from the icon.
 */
export const InAButton: Story = {
  render: (_args, context) => {
    const t = textFor(context);
    return html`<div style="display: flex; flex-wrap: wrap; gap: 1rem">
      <bf-button variant="secondary"
        ><bf-icon slot="start" name="download"></bf-icon>${t.download}</bf-button
      >
      <bf-button>${t.next}<bf-icon slot="end" name="arrow-right"></bf-icon></bf-button>
      <bf-button variant="secondary" label=${t.search}><bf-icon name="search"></bf-icon></bf-button>
    </div>`;
  },
  parameters: { controls: { disable: true } },
  play: async (context) => {
    const t = textFor(context);
    await expectDrawn(context.canvasElement, 3);
    const buttons = Array.from(context.canvasElement.querySelectorAll<BfButton>('bf-button'));
    const names = [t.download, t.next, t.search];
    for (const [index, button] of buttons.entries()) {
      await button.updateComplete;
      const control = button.shadowRoot!.querySelector('[part="base"]')!;
      await expect(control).toHaveAccessibleName(names[index]);
    }
  },
};

/** Icons take the colour of the text around them: here body text and links. */
export const InTextAndLinks: Story = {
  render: (_args, context) => {
    const t = textOf(context);
    return html`<div style="display: grid; gap: 0.75rem">
      <p style="margin: 0">
        <bf-icon name="clock" size="small"></bf-icon>
        ${t.openingHours}
      </p>
      <p style="margin: 0">
        <a href="tel:+3225720000" style="color: var(--bf-color-link, #24589d)"
          ><bf-icon name="phone" size="small"></bf-icon> ${t.callUs}: 02 572 00 00</a
        >
      </p>
      <p style="margin: 0">
        <a href="https://finance.belgium.be" style="color: var(--bf-color-link, #24589d)"
          >${t.otherSite} <bf-icon name="external-link" size="small"></bf-icon
        ></a>
      </p>
    </div>`;
  },
  parameters: { controls: { disable: true } },
  play: async ({ canvasElement }) => {
    const icons = await expectDrawn(canvasElement, 3);
    for (const icon of icons) {
      const stroke = getComputedStyle(icon.shadowRoot!.querySelector('path')!).stroke;
      await expect(stroke).toBe(getComputedStyle(icon.parentElement!).color);
    }
  },
};

/**
 * An agency's own icons, registered with `registerIcon()` (see the guide): a line drawing and a
 * filled shape.
 */
export const AgencyIcons: Story = {
  render: (_args, context) => {
    const t = textOf(context);
    return html`<ul style="display: grid; gap: 0.75rem; margin: 0; padding: 0; list-style: none">
      <li style="display: flex; align-items: center; gap: 0.5rem">
        <bf-icon name="example-receipt"></bf-icon>${t.receipt}
      </li>
      <li style="display: flex; align-items: center; gap: 0.5rem">
        <bf-icon name="example-flag"></bf-icon>${t.agencyFlag}
      </li>
    </ul>`;
  },
  parameters: { controls: { disable: true } },
  play: async ({ canvasElement }) => {
    const [stroked, filled] = await expectDrawn(canvasElement, 2);
    const line = getComputedStyle(stroked!.shadowRoot!.querySelector('path')!);
    const shape = getComputedStyle(filled!.shadowRoot!.querySelector('path')!);
    await expect(line.fill).toBe('none');
    await expect(shape.stroke).toBe('none');
  },
};

import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '@belfry/components/footer';
import type { BfFooter } from '@belfry/components';
import { chromeText, footerContent } from './chrome-text';
import { localeOf, themeNames, themes } from './story-context';

type FooterArgs = {
  accessibilityHref: string;
  privacyHref: string;
  cookiesHref: string;
  contactHref: string;
  headingLevel: number;
};
type Story = StoryObj<FooterArgs>;

const footerOf = async (canvasElement: HTMLElement): Promise<BfFooter> => {
  const footer = canvasElement.querySelector('bf-footer');
  if (!footer) throw new Error('no bf-footer in the story');
  await footer.updateComplete;
  return footer;
};

// Rows the custom elements manifest adds to the API table, set by the stories themselves.
const documentedWithoutControl: ArgTypes = Object.fromEntries(
  ['accessibility-href', 'privacy-href', 'cookies-href', 'contact-href', 'heading-level'].map(
    (name) => [name, { control: false }],
  ),
);

const meta = {
  title: 'Components/Footer',
  component: 'bf-footer',
  render: (args, context) =>
    html`<bf-footer
      accessibility-href=${args.accessibilityHref}
      privacy-href=${args.privacyHref}
      cookies-href=${args.cookiesHref}
      contact-href=${args.contactHref}
      heading-level=${args.headingLevel}
      >${footerContent(chromeText[localeOf(context)])}</bf-footer
    >`,
  args: {
    accessibilityHref: '#accessibility',
    privacyHref: '#privacy',
    cookiesHref: '#cookies',
    contactHref: '#contact',
    headingLevel: 2,
  },
  argTypes: {
    accessibilityHref: {
      control: 'text',
      description: 'The address of the accessibility statement.',
      table: { category: 'properties' },
    },
    privacyHref: {
      control: 'text',
      description: 'The address of the privacy statement.',
      table: { category: 'properties' },
    },
    cookiesHref: {
      control: 'text',
      description: 'The address of the page about cookies.',
      table: { category: 'properties' },
    },
    contactHref: {
      control: 'text',
      description: 'The address of the contact page.',
      table: { category: 'properties' },
    },
    headingLevel: {
      control: 'select',
      options: [2, 3, 4, 5, 6],
      description: 'The level of the heading above the alternatives.',
      table: { category: 'properties', defaultValue: { summary: '2' } },
    },
    ...documentedWithoutControl,
  },
  parameters: {
    layout: 'fullscreen',
    // On its own canvas a story sits inside Storybook's main landmark, where no footer belongs;
    // on a page it is top level, and test/footer/axe.test.ts runs axe's landmark rules there.
    a11y: { config: { rules: [{ id: 'landmark-contentinfo-is-top-level', enabled: false }] } },
    docs: {
      description: {
        component: [
          'The federal frame at the bottom of every page: the other ways to reach the agency,',
          "its details, the mandatory links in the page's language, and the belgium.be line.",
        ].join(' '),
      },
    },
  },
} satisfies Meta<FooterArgs>;

export default meta;

/** Every part: the alternatives, the agency, the mandatory links and one of the page's own. */
export const Default: Story = {
  play: async (context) => {
    const footer = await footerOf(context.canvasElement);
    const links = footer.shadowRoot!.querySelectorAll('[part="link"]');
    await expect(links).toHaveLength(4);
    await expect(footer.shadowRoot!.querySelector('[part="heading"]')!.textContent).not.toBe('');
  },
};

/** Only the mandatory links: without alternatives, no heading is shown. */
export const LinksOnly: Story = {
  render: (args) =>
    html`<bf-footer
      accessibility-href=${args.accessibilityHref}
      privacy-href=${args.privacyHref}
      cookies-href=${args.cookiesHref}
      contact-href=${args.contactHref}
    ></bf-footer>`,
  play: async ({ canvasElement }) => {
    const footer = await footerOf(canvasElement);
    const section = footer.shadowRoot!.querySelector('[part="alternatives"]')!;
    await expect(section.checkVisibility()).toBe(false);
  },
};

/** At 320 px everything wraps; nothing scrolls sideways (WCAG 1.4.10). */
export const SmallScreen: Story = {
  globals: { viewport: { value: 'smallPhone320', isRotated: false } },
  play: async ({ canvasElement }) => {
    await footerOf(canvasElement);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};

/** The footer in every theme, so that the story test checks its contrast in each. */
export const InEveryTheme: Story = {
  render: (args, context) =>
    html`${themes.map(
      (theme) =>
        html`<div
          data-bf-theme=${theme}
          style="background: var(--bf-color-background); padding-block-start: 1rem"
        >
          <p style="margin: 0; padding: 0.5rem 1rem; color: var(--bf-color-text)">
            ${themeNames[theme]}
          </p>
          <bf-footer accessibility-href=${args.accessibilityHref} contact-href=${args.contactHref}
            >${footerContent(chromeText[localeOf(context)])}</bf-footer
          >
        </div>`,
    )}`,
  parameters: { controls: { disable: true } },
};

import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/header';
import type { BfHeader } from '@belfry/components';
import { chromeText, headerContent } from './chrome-text';
import { localeOf, themeNames, themes } from './story-context';

type HeaderArgs = { menuOpen: boolean; noLanguageSwitcher: boolean };
type Story = StoryObj<HeaderArgs>;

const headerOf = async (canvasElement: HTMLElement): Promise<BfHeader> => {
  const header = canvasElement.querySelector('bf-header');
  if (!header) throw new Error('no bf-header in the story');
  await header.updateComplete;
  return header;
};

// Rows the custom elements manifest adds to the API table, set by the stories themselves.
const documentedWithoutControl: ArgTypes = Object.fromEntries(
  ['menu-open', 'no-language-switcher'].map((name) => [name, { control: false }]),
);

const meta = {
  title: 'Components/Header',
  component: 'bf-header',
  render: (args, context) =>
    html`<bf-header ?menu-open=${args.menuOpen} ?no-language-switcher=${args.noLanguageSwitcher}
      >${headerContent(chromeText[localeOf(context)])}</bf-header
    >`,
  args: { menuOpen: false, noLanguageSwitcher: false },
  argTypes: {
    menuOpen: {
      control: 'boolean',
      description: 'Whether the navigation is shown on a small screen.',
      table: { category: 'properties', defaultValue: { summary: 'false' } },
    },
    noLanguageSwitcher: {
      control: 'boolean',
      description: "Leaves out the header's own language switcher.",
      table: { category: 'properties', defaultValue: { summary: 'false' } },
    },
    ...documentedWithoutControl,
  },
  parameters: {
    layout: 'fullscreen',
    // On its own canvas a story sits inside Storybook's main landmark, where no header belongs;
    // on a page it is top level, and test/header/axe.test.ts runs axe's landmark rules there.
    a11y: { config: { rules: [{ id: 'landmark-banner-is-top-level', enabled: false }] } },
    docs: {
      description: {
        component: [
          'The federal frame at the top of every page: the identity bar with "How do you',
          'know?", the agency, the language switcher, sign-in, and the main navigation, which',
          'collapses behind a Menu button when the header is narrow.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<HeaderArgs>;

export default meta;

/** A wide header: every navigation link in a row under the agency and the tools. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const header = await headerOf(canvasElement);
    const toggle = header.shadowRoot!.querySelector<HTMLElement>('[part="identity-toggle"]')!;
    await userEvent.click(toggle);
    await expect(header.shadowRoot!.querySelector('details')!.open).toBe(true);
  },
};

/**
 * At 320 px the navigation collapses behind the Menu button, which says whether it is open
 * (`aria-expanded`). Escape closes it and brings focus back to the button.
 */
export const SmallScreen: Story = {
  globals: { viewport: { value: 'smallPhone320', isRotated: false } },
  play: async ({ canvasElement }) => {
    const header = await headerOf(canvasElement);
    const button = header.shadowRoot!.querySelector<HTMLButtonElement>('[part="menu-button"]')!;
    await waitFor(() => expect(button.checkVisibility()).toBe(true));
    await userEvent.click(button);
    await expect(button.getAttribute('aria-expanded')).toBe('true');
    const firstLink = header.querySelector<HTMLAnchorElement>('ul a')!;
    await expect(firstLink.checkVisibility()).toBe(true);
    await userEvent.keyboard('{Escape}');
    await expect(button.getAttribute('aria-expanded')).toBe('false');
    await expect(header.shadowRoot!.activeElement).toBe(button);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};

/** The page's own language switcher, as links to the translated pages: no JavaScript needed. */
export const WithYourOwnLanguageLinks: Story = {
  render: (_args, context) =>
    html`<bf-header
      >${headerContent(chromeText[localeOf(context)])}
      <bf-language-switcher
        slot="language"
        href-template="#/{lang}/belastingen"
      ></bf-language-switcher
    ></bf-header>`,
};

/** The header in every theme, so that the story test checks its contrast in each. */
export const InEveryTheme: Story = {
  render: (_args, context) =>
    html`${themes.map(
      (theme) =>
        html`<div
          data-bf-theme=${theme}
          style="background: var(--bf-color-background); padding-block-end: 1rem"
        >
          <p style="margin: 0; padding: 0.5rem 1rem; color: var(--bf-color-text)">
            ${themeNames[theme]}
          </p>
          <bf-header no-language-switcher
            >${headerContent(chromeText[localeOf(context)])}</bf-header
          >
        </div>`,
    )}`,
  parameters: {
    controls: { disable: true },
    // A page has one header; this story shows five, one per theme, their navigations named alike.
    a11y: {
      config: {
        rules: [
          { id: 'landmark-unique', enabled: false },
          { id: 'landmark-banner-is-top-level', enabled: false },
        ],
      },
    },
  },
};

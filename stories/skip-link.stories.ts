import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/skip-link';
import type { BfSkipLink } from '@belfry/components';
import { localeOf, type Locale } from './story-context';

type SkipLinkArgs = { target: string };
type Story = StoryObj<SkipLinkArgs>;

const text: Record<Locale, { press: string; heading: string; menu: string }> = {
  nl: { press: 'Druk op Tab om de link te zien.', heading: 'Verhuizing doorgeven', menu: 'Menu' },
  fr: {
    press: 'Appuyez sur Tab pour voir le lien.',
    heading: 'Signaler un déménagement',
    menu: 'Menu',
  },
  de: { press: 'Drücken Sie Tab, um den Link zu sehen.', heading: 'Umzug melden', menu: 'Menü' },
  en: { press: 'Press Tab to see the link.', heading: 'Report a change of address', menu: 'Menu' },
};

const meta = {
  title: 'Components/Skip link',
  component: 'bf-skip-link',
  args: { target: '' },
  argTypes: { target: { control: 'text', table: { category: 'properties' } } },
  render: (args, context) => {
    const t = text[localeOf(context)];
    return html`<div style="position: relative; min-block-size: 12rem">
      <bf-skip-link target=${args.target || undefined}></bf-skip-link>
      <p>${t.press}</p>
      <nav aria-label=${t.menu}><a href="#story-home">${t.menu}</a></nav>
      <h1>${t.heading}</h1>
    </div>`;
  },
  parameters: {
    docs: {
      description: {
        component:
          'The first link on every page, shown when it gets focus: it takes keyboard and screen reader users past the header and menus to the main content.',
      },
    },
  },
} satisfies Meta<SkipLinkArgs>;

export default meta;

/**
 * Its own link, in the page's language. Tab into the story to see it. It leads to the main
 * landmark: here, the story's own area (`role="main"`).
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const skip = canvasElement.querySelector<BfSkipLink>('bf-skip-link')!;
    await skip.updateComplete;
    // The element's own link is in light DOM (the shadow root's link is only the server render's
    // fallback, hidden behind the slotted one).
    const link = skip.querySelector<HTMLAnchorElement>(':scope > a.bf-skip-link')!;
    await expect(link).toBeTruthy();
    link.focus();
    await expect(skip.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    await userEvent.click(link);
    await waitFor(() =>
      expect(canvasElement.ownerDocument.activeElement?.getAttribute('role')).toBe('main'),
    );
  },
};

/** Your own `<a href="#…">`: a link before the script runs, and without JavaScript. */
export const AuthorsOwnLink: Story = {
  render: (_args, context) => {
    const t = text[localeOf(context)];
    return html`<div style="position: relative; min-block-size: 12rem">
      <bf-skip-link><a href="#content">${t.heading}</a></bf-skip-link>
      <p>${t.press}</p>
      <section id="content"><h1>${t.heading}</h1></section>
    </div>`;
  },
};

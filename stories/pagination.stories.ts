import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@belfry/components/pagination';
import type { BfPagination } from '@belfry/components';
import { themeNames, themes } from './story-context';

type PaginationArgs = { current: number; total: number; hrefTemplate: string };
type Story = StoryObj<PaginationArgs>;

const paginationOf = async (canvasElement: HTMLElement): Promise<BfPagination> => {
  const element = canvasElement.querySelector('bf-pagination');
  if (!element) throw new Error('no bf-pagination in the story');
  await element.updateComplete;
  return element;
};

// Rows the custom elements manifest adds to the API table, set by the stories themselves.
const documentedWithoutControl: ArgTypes = Object.fromEntries(
  ['href-template', 'pageCount', 'currentPage'].map((name) => [name, { control: false }]),
);

const meta = {
  title: 'Components/Pagination',
  component: 'bf-pagination',
  render: (args) =>
    html`<bf-pagination
      current=${args.current}
      total=${args.total}
      href-template=${args.hrefTemplate}
    ></bf-pagination>`,
  args: { current: 3, total: 12, hrefTemplate: '?page={page}' },
  argTypes: {
    current: {
      control: { type: 'number', min: 1 },
      description: 'The page shown, from 1.',
      table: { category: 'properties', defaultValue: { summary: '1' } },
    },
    total: {
      control: { type: 'number', min: 1 },
      description: 'How many pages there are.',
      table: { category: 'properties', defaultValue: { summary: '1' } },
    },
    hrefTemplate: {
      control: 'text',
      description: 'The address of each page, with {page}. Empty: buttons.',
      table: { category: 'properties' },
    },
    ...documentedWithoutControl,
  },
  parameters: {
    docs: {
      description: {
        component: [
          'Lets citizens move through a long list shown a page at a time: "Page 3 of 12",',
          'Previous and Next, and the page numbers around the current one.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<PaginationArgs>;

export default meta;

/** Links to each page, made from `href-template`: they work without JavaScript. */
export const Links: Story = {
  play: async ({ canvasElement }) => {
    const element = await paginationOf(canvasElement);
    const current = element.shadowRoot!.querySelector('[aria-current="page"]');
    await expect(current?.textContent?.trim()).toBe('3');
  },
};

/**
 * Buttons for a single-page app: without `href-template` each page fires `bf-page-change`.
 * Unless the app cancels it, the pagination moves to the page and announces "Page 4 of 12".
 */
export const SinglePageApp: Story = {
  args: { hrefTemplate: '' },
  play: async ({ canvasElement }) => {
    const element = await paginationOf(canvasElement);
    await userEvent.click(element.shadowRoot!.querySelector<HTMLElement>('[part="next"]')!);
    await waitFor(() => expect(element.current).toBe(4));
  },
};

/** The first page has no Previous; the last has no Next. */
export const FirstPage: Story = { args: { current: 1 } };

/** At 320 px: Previous, "Page 3 of 12" and Next, each a 44 px target; nothing scrolls sideways. */
export const SmallScreen: Story = {
  globals: { viewport: { value: 'smallPhone320', isRotated: false } },
  play: async ({ canvasElement }) => {
    const element = await paginationOf(canvasElement);
    const status = element.shadowRoot!.querySelector('[part="status"]')!;
    await expect(status.getBoundingClientRect().width).toBeGreaterThan(1);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};

/** The pagination in every theme, so that the story test checks its contrast in each. */
export const InEveryTheme: Story = {
  render: (args) =>
    html`${themes.map(
      (theme) =>
        html`<section
          data-bf-theme=${theme}
          aria-label=${themeNames[theme]}
          style="background: var(--bf-color-surface); color: var(--bf-color-text); padding: 1rem"
        >
          <bf-pagination current="6" total="12" href-template=${args.hrefTemplate}></bf-pagination>
        </section>`,
    )}`,
  parameters: {
    controls: { disable: true },
    // A page has one pagination per list; this story shows five, all named alike.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
};

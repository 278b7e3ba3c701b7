import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@belfry/components/ebox-list';
import type { BfEboxList, EboxMessage } from '@belfry/components';
import { inbox, inboxNow } from './ebox-inbox';
import { localeOf, type Locale } from './story-context';

type EboxListArgs = { loading: boolean; error: boolean; hrefTemplate: string };
type Story = StoryObj<EboxListArgs>;

const listOf = async (canvasElement: HTMLElement): Promise<BfEboxList> => {
  const element = canvasElement.querySelector('bf-ebox-list');
  if (!element) throw new Error('no bf-ebox-list in the story');
  await element.updateComplete;
  return element;
};

const headings: Readonly<Record<Locale, string>> = {
  nl: 'Mijn e-Box',
  fr: 'Mon e-Box',
  de: 'Meine e-Box',
  en: 'My e-Box',
};

/**
 * A host as an agency writes it: opening a message marks it read, the bulk actions change the
 * messages, archiving removes them. The list does the rest (search, filters, sort, pages).
 */
function host(messages: readonly EboxMessage[], locale: Locale, args: EboxListArgs) {
  const update = (list: BfEboxList, change: (message: EboxMessage) => EboxMessage | null) => {
    list.messages = list.messages.flatMap((message) => change(message) ?? []);
  };
  return html`<h1>${headings[locale]}</h1>
    <bf-ebox-list
      .now=${inboxNow}
      .messages=${messages}
      ?loading=${args.loading}
      ?error=${args.error}
      href-template=${args.hrefTemplate}
      @bf-ebox-open=${(event: CustomEvent<{ id: string }>) => {
        // A single-page app shows the message itself; here, it is marked read.
        event.preventDefault();
        const list = event.currentTarget as BfEboxList;
        update(list, (message) =>
          message.id === event.detail.id ? { ...message, read: true } : message,
        );
      }}
      @bf-ebox-action=${(event: CustomEvent<{ action: string; ids: readonly string[] }>) => {
        const { action, ids } = event.detail;
        update(event.currentTarget as BfEboxList, (message) => {
          if (!ids.includes(message.id)) return message;
          if (action === 'archive') return null;
          return { ...message, read: action === 'mark-read' };
        });
      }}
      @bf-ebox-retry=${(event: Event) => {
        (event.currentTarget as BfEboxList).error = false;
      }}
    ></bf-ebox-list>`;
}

// Rows the custom elements manifest adds to the API table, set by the stories themselves.
const documentedWithoutControl: ArgTypes = Object.fromEntries(
  [
    'messages',
    'total',
    'page',
    'page-size',
    'unread-count',
    'mailbox-count',
    'senders',
    'messageTypes',
    'query',
    'href-template',
    'urgent-days',
    'now',
    'selectedIds',
    'serverMode',
  ].map((name) => [name, { control: false }]),
);

const meta = {
  title: 'Components/e-Box list',
  component: 'bf-ebox-list',
  render: (args, context) => host(inbox, localeOf(context), args),
  args: { loading: false, error: false, hrefTemplate: '' },
  argTypes: {
    loading: {
      control: 'boolean',
      description: 'Messages are being loaded: grey bars, and the list is busy.',
      table: { category: 'properties', defaultValue: { summary: 'false' } },
    },
    error: {
      control: 'boolean',
      description: 'Loading failed: a message and "Try again".',
      table: { category: 'properties', defaultValue: { summary: 'false' } },
    },
    hrefTemplate: {
      control: 'text',
      description: 'The address of a message, with {id}. Empty: subjects are buttons.',
      table: { category: 'properties' },
    },
    ...documentedWithoutControl,
  },
  parameters: {
    docs: {
      description: {
        component: [
          'The e-Box letterbox: unread messages, deadlines, registered mail and payments',
          'impossible to miss, with search, filters, sort, selection and pages of 25.',
          'Switch the language in the toolbar: the inbox is shown in Dutch, French, German and',
          'English.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<EboxListArgs>;

export default meta;

/**
 * A citizen's inbox: a tax assessment from FPS Finance to pay, a registered letter, a pension
 * estimate, a social security certificate, a city hall letter that has expired and a letter
 * only in French. Open a message to mark it read; select some and use the actions.
 */
export const Inbox: Story = {
  play: async ({ canvasElement }) => {
    const list = await listOf(canvasElement);
    const root = list.shadowRoot!;
    const summary = root.querySelector('[part="summary"]')!;
    const before = summary.textContent;
    root.querySelector<HTMLButtonElement>('[part="message"] [part="subject"]')!.click();
    await waitFor(() => expect(summary.textContent).not.toBe(before));
    await expect(root.querySelectorAll('[part="message"]').length).toBe(6);
  },
};

/** Subjects as links, for a site where each message has its own address. */
export const Links: Story = {
  args: { hrefTemplate: '#/ebox/{id}' },
};

/** While the messages load: grey bars where they will be, the list marked busy. */
export const Loading: Story = {
  args: { loading: true },
};

/** Loading failed: "Try again" asks the host to load again, filters and selection kept. */
export const LoadingFailed: Story = {
  args: { error: true },
};

/** An e-Box without messages. */
export const Empty: Story = {
  render: (args, context) => host([], localeOf(context), args),
};

/** Ten thousand messages, searched and paged 25 at a time without a wait. */
export const TenThousandMessages: Story = {
  render: (args, context) => {
    const senders = inbox.map((message) => message.sender);
    const messages: EboxMessage[] = Array.from({ length: 10_000 }, (_, index) => {
      const model = inbox[index % inbox.length]!;
      return {
        ...model,
        id: `generated-${index}`,
        sender: senders[index % senders.length]!,
        receivedAt: new Date(inboxNow.getTime() - index * 3_600_000).toISOString(),
        read: index % 4 !== 0,
      };
    });
    return host(messages, localeOf(context), args);
  },
  play: async ({ canvasElement }) => {
    const list = await listOf(canvasElement);
    await expect(list.shadowRoot!.querySelectorAll('[part="message"]').length).toBe(25);
  },
};

/** On a 320 px phone: every part wraps, nothing scrolls sideways. */
export const SmallScreen: Story = {
  globals: { viewport: { value: 'smallPhone320', isRotated: false } },
};

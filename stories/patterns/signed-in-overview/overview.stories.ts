// Patterns/Signed-in overview: the citizen's "My overview" page after signing in, in the shared
// frame (skip link, header with the signed-in account and sign-out, footer with the non-digital
// alternatives): a greeting, an urgent alert about a letter that expires soon, the procedures in
// progress with their status, what the government already knows, the e-Box list, and the help.
// Every story runs axe with the page rules on; the play function checks the landmarks, the
// heading outline, that nothing scrolls sideways, and that opening a message and going back
// works from the keyboard, with focus where the citizen left off.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { BfEboxList, BfEboxMessage } from '@belfry/components';
import { localeOf } from '../../story-context';
import { addPageStyles } from '../frame';
import { checkPage, focusedElement, pageA11y } from '../page-checks';
import { citizen, overviewPage, overviewText, urgentMessageId } from './overview';

/** The message the keyboard test opens from the list: the registered letter, still unread. */
const registeredLetterId = 'msg-2026-0002';

const subjectInList = (list: BfEboxList, id: string) =>
  list.shadowRoot!.querySelector<HTMLElement>(`[part~="subject"][data-id="${id}"]`)!;

const backLinkOf = (viewer: BfEboxMessage) =>
  viewer.shadowRoot!.querySelector<HTMLAnchorElement>('.back a')!;

const meta = {
  title: 'Patterns/Signed-in overview',
  render: (_args, context) => {
    addPageStyles();
    return overviewPage(localeOf(context));
  },
  parameters: {
    page: true,
    layout: 'fullscreen',
    a11y: {
      ...pageA11y,
      config: {
        ...pageA11y.config,
        rules: [
          ...pageA11y.config.rules,
          // The summary list's rows stand between its <dl> and their <dt>/<dd> in the DOM, which
          // these two rules read; the browser's accessibility tree has the terms and definitions
          // straight under the list (test/summary-list/a11y-tree.test.ts).
          { id: 'definition-list', enabled: false },
          { id: 'dlitem', enabled: false },
        ],
      },
    },
  },
  play: async (context: StoryContext) => {
    const { canvasElement } = context;
    const title = overviewText[localeOf(context)].greeting(citizen.firstName);
    // The header's menu, the language switcher and the breadcrumbs.
    await checkPage(canvasElement, { title, navigations: 3 });

    const list = canvasElement.querySelector<BfEboxList>('bf-ebox-list')!;
    const viewer = canvasElement.querySelector<BfEboxMessage>('bf-ebox-message')!;
    await list.updateComplete;
    await expect(viewer.hidden).toBe(true);

    // Open a message from the list with the keyboard: it replaces the list, focus on its subject.
    subjectInList(list, registeredLetterId).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(viewer.hidden).toBe(false));
    await expect(list.hidden).toBe(true);
    const subject = viewer.shadowRoot!.querySelector('.subject')!;
    await waitFor(() => expect(focusedElement()).toBe(subject));
    await expect(list.messages.find((message) => message.id === registeredLetterId)?.read).toBe(
      true,
    );
    // The message's subject sits under the e-Box heading: still one h1, no level skipped.
    await checkPage(canvasElement, { title, navigations: 3 });

    // Back to the list with the keyboard: focus returns to the message the citizen opened.
    backLinkOf(viewer).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(list.hidden).toBe(false));
    await expect(viewer.hidden).toBe(true);
    await waitFor(() => expect(focusedElement()).toBe(subjectInList(list, registeredLetterId)));

    // From the urgent alert: the tax assessment opens, and back returns to the alert's link.
    const alertLink = canvasElement.querySelector<HTMLAnchorElement>('bf-alert a')!;
    await userEvent.click(alertLink);
    await waitFor(() => expect(viewer.hidden).toBe(false));
    await expect(viewer.message?.id).toBe(urgentMessageId);
    await waitFor(() => expect(focusedElement()).toBe(subject));
    await userEvent.click(backLinkOf(viewer));
    await waitFor(() => expect(list.hidden).toBe(false));
    await waitFor(() => expect(focusedElement()).toBe(alertLink));
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Dutch: Story = { globals: { locale: 'nl' } };
export const French: Story = { globals: { locale: 'fr' } };
export const German: Story = { globals: { locale: 'de' } };
export const English: Story = { globals: { locale: 'en' } };
/** At 320 px, as on a small phone, and at 400 % zoom: nothing scrolls sideways. */
export const DutchPhone: Story = {
  globals: { locale: 'nl', viewport: { value: 'smallPhone320', isRotated: false } },
};
/** German has the longest words: at 320 px they wrap instead of pushing the page sideways. */
export const GermanPhone: Story = {
  globals: { locale: 'de', viewport: { value: 'smallPhone320', isRotated: false } },
};

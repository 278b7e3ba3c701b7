import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/ebox-list';
import { defaultEboxQuery, type BfEboxList, type EboxMessage } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';
import { inbox, inboxNow, mailbox } from './helpers.js';

type Props = {
  messages: readonly EboxMessage[];
  loading: boolean;
  error: boolean;
  selected: readonly string[];
  filters: Record<string, unknown>;
  links: boolean;
};

// Every state × theme × language: the text changes with the language, the colours with the
// theme. The states are those a citizen meets: the inbox (unread, urgent, expired, registered,
// a subject in another language), a selection, more filters open, several pages, loading,
// empty, no result and an error.
axeMatrix<Props>({
  tag: 'bf-ebox-list',
  variants: { buttons: {}, links: { links: true } },
  states: {
    inbox: { messages: inbox },
    selected: { messages: inbox, selected: ['msg-2026-0001', 'msg-2026-0003'] },
    // A sender filter opens "More filters".
    'more filters': { messages: inbox, filters: { senderId: '0308357159' } },
    'many pages': { messages: mailbox(60) },
    loading: { messages: [], loading: true },
    empty: { messages: [] },
    'no result': { messages: inbox, filters: { search: 'nothing like this' } },
    error: { messages: inbox, error: true },
  },
  locales: true,
  render: (props) =>
    html`<h1>e-Box</h1>
      <bf-ebox-list
        .now=${inboxNow}
        .messages=${props.messages ?? []}
        .selectedIds=${props.selected ?? []}
        .query=${{ ...defaultEboxQuery, ...props.filters }}
        ?loading=${props.loading ?? false}
        ?error=${props.error ?? false}
        href-template=${props.links ? '#/ebox/{id}' : ''}
        @bf-ebox-open=${(event: Event) => event.preventDefault()}
      ></bf-ebox-list>`,
});

describe('<bf-ebox-list> and the axe gate', () => {
  it('fails when a message checkbox loses its name', async () => {
    const el = await fixture<BfEboxList>(html`<bf-ebox-list lang="en"></bf-ebox-list>`);
    el.messages = inbox;
    await el.updateComplete;
    el.shadowRoot!.querySelector('[part="message"] label')!.remove();
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.include('label');
  });
});

// bf-ebox-list in server mode, wired to an e-Box service with fetch: the example integration an
// agency copies (docs/guides/ebox-server-mode.md). The list sends what the citizen asks for
// (filters, search, sort, page) as `bf-ebox-query`; this script fetches that page and gives the
// list its messages, the total and the page. It shows the loading state while a request runs,
// the error state when one fails, and loads again on retry with the same query, so the
// citizen's filters and selection stay. Opening a message marks it read; bulk actions are sent
// to the service. Plain JavaScript, no framework, no inline code: it runs under a strict CSP.
// The service's address is the list's `data-api` attribute; `data-action-error` names the alert
// shown when a bulk action fails.

/** The URL parameters of a query: every filter the list set, nothing for an absent one. */
export function queryParams(query) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  return params;
}

/** Wires `list` to the e-Box service at `api` (e.g. `/api/ebox`). */
export function connectEboxList(list, api) {
  /** The request in flight: a newer query aborts it, so an older answer never wins. */
  let pending;

  async function request(path, init = {}) {
    const response = await fetch(`${api}${path}`, {
      ...init,
      headers: { Accept: 'application/json', ...init.headers },
    });
    if (!response.ok) throw new Error(`The e-Box service answered ${response.status}.`);
    return response.json();
  }

  async function load(query) {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    list.loading = true;
    list.error = false;
    try {
      const answer = await request(`/messages?${queryParams(query)}`, {
        signal: controller.signal,
      });
      if (controller.signal.aborted) return;
      list.messages = answer.items;
      list.total = answer.total;
      list.page = answer.page;
    } catch {
      // A newer query took over: its answer will fill the list.
      if (controller.signal.aborted) return;
      // The list says what went wrong in the citizen's language and offers to try again.
      list.error = true;
    } finally {
      if (pending === controller) {
        pending = undefined;
        list.loading = false;
      }
    }
  }

  /** Replaces the messages `ids` with copies changed by `change`: the list sees new objects. */
  function update(ids, change) {
    const wanted = new Set(ids);
    list.messages = list.messages.map((message) =>
      wanted.has(message.id) ? { ...message, ...change } : message,
    );
  }

  list.addEventListener('bf-ebox-query', (event) => load(event.detail.query));
  list.addEventListener('bf-ebox-retry', (event) => load(event.detail.query));

  /** The mailbox summary ("3 unread messages of 128"): after loading, and after each change. */
  async function summarize() {
    try {
      const summary = await request('/summary');
      list.unreadCount = summary.unread;
      list.mailboxCount = summary.total;
    } catch {
      // Without it the list leaves the summary out; the messages matter more.
    }
  }

  async function act(action, ids) {
    await request('/actions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action, ids }),
    });
  }

  // Opening a message marks it read (the page would show it too, e.g. with bf-ebox-message).
  list.addEventListener('bf-ebox-open', async (event) => {
    const { id, message } = event.detail;
    if (message.read) return;
    update([id], { read: true });
    try {
      await act('mark-read', [id]);
    } catch {
      update([id], { read: false });
    }
    await summarize();
  });

  // The selection is kept until the service has applied the action: if it fails, the citizen
  // can try again without selecting everything anew.
  list.addEventListener('bf-ebox-action', async (event) => {
    event.preventDefault();
    const { action, ids } = event.detail;
    const failed = document.getElementById(list.dataset.actionError ?? '');
    if (failed) failed.hidden = true;
    try {
      await act(action, ids);
    } catch {
      if (failed) failed.hidden = false;
      return;
    }
    list.selectedIds = [];
    if (action === 'archive') await load(list.query);
    else update(ids, { read: action === 'mark-read' });
    await summarize();
  });

  // The senders and message types for the filters: the list sees one page only.
  request('/senders')
    .then((senders) => (list.senders = senders))
    .catch(() => {});
  request('/message-types')
    .then((types) => (list.messageTypes = types))
    .catch(() => {});
  summarize();

  // Server mode from the start: the list sends queries instead of searching its own messages.
  if (typeof list.total !== 'number') list.total = 0;
  return load(list.query);
}

const list = document.querySelector('bf-ebox-list[data-api]');
if (list) {
  customElements.whenDefined('bf-ebox-list').then(() => connectEboxList(list, list.dataset.api));
}

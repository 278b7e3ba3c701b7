// Shared by the bf-ebox-list tests: the realistic inbox, a generated mailbox of any size, and
// ways to read the list as a user meets it.
import type { BfEboxList, EboxMessage } from '@belfry/components';

export { inbox, inboxNow } from '../../stories/ebox-inbox.js';

const senders = [
  { id: 'fin', name: { nl: 'FOD Financiën', fr: 'SPF Finances', de: 'FÖD Finanzen' } },
  { id: 'pen', name: { nl: 'Federale Pensioendienst', fr: 'Service fédéral des Pensions' } },
  { id: 'rsz', name: { nl: 'RSZ', fr: 'ONSS', de: 'LSS' } },
];

/** `count` messages, one a day back from 1 June 2026; every third unread, every fifth registered. */
export function mailbox(count: number): EboxMessage[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `m${index}`,
    subject: { nl: `Bericht ${index}`, fr: `Message ${index}`, de: `Nachricht ${index}` },
    receivedAt: new Date(Date.UTC(2026, 5, 1) - index * 86_400_000).toISOString(),
    expiresAt: index % 7 === 0 ? undefined : new Date(Date.UTC(2026, 5, 10 + index)).toISOString(),
    read: index % 3 !== 0,
    registeredMail: index % 5 === 0,
    sender: senders[index % senders.length]!,
    messageType: {
      id: index % 2 ? 'letter' : 'tax',
      name: { nl: index % 2 ? 'Brief' : 'Aanslag' },
    },
    attachments: [],
  }));
}

export const shadow = (list: BfEboxList) => list.shadowRoot!;
export const rows = (list: BfEboxList) => [
  ...shadow(list).querySelectorAll<HTMLLIElement>('[part="message"]'),
];
export const subjects = (list: BfEboxList) =>
  rows(list).map((row) => row.querySelector('[part="subject"]')!.textContent!.trim());
export const part = <T extends Element = HTMLElement>(list: BfEboxList, name: string) =>
  shadow(list).querySelector<T>(`[part="${name}"]`);
export const control = <T extends Element = HTMLInputElement>(list: BfEboxList, id: string) =>
  shadow(list).getElementById(id) as T | null;

/** Everything a sighted user can read in the list, as one string. */
export const visibleText = (list: BfEboxList) => {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Text) parts.push(node.data);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(shadow(list));
  return parts.join(' ').replace(/\s+/g, ' ');
};

/** Sets a control's value as a user would, firing `input` and `change`. */
export async function setValue(list: BfEboxList, id: string, value: string | boolean) {
  const element = control<HTMLInputElement | HTMLSelectElement>(list, id)!;
  if (typeof value === 'boolean') (element as HTMLInputElement).checked = value;
  else element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
  await list.updateComplete;
}

// The modals open on the page, most recent last. A modal <dialog> makes everything outside it
// inert, hidden from assistive technology too: whatever must still be heard while it is open
// (the page's announcer) moves inside it. A <dialog> in a shadow root cannot be found with a
// selector, so Belfry's modals say when they open and close.

const stack: { owner: object; container: Element }[] = [];

/** Records that `owner` opened a modal; `container` is an element inside it, in its flat tree. */
export function enterModal(owner: object, container: Element): void {
  leaveModal(owner);
  stack.push({ owner, container });
}

/** Records that `owner`'s modal closed. */
export function leaveModal(owner: object): void {
  const index = stack.findIndex((entry) => entry.owner === owner);
  if (index >= 0) stack.splice(index, 1);
}

/** An element inside the modal opened last that is still open, or `undefined`. */
export function topModalContainer(): Element | undefined {
  for (let index = stack.length - 1; index >= 0; index--) {
    const { container } = stack[index]!;
    if (container.isConnected) return container;
  }
  return undefined;
}

// The inline error message of a field or a group of options, built the same way for both
// (`FormControlController` and `ChoiceGroupController`): a `<p slot="error">` in the host's light
// DOM, so that `aria-describedby` can point at it, starting with a visually hidden "Error:".

/** The marker of the light-DOM nodes a field manages; everything else the author wrote is theirs. */
export const fieldMarker = 'data-bf-field';

/**
 * Takes out the error the server wrote (`<p slot="error">`, from its own checks) and returns its
 * text (`''` when there is none). The caller shows it until the answer changes: it is the
 * server's verdict on that answer.
 */
export function takeServerError(host: Element): string {
  const written = host.querySelector(`:scope > [slot="error"]:not([${fieldMarker}])`);
  const message = written?.textContent?.trim() ?? '';
  written?.remove();
  return message;
}

/** Creates the managed error node with this id, at the end of the host; fill it with `setErrorText`. */
export function createErrorNode(host: Element, id: string): HTMLElement {
  const node = host.ownerDocument.createElement('p');
  node.setAttribute(fieldMarker, 'error');
  node.slot = 'error';
  node.id = id;
  const prefix = host.ownerDocument.createElement('span');
  // Visually hidden through the CSSOM, which a strict style-src policy allows: "Error:" is for
  // screen readers; sighted users see the error's colour and the field's error state.
  prefix.style.cssText =
    'position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
  node.append(prefix, '');
  host.append(node);
  return node;
}

/**
 * Puts the "Error:" prefix (with the language it is in, when that differs from the page's) and
 * the message into a node made by `createErrorNode`, touching only what changed.
 */
export function setErrorText(
  node: HTMLElement,
  prefixText: string,
  lang: string | undefined,
  message: string,
): void {
  const prefix = node.firstChild as HTMLElement;
  if (prefix.textContent !== prefixText) prefix.textContent = prefixText;
  if (lang) prefix.lang = lang;
  else prefix.removeAttribute('lang');
  const text = prefix.nextSibling!;
  if (text.textContent !== ` ${message}`) text.textContent = ` ${message}`;
}

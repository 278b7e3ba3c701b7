// Keyboard checks as a user meets them: real key presses (`sendKeys` goes through the browser's
// input pipeline), focus followed into shadow roots. Tests that use these run one page at a time:
// name their file `keyboard.test.ts` or `<name>.keyboard.test.ts` (docs/accessibility/testing.md).
import { sendKeys } from '@web/test-runner-commands';

/** The element that has focus, followed into open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether focus is on `target` or inside it, its shadow root included. */
export function hasFocus(target: Element): boolean {
  for (let node: Node | null = deepActiveElement(); node;) {
    if (node === target) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

/** A short description for failure messages: `<bf-button> "Next"`. */
export function describeElement(element: Element | null): string {
  if (!element) return 'nothing (the page)';
  if (element === document.body) return '<body> (focus left the elements)';
  const label = element.getAttribute('aria-label') ?? element.getAttribute('label');
  const text = (label ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${element.localName}>${text ? ` "${text}"` : ''}`;
}

/** A key as a person names it: `Space` for `' '`. */
const keyName = (key: string) => (key === ' ' ? 'Space' : key);

/** Presses `key`, or a combination such as `Shift+Tab`, which `sendKeys` cannot press at once. */
export async function press(key: string): Promise<void> {
  const keys = key.length > 1 ? key.split('+') : [key];
  const last = keys.pop()!;
  for (const modifier of keys) await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: last });
  } finally {
    for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
  }
}

/** Describes where focus is: the element in the page, and the one inside its shadow root. */
function describeFocus(): string {
  const outer = document.activeElement;
  const inner = deepActiveElement();
  return inner && inner !== outer
    ? `${describeElement(outer)} › ${describeElement(inner)}`
    : describeElement(outer);
}

/** Presses `key` (a `sendKeys` name: `Tab`, `Shift+Tab`, `ArrowDown`, `Escape`, …) and fails unless focus is then on `target` or inside it. */
export async function pressAndExpectFocus(key: string, target: Element): Promise<void> {
  await press(key);
  if (!hasFocus(target)) {
    throw new Error(
      `After ${keyName(key)}, expected focus on ${describeElement(target)}, but it is on ${describeFocus()}.`,
    );
  }
}

/**
 * Tabs through the page from its start and fails unless focus stops on exactly `stops`, in that
 * order, and nowhere else (a missing, extra or misplaced stop fails); then does the same
 * backwards with Shift+Tab. Two temporary buttons mark the start and end of the page.
 */
export async function expectTabOrder(stops: readonly Element[]): Promise<void> {
  const start = document.createElement('button');
  const end = document.createElement('button');
  start.textContent = 'Start of the tab order check';
  end.textContent = 'End of the tab order check';
  document.body.prepend(start);
  document.body.append(end);
  try {
    for (const [direction, key, order, last] of [
      ['forwards', 'Tab', stops, end],
      ['backwards', 'Shift+Tab', [...stops].reverse(), start],
    ] as const) {
      (direction === 'forwards' ? start : end).focus();
      const expected = [...order, last];
      for (const [index, stop] of expected.entries()) {
        await press(key);
        if (!hasFocus(stop)) {
          const which =
            stop === last
              ? `after the last stop (${stops.length})`
              : `stop ${index + 1} of ${stops.length}`;
          throw new Error(
            `Tab order ${direction}, ${which}: expected ${describeElement(stop)}, but focus is on ${describeFocus()}.`,
          );
        }
      }
    }
  } finally {
    start.remove();
    end.remove();
  }
}

/** What a key press should (or should not) cause: an event on some target. */
export interface KeyEffect<T = Event> {
  /** Where the effect shows, e.g. the form for `submit`, `window` for `hashchange`. */
  on: EventTarget;
  /** The event that proves it, e.g. `submit`, `reset`, `bf-close`. */
  event: string;
  /**
   * Runs inside the listener: keep a submit from leaving the page (`preventDefault()`) or read
   * what only exists during the event. Its result is what `expectKeyActivation` resolves with.
   */
  read?: (event: Event) => T;
  /** How long to wait for the event, in ms. Default 1000. */
  timeout?: number;
}

/** The effect of submitting `form`: kept from leaving the page, read as the data it would send. */
export function formSubmission(form: HTMLFormElement): KeyEffect<FormData> {
  return {
    on: form,
    event: 'submit',
    read: (event) => {
      event.preventDefault();
      return new FormData(form, (event as SubmitEvent).submitter);
    },
  };
}

/** Focuses `target` and fails with a clear message when it cannot take focus. */
export function focusOn(target: Element): void {
  (target as HTMLElement).focus();
  if (!hasFocus(target)) {
    throw new Error(
      `${describeElement(target)} did not take focus; focus is on ${describeFocus()}.`,
    );
  }
}

/** Listens for `effect` from now on. */
function listen<T>(effect: KeyEffect<T>): { seen: Promise<T>; stop: () => void } {
  let stop = () => {};
  const seen = new Promise<T>((resolve, reject) => {
    const listener = (event: Event) => {
      try {
        resolve(effect.read ? effect.read(event) : (event as T));
      } catch (error) {
        reject(error as Error);
      }
    };
    effect.on.addEventListener(effect.event, listener, { once: true });
    stop = () => effect.on.removeEventListener(effect.event, listener);
  });
  return { seen, stop };
}

function describeTarget(target: EventTarget): string {
  if (target instanceof Element) {
    return `<${target.localName}${target.id ? ` id="${target.id}"` : ''}>`;
  }
  return target === window ? 'window' : 'document';
}

/**
 * Focuses `target`, presses `key` and resolves with the effect (what `effect.read` returns, else
 * the event). The listener is in place before the key is pressed, so a missing effect always
 * fails: `… did not fire submit on <form> within 1000 ms`.
 */
export async function expectKeyActivation<T = Event>(
  target: Element,
  key: string,
  effect: KeyEffect<T>,
): Promise<T> {
  focusOn(target);
  const { seen, stop } = listen(effect);
  const timeout = effect.timeout ?? 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `${keyName(key)} on ${describeElement(target)} did not fire ${effect.event} on ${describeTarget(effect.on)} within ${timeout} ms.`,
          ),
        ),
      timeout,
    );
  });
  try {
    await press(key);
    return await Promise.race([seen, late]);
  } finally {
    clearTimeout(timer);
    stop();
  }
}

/**
 * Focuses `target`, presses `key` and fails if `effect` happens within `effect.timeout` ms
 * (default 200: long enough for a key press to take effect, which takes a frame). The listener
 * is in place before the key is pressed, and `effect.read` still runs, so a submit that should
 * not happen cannot take the test page away.
 */
export async function expectNoKeyActivation(
  target: Element,
  key: string,
  effect: KeyEffect<unknown>,
): Promise<void> {
  focusOn(target);
  let fired = false;
  const { seen, stop } = listen(effect);
  void seen.then(
    () => (fired = true),
    () => (fired = true),
  );
  try {
    await press(key);
    await new Promise((resolve) => setTimeout(resolve, effect.timeout ?? 200));
  } finally {
    stop();
  }
  if (fired) {
    throw new Error(
      `${keyName(key)} on ${describeElement(target)} fired ${effect.event} on ${describeTarget(effect.on)}, but should do nothing.`,
    );
  }
}

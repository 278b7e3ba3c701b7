/** How a Belfry button submits its form, mirroring a native submit button's attributes. */
export interface SubmitOptions {
  name?: string | undefined;
  value?: string | undefined;
  formAction?: string | undefined;
  formEnctype?: string | undefined;
  formMethod?: string | undefined;
  formNoValidate?: boolean | undefined;
  formTarget?: string | undefined;
}

/**
 * Submits `form` exactly as a native submit button would: constraint validation runs, the
 * `submit` event fires, and `name=value` is sent. A custom element cannot be a submitter, so a
 * hidden native `<button type="submit">` stands in for it for the duration of one click.
 */
export function submitForm(form: HTMLFormElement, options: SubmitOptions = {}): void {
  const proxy = document.createElement('button');
  proxy.type = 'submit';
  proxy.hidden = true;
  if (options.name) {
    proxy.name = options.name;
    proxy.value = options.value ?? '';
  }
  const attributes: Array<[string, string | undefined]> = [
    ['formaction', options.formAction],
    ['formenctype', options.formEnctype],
    ['formmethod', options.formMethod],
    ['formtarget', options.formTarget],
  ];
  for (const [attribute, value] of attributes) {
    if (value) proxy.setAttribute(attribute, value);
  }
  if (options.formNoValidate) proxy.formNoValidate = true;
  form.append(proxy);
  try {
    proxy.click();
  } finally {
    proxy.remove();
  }
}

/** Controls that make Enter submit their form when pressed in them (implicit submission). */
const implicitSubmitTypes = new Set([
  'text',
  'search',
  'url',
  'tel',
  'email',
  'password',
  'date',
  'month',
  'week',
  'time',
  'datetime-local',
  'number',
]);

/**
 * A custom element that can be a form's submit button (such as `<bf-button type="submit">`)
 * answers `true` under this key while it would submit its form. Core uses it to find a form's
 * default button for implicit submission without importing the element. A registered symbol, so
 * that two copies of Belfry on one page understand each other.
 */
export const submitButton: unique symbol = Symbol.for('belfry.submit-button') as never;

/** An element that says whether it is a submit button (see {@link submitButton}). */
export interface SubmitButtonElement extends HTMLElement {
  readonly [submitButton]: boolean;
}

/** The detail of `bf-form-invalid`: what stopped the form from being submitted. */
export interface FormInvalidDetail {
  /** Every invalid control of the form, in document order (native controls, not their fields). */
  controls: Element[];
}

declare global {
  interface BelfryEventDetails {
    'bf-form-invalid': FormInvalidDetail;
  }
}

/** What `watchForm` needs from a Belfry field's control (see `FormControlController`). */
export interface WatchedControl {
  /** Its form was just submitted, or an attempt was made: show an error now when invalid. */
  submitAttempted(): void;
  /** Its form was reset: the control has its default value again. */
  formReset(): void;
}

const watchedForms = new WeakSet<HTMLFormElement>();
const watchedDocuments = new WeakSet<Document>();
const watchedRoots = new WeakSet<ShadowRoot>();
const managedControls = new WeakMap<Element, WatchedControl>();
/** Set while a submit attempt is under way (a click on a submit button, Enter in a field). */
let attempting = false;
/** Invalid controls of the current submit attempt, by form. */
const pendingInvalid = new Map<HTMLFormElement, Element[]>();

/** The error summaries (`bf-error-summary`) that list each form's errors. */
const summaries = new WeakMap<HTMLFormElement, Set<Element>>();

/**
 * @internal Tells `watchForm` that `summary` lists the errors of `form` (with `listing` false:
 * no longer does). While one does, a failed submit shows no browser bubble for the form's native
 * controls either: the summary names them and takes focus.
 */
export function listErrorsOf(form: HTMLFormElement, summary: Element, listing: boolean): void {
  let listed = summaries.get(form);
  if (!listed) summaries.set(form, (listed = new Set()));
  if (listing) listed.add(summary);
  else listed.delete(summary);
}

/**
 * @internal Registers (or, with `null`, forgets) the native control of a Belfry field, so that a
 * submit attempt of its form shows the field's inline error instead of the browser's bubble.
 */
export function manageControl(control: Element, watcher: WatchedControl | null): void {
  if (watcher) managedControls.set(control, watcher);
  else managedControls.delete(control);
}

/** Whether `element` is a native submit button. */
function isNativeSubmit(element: Element): boolean {
  return (
    (element instanceof HTMLButtonElement && element.type === 'submit') ||
    (element instanceof HTMLInputElement && (element.type === 'submit' || element.type === 'image'))
  );
}

function isSubmitButton(element: Element): boolean {
  return (
    isNativeSubmit(element) || (element as Partial<SubmitButtonElement>)[submitButton] === true
  );
}

/** The button Enter submits through: the form's first submit button, native or Belfry. */
function defaultButton(form: HTMLFormElement): Element | undefined {
  return Array.from(form.elements).find(isSubmitButton);
}

/** The single-line field Enter was pressed in, when the key press should submit its form. */
function implicitSubmissionField(event: KeyboardEvent): HTMLInputElement | undefined {
  if (event.key !== 'Enter' || event.isComposing) return undefined;
  if (event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return undefined;
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLInputElement) || !implicitSubmitTypes.has(target.type)) {
    return undefined;
  }
  return target.form && watchedForms.has(target.form) ? target : undefined;
}

function startAttempt(): void {
  if (attempting) return;
  attempting = true;
  // Every `invalid` event of one attempt fires in the same task as the click or key press.
  setTimeout(() => {
    attempting = false;
  });
}

const handleClick = (event: Event): void => {
  const target = event.composedPath()[0];
  if (target instanceof Element && isSubmitButton(target)) startAttempt();
};

const handleKeydownCapture = (event: KeyboardEvent): void => {
  if (implicitSubmissionField(event)) startAttempt();
};

/** Enter in a field submits through a Belfry default button (the browser knows only native ones). */
const handleKeydown = (event: KeyboardEvent): void => {
  if (event.defaultPrevented) return;
  const field = implicitSubmissionField(event);
  if (!field?.form) return;
  const button = defaultButton(field.form);
  // No submit button, or a native one: the browser submits (or not) exactly as it always does.
  if (!button || isNativeSubmit(button)) return;
  event.preventDefault();
  (button as HTMLElement).click();
};

const handleInvalid = (event: Event): void => {
  const control = event.target as Element & { form?: HTMLFormElement | null };
  const form = control.form;
  if (!attempting || !form || !watchedForms.has(form)) return;
  // A Belfry field shows its error inline, and an error summary lists every control's: the
  // browser's bubble would say it a second time.
  if (managedControls.has(control) || (summaries.get(form)?.size ?? 0) > 0) event.preventDefault();
  let controls = pendingInvalid.get(form);
  if (!controls) {
    pendingInvalid.set(form, (controls = []));
    setTimeout(() => reportInvalid(form));
  }
  controls.push(control);
};

const handleSubmit = (event: Event): void => {
  const form = event.target;
  if (form instanceof HTMLFormElement && watchedForms.has(form)) markAttempted(form);
};

const handleReset = (event: Event): void => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !watchedForms.has(form)) return;
  // The event comes before the reset; a task later the controls have their default values.
  setTimeout(() => {
    if (event.defaultPrevented) return;
    for (const element of Array.from(form.elements)) managedControls.get(element)?.formReset();
  });
};

function markAttempted(form: HTMLFormElement): void {
  for (const element of Array.from(form.elements)) managedControls.get(element)?.submitAttempted();
}

/** After an attempt failed: inline errors, one `bf-form-invalid`, and focus unless handled. */
function reportInvalid(form: HTMLFormElement): void {
  const controls = (pendingInvalid.get(form) ?? []).sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  pendingInvalid.delete(form);
  markAttempted(form);
  const event = new CustomEvent('bf-form-invalid', {
    bubbles: true,
    composed: true,
    cancelable: true,
    detail: { controls },
  });
  if (form.dispatchEvent(event)) (controls[0] as HTMLElement | undefined)?.focus();
}

/**
 * Makes a form behave as Belfry fields need; every Belfry field and submit button calls it for
 * its form, and calling it again does nothing:
 * - on a submit attempt that fails, the browser's bubble is replaced by the fields' inline
 *   errors, one cancelable `bf-form-invalid` event fires on the form with the invalid controls
 *   (`bf-error-summary` handles it and calls `preventDefault()`), and, when nobody handles it,
 *   the first invalid control takes focus;
 * - Enter in a single-line field submits the form through its first submit button, native or
 *   Belfry (a browser only knows native ones).
 * Does nothing on a server.
 */
export function watchForm(form: HTMLFormElement): void {
  if (typeof document === 'undefined') return;
  // `invalid`, `submit` and `reset` are not composed: a form in a shadow root (a component's own
  // form, such as the help widget's call-back form) is watched from that root as well. Checked
  // on every call: the first may come while the form is still in the fragment a template was
  // cloned into.
  const root = form.getRootNode();
  if (root instanceof ShadowRoot && !watchedRoots.has(root)) {
    watchedRoots.add(root);
    root.addEventListener('invalid', handleInvalid, true);
    root.addEventListener('submit', handleSubmit, true);
    root.addEventListener('reset', handleReset, true);
  }
  if (watchedForms.has(form)) return;
  watchedForms.add(form);
  // A script's `requestSubmit()` is a submit attempt too (frameworks call it); no event tells it
  // apart from `checkValidity()`, so this form's own method marks it. Only watched forms, and as
  // their own property: the prototype is left alone.
  const requestSubmit = form.requestSubmit;
  Object.defineProperty(form, 'requestSubmit', {
    configurable: true,
    writable: true,
    value(this: HTMLFormElement, submitter?: HTMLElement | null) {
      startAttempt();
      return requestSubmit.call(this, submitter);
    },
  });
  const document_ = form.ownerDocument;
  if (watchedDocuments.has(document_)) return;
  watchedDocuments.add(document_);
  // On the document, not the form: a control outside it (`form="id"`) belongs to it too.
  document_.addEventListener('click', handleClick, true);
  document_.addEventListener('keydown', handleKeydownCapture, true);
  document_.addEventListener('keydown', handleKeydown);
  document_.addEventListener('invalid', handleInvalid, true);
  document_.addEventListener('submit', handleSubmit, true);
  document_.addEventListener('reset', handleReset, true);
}

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
 * Whether a keydown should submit `form` through a Belfry submit button: Enter in a single-line
 * field, when the form has no native submit button of its own (which the browser would use).
 */
export function isImplicitSubmission(event: KeyboardEvent, form: HTMLFormElement): boolean {
  if (event.key !== 'Enter' || event.defaultPrevented || event.isComposing) return false;
  if (event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return false;
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLInputElement) || !implicitSubmitTypes.has(target.type)) return false;
  return !Array.from(form.elements).some(
    (control) =>
      (control instanceof HTMLButtonElement && control.type === 'submit') ||
      (control instanceof HTMLInputElement &&
        (control.type === 'submit' || control.type === 'image')),
  );
}

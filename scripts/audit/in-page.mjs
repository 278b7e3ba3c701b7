// Functions that run inside the audited page (passed to `page.evaluate`, so each one is
// self-contained: no closures over this module). They pierce shadow DOM: Belfry's controls live
// in shadow roots, and a keyboard or screen-reader user meets them there.

/**
 * Runs axe (already injected as `window.axe`) on `include` minus `exclude`, with `rules` (a
 * story's own rule switches) and the given tags. Returns violations and incomplete only: asking
 * axe for its passes too would double the time for nothing the report shows.
 */
export async function runAxe({ include, exclude, tags, rules }) {
  const axe = window.axe;
  axe.reset();
  const context = include ? { include: [include], exclude } : { exclude };
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: tags },
    rules,
    resultTypes: ['violations', 'incomplete'],
  });
  const pick = (result) => ({
    id: result.id,
    impact: result.impact,
    help: result.help,
    helpUrl: result.helpUrl,
    tags: result.tags,
    nodes: result.nodes.map((node) => ({
      target: node.target,
      failureSummary: node.failureSummary,
    })),
  });
  return { violations: results.violations.map(pick), incomplete: results.incomplete.map(pick) };
}

/**
 * Puts the sequential-focus starting point at the top of the page (a play function's clicks
 * move it), so that the first Tab reaches the first focusable element, and scrolls to the top.
 */
export function resetFocus() {
  const deepActive = () => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element;
  };
  deepActive()?.blur?.();
  const start = document.createElement('div');
  start.tabIndex = -1;
  start.dataset.bfAuditStart = '';
  start.style.cssText = 'position:absolute;top:0;left:0;width:1px;height:1px;outline:none';
  document.body.prepend(start);
  // A last stop after everything else: the walk ends there, so focus never leaves the document
  // for the browser's own controls (Firefox then stops painting focus rings in the page).
  const end = document.createElement('div');
  end.tabIndex = 0;
  end.dataset.bfAuditEnd = '';
  end.style.cssText = 'position:absolute;bottom:0;left:0;width:1px;height:1px;outline:none';
  document.body.append(end);
  start.focus({ preventScroll: true });
  // Removed again: nothing has focus and the starting point is the top of the page, as after a
  // page load, so the first Tab goes where a visitor's would (a positive tabindex first).
  start.remove();
  window.scrollTo(0, 0);
}

/** Removes the first and last stops `resetFocus` added. */
export function removeFocusStart() {
  document.querySelector('[data-bf-audit-start]')?.remove();
  document.querySelector('[data-bf-audit-end]')?.remove();
}

/**
 * The element that has focus, through shadow roots, described as a keyboard user meets it:
 * role and name (a close approximation of the browser's own computation, the same in every
 * browser), its box in document coordinates, and its index among the page's focusable elements.
 * Returns null when focus is on nothing in the page (the body, or the browser's own controls).
 */
export async function describeFocus() {
  // Let what focus sets off finish first: Lit updates (microtasks), then the style change, whose
  // transitions jump to their end. Reading a computed style applies pending style changes.
  await Promise.resolve();
  await Promise.resolve();
  void getComputedStyle(document.documentElement).color;
  for (const animation of document.getAnimations()) {
    try {
      animation.finish();
    } catch {
      // An endless animation (a spinner) keeps running.
    }
  }
  // Through shadow roots, and into a same-origin frame (its box is offset by the frame's).
  let element = document.activeElement;
  let offset = { x: 0, y: 0 };
  let frame = null;
  for (;;) {
    if (element?.shadowRoot?.activeElement) {
      element = element.shadowRoot.activeElement;
    } else if (element?.localName === 'iframe' && element.contentDocument?.activeElement) {
      const inner = element.contentDocument.activeElement;
      if (inner === element.contentDocument.body) break;
      const frameBox = element.getBoundingClientRect();
      offset = { x: offset.x + frameBox.left, y: offset.y + frameBox.top };
      frame ??= element;
      element = inner;
    } else {
      break;
    }
  }
  if (
    !element ||
    element === document.body ||
    element.hasAttribute('data-bf-audit-start') ||
    element.hasAttribute('data-bf-audit-end')
  ) {
    return null;
  }
  window.__bfAuditFocused = element;
  if (frame && !frame.dataset.bfAuditId) {
    window.__bfAuditNext = (window.__bfAuditNext ?? 0) + 1;
    frame.dataset.bfAuditId = String(window.__bfAuditNext);
  }
  // Every element gets a stable mark, so the Node side can tell stops apart and compare them
  // with the list of focusable elements.
  if (!element.dataset.bfAuditId) {
    window.__bfAuditNext = (window.__bfAuditNext ?? 0) + 1;
    element.dataset.bfAuditId = String(window.__bfAuditNext);
  }
  const text = (value) => (value ?? '').replace(/\s+/g, ' ').trim();
  // Text as rendered: a slot reads what is assigned to it; hidden parts are not read.
  const flatText = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    if (node.getAttribute('aria-hidden') === 'true' || node.hidden) return '';
    if (node.localName === 'style' || node.localName === 'script') return '';
    if (node.localName === 'slot') {
      const assigned = node.assignedNodes({ flatten: true });
      return (assigned.length ? assigned : [...node.childNodes]).map(flatText).join('');
    }
    const label = node.getAttribute('aria-label');
    if (label && node !== element) return ` ${label} `;
    if (node.localName === 'img') return ` ${node.getAttribute('alt') ?? ''} `;
    const children = node.shadowRoot ? [...node.shadowRoot.childNodes] : [...node.childNodes];
    const inline = getComputedStyle(node).display.startsWith('inline');
    const inner = children.map(flatText).join('');
    return inline ? inner : ` ${inner} `;
  };
  const root = element.getRootNode();
  const byIds = (ids) =>
    ids
      .split(/\s+/)
      .map((id) => root.getElementById?.(id) ?? document.getElementById(id))
      .filter(Boolean)
      .map((node) => text(node.textContent))
      .join(' ');
  const tag = element.localName;
  const type = (element.getAttribute('type') ?? '').toLowerCase();
  const implicit = {
    a: element.hasAttribute('href') ? 'link' : 'generic',
    button: 'button',
    summary: 'button',
    select: element.multiple || element.size > 1 ? 'listbox' : 'combobox',
    textarea: 'textbox',
    iframe: 'iframe',
    dialog: 'dialog',
  };
  const inputRoles = {
    checkbox: 'checkbox',
    radio: 'radio',
    button: 'button',
    submit: 'button',
    reset: 'button',
    image: 'button',
    range: 'slider',
    number: 'spinbutton',
    search: 'searchbox',
    email: 'textbox',
    tel: 'textbox',
    url: 'textbox',
    text: 'textbox',
    password: 'textbox',
    '': 'textbox',
  };
  const role =
    element.getAttribute('role') ??
    (tag === 'input' ? (inputRoles[type] ?? 'textbox') : (implicit[tag] ?? 'generic'));
  const labelled = element.getAttribute('aria-labelledby');
  const name = text(
    (labelled && byIds(labelled)) ||
      element.getAttribute('aria-label') ||
      (element.labels?.length ? [...element.labels].map(flatText).join(' ') : '') ||
      (['button', 'submit', 'reset'].includes(type) ? element.value : '') ||
      (tag === 'input' || tag === 'select' || tag === 'textarea' ? '' : flatText(element)) ||
      element.getAttribute('title') ||
      element.getAttribute('alt') ||
      element.getAttribute('placeholder'),
  );
  const box = element.getBoundingClientRect();
  // The indicator may be drawn around the control's label too (a checkbox's box and text).
  const boxes = [
    box,
    ...[...(element.labels ?? [])].map((label) => label.getBoundingClientRect()),
  ].filter((rect) => rect.width > 0 && rect.height > 0);
  const left = Math.min(...boxes.map((rect) => rect.left));
  const top = Math.min(...boxes.map((rect) => rect.top));
  const right = Math.max(...boxes.map((rect) => rect.right));
  const bottom = Math.max(...boxes.map((rect) => rect.bottom));
  return {
    id: element.dataset.bfAuditId,
    frameId: frame?.dataset.bfAuditId ?? null,
    role,
    name: name.slice(0, 200),
    box: boxes.length
      ? {
          x: left + offset.x + window.scrollX,
          y: top + offset.y + window.scrollY,
          width: right - left,
          height: bottom - top,
        }
      : null,
    elementBox: { width: box.width, height: box.height },
    visibleEdges: (() => {
      // A control in a box that scrolls or clips (a wide table at 320 px) may be partly hidden
      // when it has focus: Firefox scrolls it only until part of it shows. The indicator can only
      // be seen, and measured, along the edges that are not cut off.
      let visible = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
      let node = element;
      while (node) {
        node =
          node.assignedSlot ??
          node.parentElement ??
          (node.getRootNode() instanceof ShadowRoot ? node.getRootNode().host : null);
        if (!node || node === document.documentElement || node === document.body) break;
        const style = getComputedStyle(node);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
          const clip = node.getBoundingClientRect();
          visible = {
            left: Math.max(visible.left, clip.left),
            top: Math.max(visible.top, clip.top),
            right: Math.min(visible.right, clip.right),
            bottom: Math.min(visible.bottom, clip.bottom),
          };
        }
      }
      const width = Math.max(
        0,
        Math.min(box.right, visible.right) - Math.max(box.left, visible.left),
      );
      const height = Math.max(
        0,
        Math.min(box.bottom, visible.bottom) - Math.max(box.top, visible.top),
      );
      return {
        width,
        height,
        top: box.top >= visible.top - 0.5,
        bottom: box.bottom <= visible.bottom + 0.5,
        left: box.left >= visible.left - 0.5,
        right: box.right <= visible.right + 0.5,
      };
    })(),
    viewport: { width: window.innerWidth, height: window.innerHeight },
    scroll: { x: window.scrollX, y: window.scrollY },
    layout: window.__bfAuditLayout?.() ?? null,
  };
}

/** Takes focus away from the element `describeFocus` found, to see it unfocused. */
export function blurFocused() {
  window.__bfAuditFocused?.blur();
}

/** Gives focus back to that element, without scrolling. */
export function refocus() {
  window.__bfAuditFocused?.focus({ preventScroll: true, focusVisible: true });
}

/**
 * Every element a keyboard user should reach with Tab, in the order of the flattened tree (what
 * Tab follows): focusable, tabindex ≥ 0, enabled, rendered, not inert, and inside an open modal
 * dialog when there is one. A radio group counts once (Tab enters it; arrows move within it).
 * Each is marked with the same `data-bf-audit-id` as `describeFocus` gives.
 */
export function listFocusable({ within }) {
  const focusableSelector = [
    'a[href]',
    'area[href]',
    'button',
    'input:not([type="hidden"])',
    'select',
    'textarea',
    'iframe',
    'summary',
    '[tabindex]:not([data-bf-audit-end])',
    '[contenteditable=""]',
    '[contenteditable="true"]',
    'audio[controls]',
    'video[controls]',
  ].join(',');
  const scope = within ? document.querySelector(within) : document.body;
  const found = [];
  // Walks the flat tree: a host's shadow root, with each slot replaced by what is assigned to it.
  const walk = (node) => {
    const children = node.shadowRoot
      ? [...node.shadowRoot.children]
      : node.localName === 'slot'
        ? node.assignedElements({ flatten: true }).length
          ? node.assignedElements({ flatten: true })
          : [...node.children]
        : [...node.children];
    for (const child of children) {
      if (child.matches(focusableSelector)) found.push(child);
      walk(child);
    }
  };
  if (scope) walk(scope);
  const modal = found.length
    ? (() => {
        const all = [];
        const collect = (root) => {
          for (const element of root.querySelectorAll('dialog')) all.push(element);
          for (const element of root.querySelectorAll('*')) {
            if (element.shadowRoot) collect(element.shadowRoot);
          }
        };
        collect(document);
        return all.find((dialog) => dialog.matches(':modal')) ?? null;
      })()
    : null;
  // Up the flat tree: slotted content belongs where its slot renders it (a dialog's content).
  const insideComposed = (element, container) => {
    for (let node = element; node; node = node.assignedSlot ?? node.parentNode ?? node.host) {
      if (node === container) return true;
    }
    return false;
  };
  const inert = (element) => {
    for (let node = element; node; node = node.parentElement ?? node.getRootNode().host) {
      if (node.inert || node.hasAttribute?.('inert')) return true;
    }
    return false;
  };
  const radioGroups = new Set();
  const result = [];
  for (const element of found) {
    if (element.tabIndex < 0 || element.matches(':disabled')) continue;
    if (element.localName === 'summary' && element.parentElement?.firstElementChild !== element) {
      continue;
    }
    if (!element.checkVisibility({ visibilityProperty: true })) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (inert(element)) continue;
    if (modal && !insideComposed(element, modal)) continue;
    if (element.localName === 'input' && element.type === 'radio' && element.name) {
      const group = `${element.form?.id ?? ''}|${element.name}`;
      if (radioGroups.has(group)) continue;
      radioGroups.add(group);
      // Any radio of the group may be the one Tab enters (the checked one, or the first).
      const root = element.getRootNode();
      const members = [...root.querySelectorAll(`input[type="radio"]`)].filter(
        (radio) => radio.name === element.name,
      );
      const ids = members.map((radio) => {
        if (!radio.dataset.bfAuditId) {
          window.__bfAuditNext = (window.__bfAuditNext ?? 0) + 1;
          radio.dataset.bfAuditId = String(window.__bfAuditNext);
        }
        return radio.dataset.bfAuditId;
      });
      result.push({ ids, label: element.labels?.[0]?.textContent?.trim() ?? element.name });
      continue;
    }
    if (!element.dataset.bfAuditId) {
      window.__bfAuditNext = (window.__bfAuditNext ?? 0) + 1;
      element.dataset.bfAuditId = String(window.__bfAuditNext);
    }
    const label = (
      element.getAttribute('aria-label') ??
      element.labels?.[0]?.textContent ??
      element.textContent ??
      ''
    )
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80);
    result.push({
      ids: [element.dataset.bfAuditId],
      label: `${element.localName} "${label}"`,
      positive: element.tabIndex > 0 ? element.tabIndex : 0,
    });
  }
  // The page's layout as a short key: the focusable elements' boxes and the scroll position. While
  // it stays the same, a screenshot taken before the walk shows each element unfocused.
  const tracked = found.filter((element) => element.dataset.bfAuditId);
  window.__bfAuditLayout = () =>
    [
      window.scrollX,
      window.scrollY,
      ...tracked.map((element) => {
        const box = element.getBoundingClientRect();
        return `${Math.round(box.left)},${Math.round(box.top)},${Math.round(box.width)},${Math.round(box.height)}`;
      }),
    ].join(';');
  return { entries: result, layout: window.__bfAuditLayout() };
}

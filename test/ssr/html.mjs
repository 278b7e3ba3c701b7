// Reads server-rendered HTML the way a browser's parser would, for the checks in the
// server-render fixtures (test/<component>/ssr.fixtures.mjs).
import { parseFragment } from 'parse5';

/** Parses server-rendered HTML into a parse5 fragment; `<template>` contents are kept. */
export function parse(html) {
  return parseFragment(html);
}

/** Every element under `node`, in document order, including those inside `<template>`s. */
export function* elements(node) {
  const children = node.content ? node.content.childNodes : (node.childNodes ?? []);
  for (const child of children) {
    if (!child.tagName) continue;
    yield child;
    yield* elements(child);
  }
}

/** The value of attribute `name` on `element`, or `null`. */
export function attr(element, name) {
  return element.attrs.find((attribute) => attribute.name === name)?.value ?? null;
}

/** The first element under `node` named `tagName` that satisfies `where`, or `undefined`. */
export function find(node, tagName, where = () => true) {
  for (const element of elements(node)) {
    if (element.tagName === tagName && where(element)) return element;
  }
  return undefined;
}

/** Every element under `node` named `tagName`. */
export function findAll(node, tagName) {
  return [...elements(node)].filter((element) => element.tagName === tagName);
}

/**
 * The declarative shadow root of `host`, as a browser's parser attaches it: the content of its
 * first `<template shadowrootmode="open|closed">` child; `null` when it has none.
 */
export function shadowRoot(host) {
  const template = host.childNodes.find(
    (child) =>
      child.tagName === 'template' &&
      ['open', 'closed'].includes(attr(child, 'shadowrootmode') ?? ''),
  );
  return template?.content ?? null;
}

/** `host` without its declarative shadow root: its light DOM, as a fragment. */
export function lightDom(host) {
  const root = shadowRoot(host);
  return {
    nodeName: '#document-fragment',
    childNodes: host.childNodes.filter((child) => root === null || child.content !== root),
  };
}

/** The text under `node`, as `textContent` would give it (template contents included). */
export function text(node) {
  if (node.nodeName === '#text') return node.value;
  const children = node.content ? node.content.childNodes : (node.childNodes ?? []);
  return children.map(text).join('');
}

/** The text under `node` with runs of white space collapsed, as a user would read it. */
export function readableText(node) {
  return text(node).replace(/\s+/g, ' ').trim();
}

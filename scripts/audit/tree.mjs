// The accessibility tree as screen readers get it, as text: one node per line, indented, with
// role, name and states. Taken from Chromium's own tree (the DevTools protocol), which is the
// flattened tree: shadow roots and slotted content appear where they render.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** States and properties written after the name, in this order, when present. */
const states = [
  'level',
  'checked',
  'pressed',
  'expanded',
  'selected',
  'disabled',
  'readonly',
  'required',
  'invalid',
  'modal',
  'multiline',
  'multiselectable',
  'haspopup',
  'autocomplete',
  'orientation',
  'valuemin',
  'valuemax',
  'roledescription',
  'keyshortcuts',
];

const quote = (value) => JSON.stringify(String(value));

/** One node of a puppeteer accessibility snapshot as a line, without its children. */
function line(node) {
  const role = node.role === 'StaticText' ? 'text' : node.role;
  let text = role;
  if (node.name) text += ` ${quote(node.name)}`;
  const flags = [];
  for (const state of states) {
    const value = node[state];
    // A false `expanded`, `checked`, `pressed` or `selected` is said aloud ("collapsed", "not
    // checked"); other false states are not.
    if (value === undefined || value === '') continue;
    if (value === false && !['expanded', 'checked', 'pressed', 'selected'].includes(state))
      continue;
    flags.push(value === true ? state : `${state}=${value}`);
  }
  if (flags.length) text += ` [${flags.join(', ')}]`;
  const details = [];
  if (node.value !== undefined && node.value !== '') details.push(`value: ${quote(node.value)}`);
  if (node.description) details.push(`description: ${quote(node.description)}`);
  return { text, details };
}

/** Roles that only group (Chromium's `generic`, ignored nodes): their children take their place. */
const transparent = new Set([
  'generic',
  'none',
  'presentation',
  'LabelText',
  'Ignored',
  'IgnoredRole',
  '',
]);

/**
 * Prunes a full snapshot to what a screen reader conveys: unnamed generic containers are
 * replaced by their children, inline text boxes are dropped, and text that only repeats its
 * parent's name (a button's label) is left out.
 */
function prune(node, parentName) {
  if (node.role === 'InlineTextBox' || node.role === 'LineBreak') return [];
  const children = (node.children ?? []).flatMap((child) => prune(child, node.name || parentName));
  if (node.role === 'StaticText') {
    const text = (node.name ?? '').replace(/\s+/g, ' ').trim();
    return text && text !== (parentName ?? '').trim() ? [{ role: 'StaticText', name: text }] : [];
  }
  if (transparent.has(node.role) && !node.name) return children;
  return [{ ...node, children }];
}

/** Adjacent text nodes read as one line, as a screen reader reads them. */
function mergeText(nodes) {
  const merged = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    if (node.role === 'StaticText' && last?.role === 'StaticText') {
      merged[merged.length - 1] = { role: 'StaticText', name: `${last.name} ${node.name}` };
    } else {
      merged.push(node.children ? { ...node, children: mergeText(node.children) } : node);
    }
  }
  return merged;
}

/**
 * Serialises a snapshot (from `page.accessibility.snapshot({ interestingOnly: false })`) as
 * YAML-like text. The root (the page or the story's container) is left out: its children are
 * the top level.
 */
export function treeToText(snapshot) {
  const lines = [];
  const visit = (node, depth) => {
    const indent = '  '.repeat(depth);
    const { text, details } = line(node);
    const children = node.children ?? [];
    lines.push(`${indent}- ${text}${children.length || details.length ? ':' : ''}`);
    for (const detail of details) lines.push(`${indent}  ${detail}`);
    for (const child of children) visit(child, depth + 1);
  };
  const top = snapshot
    ? mergeText((snapshot.children ?? []).flatMap((child) => prune(child, snapshot.name)))
    : [];
  for (const node of top) visit(node, 0);
  return `${lines.join('\n')}\n`;
}

/**
 * Compares a tree with its committed snapshot. With `update`, writes the snapshot instead.
 * @returns {Promise<'same' | 'changed' | 'new' | 'updated'>}
 */
export async function compareSnapshot(file, text, { update }) {
  let committed;
  try {
    committed = await readFile(file, 'utf8');
  } catch {
    committed = undefined;
  }
  if (committed === text) return 'same';
  if (update) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    return 'updated';
  }
  return committed === undefined ? 'new' : 'changed';
}

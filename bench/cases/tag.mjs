// <bf-tag> against what a page would write without Belfry: a styled <span> with the status text.
const variants = ['neutral', 'info', 'success', 'warning', 'error'];
const variantOf = (index) => variants[index % variants.length];

export default {
  name: 'bf-tag',
  native: '<span>',
  target: 3,
  component: (index) => `<bf-tag variant="${variantOf(index)}">Status ${index}</bf-tag>`,
  plain: (index) => `<span class="tag tag--${variantOf(index)}">Status ${index}</span>`,
};

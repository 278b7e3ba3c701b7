import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/icon';
import '@belfry/components/button';
import {
  builtInIcons,
  closeIcon,
  iconNames,
  infoIcon,
  registerIcon,
  registerIcons,
  type BfIcon,
  type IconDefinition,
} from '@belfry/components';

const drawing = (el: BfIcon) => el.shadowRoot!.querySelector('svg')!;
const paths = (el: BfIcon) => Array.from(el.shadowRoot!.querySelectorAll('path'));
const width = (el: Element) => el.getBoundingClientRect().width;

/** Runs `act` with console.warn captured; returns what was warned. */
async function warnings(act: () => unknown): Promise<string[]> {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    await act();
  } finally {
    console.warn = original;
  }
  return messages;
}

/** A stroke icon with a unique look, for registry tests. */
const square: IconDefinition = { viewBox: '0 0 24 24', paint: 'stroke', paths: ['M5 5h14v14H5z'] };

// The set the coming components (alerts, links, e-Box rows, channels, steppers) rely on.
const expectedNames = [
  'info',
  'success',
  'warning',
  'error',
  'close',
  'menu',
  'chevron-down',
  'chevron-up',
  'chevron-left',
  'chevron-right',
  'arrow-left',
  'arrow-right',
  'external-link',
  'download',
  'document',
  'phone',
  'mail',
  'location',
  'person',
  'calendar',
  'clock',
  'search',
  'check',
  'plus',
  'minus',
  'lock',
  'globe',
  'at',
  'step-free',
  'hearing-loop',
];

describe('bf-icon', () => {
  describe('the built-in set', () => {
    it('registers every icon the components need, by name', () => {
      expect(Object.keys(builtInIcons)).to.have.members(expectedNames);
      expect(iconNames()).to.include.members(expectedNames);
    });

    it('draws each icon as SVG paths, inside its 24 × 24 box with room for the line', async () => {
      for (const name of expectedNames) {
        const el = await fixture<BfIcon>(html`<bf-icon name=${name}></bf-icon>`);
        const svg = drawing(el);
        const definition = builtInIcons[name as keyof typeof builtInIcons];
        expect(svg.getAttribute('viewBox'), name).to.equal('0 0 24 24');
        expect(
          paths(el).map((path) => path.getAttribute('d')),
          name,
        ).to.deep.equal(definition.paths);
        for (const path of paths(el)) expect(path).to.be.instanceOf(SVGPathElement);
        // The line is 2 units wide: 1 unit on each side of the path must stay in the box.
        const box = svg.getBBox();
        expect(box.width + box.height, `${name} draws something`).to.be.greaterThan(0);
        expect(box.x, name).to.be.at.least(1);
        expect(box.y, name).to.be.at.least(1);
        expect(box.x + box.width, name).to.be.at.most(23);
        expect(box.y + box.height, name).to.be.at.most(23);
      }
    });

    it('gives every icon a different drawing', () => {
      const drawings = Object.values(builtInIcons).map((icon) => icon.paths.join(' '));
      expect(new Set(drawings).size).to.equal(drawings.length);
    });
  });

  describe('rendering', () => {
    it('draws from the icon property, which wins over name', async () => {
      const el = await fixture<BfIcon>(html`<bf-icon name="info" .icon=${closeIcon}></bf-icon>`);
      expect(paths(el).map((path) => path.getAttribute('d'))).to.deep.equal(closeIcon.paths);
      el.icon = undefined;
      await el.updateComplete;
      expect(paths(el).map((path) => path.getAttribute('d'))).to.deep.equal(infoIcon.paths);
    });

    it('changes its drawing when name changes', async () => {
      const el = await fixture<BfIcon>(html`<bf-icon name="plus"></bf-icon>`);
      el.name = 'minus';
      await el.updateComplete;
      expect(paths(el).map((path) => path.getAttribute('d'))).to.deep.equal(
        builtInIcons.minus.paths,
      );
    });

    it('paints lines and shapes in the colour of the text around it', async () => {
      const wrapper = await fixture(
        html`<p style="color: rgb(0, 90, 102)">
          <bf-icon name="info"></bf-icon>
          <bf-icon .icon=${{ viewBox: '0 0 16 16', paths: ['M2 2h12v12H2z'] }}></bf-icon>
        </p>`,
      );
      const [stroked, filled] = wrapper.querySelectorAll<BfIcon>('bf-icon');
      const line = getComputedStyle(paths(stroked!)[0]!);
      expect(line.stroke).to.equal('rgb(0, 90, 102)');
      expect(line.fill).to.equal('none');
      expect(line.strokeLinecap).to.equal('round');
      const shape = getComputedStyle(paths(filled!)[0]!);
      expect(shape.fill, 'fill is the default paint, as in an SVG file').to.equal(
        'rgb(0, 90, 102)',
      );
      expect(shape.stroke).to.equal('none');
      expect(drawing(filled!).getAttribute('viewBox')).to.equal('0 0 16 16');
    });

    it('uses the line width of the definition, 2 by default', async () => {
      const thin = { viewBox: '0 0 24 24', paint: 'stroke', strokeWidth: 1.5, paths: ['M4 12h16'] };
      const wrapper = await fixture(
        html`<div><bf-icon .icon=${thin}></bf-icon><bf-icon name="minus"></bf-icon></div>`,
      );
      const [custom, builtIn] = wrapper.querySelectorAll<BfIcon>('bf-icon');
      expect(getComputedStyle(paths(custom!)[0]!).strokeWidth).to.equal('1.5px');
      expect(getComputedStyle(paths(builtIn!)[0]!).strokeWidth).to.equal('2px');
    });

    it('writes no attribute on the element itself', async () => {
      const wrapper = await fixture(
        html`<div>
          <bf-icon name="info"></bf-icon><bf-icon name="info" label="Information"></bf-icon>
        </div>`,
      );
      const [decorative, named] = wrapper.querySelectorAll<BfIcon>('bf-icon');
      expect(decorative!.getAttributeNames()).to.deep.equal(['name']);
      expect(named!.getAttributeNames()).to.deep.equal(['name', 'label']);
    });

    it('shares one style sheet among all icons and adds no event listener', async () => {
      const added: unknown[] = [];
      const original = EventTarget.prototype.addEventListener;
      EventTarget.prototype.addEventListener = function (
        this: EventTarget,
        ...args: Parameters<EventTarget['addEventListener']>
      ) {
        added.push(this);
        return original.apply(this, args);
      };
      let wrapper: HTMLElement;
      try {
        wrapper = await fixture(
          html`<div>${expectedNames.map((name) => html`<bf-icon name=${name}></bf-icon>`)}</div>`,
        );
      } finally {
        EventTarget.prototype.addEventListener = original;
      }
      const icons = Array.from(wrapper.querySelectorAll<BfIcon>('bf-icon'));
      const listenedTo = added.filter(
        (target) =>
          icons.includes(target as BfIcon) ||
          icons.some((icon) => target instanceof Node && icon.shadowRoot!.contains(target)),
      );
      expect(listenedTo).to.have.length(0);
      const sheets = new Set(icons.flatMap((icon) => icon.shadowRoot!.adoptedStyleSheets));
      expect(sheets.size).to.equal(1);
    });
  });

  describe('size', () => {
    it('is 20 px by default, 16 px small and 24 px large, square', async () => {
      const wrapper = await fixture(
        html`<div>
          <bf-icon name="info"></bf-icon><bf-icon name="info" size="small"></bf-icon
          ><bf-icon name="info" size="medium"></bf-icon><bf-icon name="info" size="large"></bf-icon>
        </div>`,
      );
      const sizes = Array.from(wrapper.querySelectorAll('bf-icon'), (el) => {
        const box = el.getBoundingClientRect();
        expect(box.width).to.equal(box.height);
        expect(width(drawing(el as BfIcon))).to.equal(box.width);
        return box.width;
      });
      expect(sizes).to.deep.equal([20, 16, 20, 24]);
    });

    it('grows with the browser text size (sizes are in rem)', async () => {
      document.documentElement.style.fontSize = '200%';
      try {
        const el = await fixture<BfIcon>(html`<bf-icon name="info" size="large"></bf-icon>`);
        expect(width(el)).to.equal(48);
      } finally {
        document.documentElement.style.removeProperty('font-size');
      }
    });

    it('follows the icon and semantic size tokens set on any ancestor', async () => {
      const wrapper = await fixture(
        html`<div>
          <div style="--bf-icon-size-large: 2rem"><bf-icon name="info" size="large"></bf-icon></div>
          <div style="--bf-font-size-heading-4: 1.75rem"><bf-icon name="info"></bf-icon></div>
          <div style="--bf-font-size-body: 0.75rem">
            <bf-icon name="info" size="small"></bf-icon>
          </div>
        </div>`,
      );
      expect(Array.from(wrapper.querySelectorAll('bf-icon'), width)).to.deep.equal([32, 28, 12]);
    });

    it('can be sized with width and height on the element, the drawing fills it', async () => {
      const el = await fixture<BfIcon>(
        html`<bf-icon name="info" style="inline-size: 3rem; block-size: 3rem"></bf-icon>`,
      );
      expect(width(el)).to.equal(48);
      expect(width(drawing(el))).to.equal(48);
    });

    it('reflects a size set as a property, so the page can style it', async () => {
      const el = await fixture<BfIcon>(html`<bf-icon name="info"></bf-icon>`);
      el.size = 'large';
      await el.updateComplete;
      expect(el.getAttribute('size')).to.equal('large');
      expect(width(el)).to.equal(24);
    });

    it('warns about an unknown size and keeps the medium size', async () => {
      let el!: BfIcon;
      const warned = await warnings(async () => {
        el = await fixture<BfIcon>(html`<bf-icon name="info" size="huge"></bf-icon>`);
      });
      expect(width(el)).to.equal(20);
      expect(warned.join('\n')).to.contain('size="huge" is unknown');
    });
  });

  describe('decorative or named', () => {
    it('is decorative without a label: the drawing is hidden and has no role', async () => {
      const el = await fixture<BfIcon>(html`<bf-icon name="info"></bf-icon>`);
      expect(drawing(el).getAttribute('aria-hidden')).to.equal('true');
      expect(drawing(el).hasAttribute('role')).to.equal(false);
      expect(drawing(el).hasAttribute('aria-label')).to.equal(false);
    });

    it('is an image named by label', async () => {
      const el = await fixture<BfIcon>(html`<bf-icon name="warning" label="Warning"></bf-icon>`);
      expect(drawing(el).getAttribute('role')).to.equal('img');
      expect(drawing(el).getAttribute('aria-label')).to.equal('Warning');
      expect(drawing(el).hasAttribute('aria-hidden')).to.equal(false);
    });

    it('switches between decorative and named when label changes', async () => {
      const el = await fixture<BfIcon>(html`<bf-icon name="lock"></bf-icon>`);
      el.label = 'Secure';
      await el.updateComplete;
      expect(drawing(el).getAttribute('role')).to.equal('img');
      expect(drawing(el).getAttribute('aria-label')).to.equal('Secure');
      el.label = '';
      await el.updateComplete;
      expect(drawing(el).getAttribute('aria-hidden')).to.equal('true');
      expect(drawing(el).hasAttribute('role')).to.equal(false);
    });

    it('treats a label of spaces as no label (an image must not be named "")', async () => {
      const el = await fixture<BfIcon>(html`<bf-icon name="info" label="   "></bf-icon>`);
      expect(drawing(el).getAttribute('aria-hidden')).to.equal('true');
      expect(drawing(el).hasAttribute('role')).to.equal(false);
    });

    it('keeps its name when the drawing is missing, so the meaning is not lost', async () => {
      let el!: BfIcon;
      await warnings(async () => {
        el = await fixture<BfIcon>(html`<bf-icon name="not-yet-there" label="Signed"></bf-icon>`);
      });
      expect(paths(el)).to.have.length(0);
      expect(drawing(el).getAttribute('aria-label')).to.equal('Signed');
    });
  });

  describe('registry', () => {
    it('draws an icon an agency registered', async () => {
      expect(registerIcon('agency-square', square)).to.equal(true);
      expect(iconNames()).to.include('agency-square');
      const el = await fixture<BfIcon>(html`<bf-icon name="agency-square"></bf-icon>`);
      expect(paths(el).map((path) => path.getAttribute('d'))).to.deep.equal(square.paths);
    });

    it('draws an icon as soon as its name is registered, and warns until then', async () => {
      let el!: BfIcon;
      const warned = await warnings(async () => {
        el = await fixture<BfIcon>(html`<bf-icon name="late-receipt"></bf-icon>`);
      });
      expect(warned.join('\n')).to.contain('no icon called "late-receipt" is registered');
      expect(paths(el)).to.have.length(0);
      registerIcon('late-receipt', { viewBox: '0 0 24 24', paths: ['M6 3h12v18H6z'] });
      await el.updateComplete;
      expect(paths(el)).to.have.length(1);
    });

    it('looks again for a missing icon when it comes back on the page', async () => {
      const wrapper = await fixture(html`<div></div>`);
      const el = document.createElement('bf-icon');
      el.name = 'comes-back';
      await warnings(async () => {
        wrapper.append(el);
        await el.updateComplete;
        el.remove();
      });
      registerIcon('comes-back', square);
      wrapper.append(el);
      await el.updateComplete;
      expect(paths(el)).to.have.length(1);
    });

    it('registers several icons at once and says whether all were valid', async () => {
      expect(registerIcons({ 'batch-one': square, 'batch-two': closeIcon })).to.equal(true);
      const warned = await warnings(() => {
        expect(
          registerIcons({ 'batch-three': square, 'Batch Four': square } as Record<
            string,
            IconDefinition
          >),
        ).to.equal(false);
      });
      expect(iconNames()).to.include.members(['batch-one', 'batch-two', 'batch-three']);
      expect(iconNames()).not.to.include('Batch Four');
      expect(warned.join('\n')).to.contain('"Batch Four" is not a valid icon name');
    });

    it('keeps the first drawing when a name is registered twice', async () => {
      registerIcon('twice', square);
      expect(registerIcon('twice', square), 'the same drawing again is fine').to.equal(true);
      const warned = await warnings(() => {
        expect(registerIcon('twice', closeIcon)).to.equal(false);
        expect(registerIcon('info', square), 'built-in names are taken').to.equal(false);
      });
      expect(warned).to.have.length(2);
      const el = await fixture<BfIcon>(html`<bf-icon name="twice"></bf-icon>`);
      expect(paths(el).map((path) => path.getAttribute('d'))).to.deep.equal(square.paths);
    });

    it('keeps its own copy, so changing the definition later changes nothing', async () => {
      const definition = { viewBox: '0 0 24 24', paint: 'stroke' as const, paths: ['M4 4h16'] };
      registerIcon('copied', definition);
      definition.paths[0] = 'M0 0"/><script>window.__bfIconPwned = 1</script>';
      definition.paths.push('M1 1h1');
      const el = await fixture<BfIcon>(html`<bf-icon name="copied"></bf-icon>`);
      expect(paths(el).map((path) => path.getAttribute('d'))).to.deep.equal(['M4 4h16']);
    });
  });

  describe('hostile and invalid input', () => {
    it('draws nothing for name="__proto__" and reaches no prototype', async () => {
      let el!: BfIcon;
      const warned = await warnings(async () => {
        el = await fixture<BfIcon>(html`<bf-icon name="__proto__"></bf-icon>`);
        expect(registerIcon('__proto__', square)).to.equal(false);
        expect(registerIcon('constructor', square), 'an ordinary name, nothing more').to.equal(
          true,
        );
      });
      expect(paths(el)).to.have.length(0);
      expect(warned.join('\n')).to.contain('name="__proto__" is not an icon name');
      expect(Object.prototype).not.to.have.property('viewBox');
      expect(({} as Record<string, unknown>)['paths']).to.equal(undefined);
      expect(drawing(el).getAttribute('aria-hidden')).to.equal('true');
    });

    it('renders nothing executable from javascript: or markup in a definition', async () => {
      const hostile = [
        { viewBox: '0 0 24 24', paths: ['javascript:alert(1)'] },
        { viewBox: '0 0 24 24', paths: ['M0 0"/><script>window.__bfIconPwned = 1</script>'] },
        { viewBox: '0 0 24 24', paths: ['M0 0z', '<image href="x" onerror="alert(1)" />'] },
        { viewBox: '0 0 24 24"><foreignObject><img src=x onerror=alert(1)>', paths: ['M0 0h1'] },
        { viewBox: '0 0 24 24', paths: ['M0 0h1'], paint: 'url(javascript:alert(1))' },
        { viewBox: '0 0 24 24', paths: ['M0 0h1'], paint: 'stroke', strokeWidth: '2"; x="' },
      ];
      for (const icon of hostile) {
        let el!: BfIcon;
        const warned = await warnings(async () => {
          el = await fixture<BfIcon>(
            html`<bf-icon .icon=${icon as unknown as IconDefinition}></bf-icon>`,
          );
        });
        const shown = JSON.stringify(icon);
        expect(warned, shown).to.have.length(1);
        expect(paths(el), shown).to.have.length(0);
        expect(el.shadowRoot!.querySelectorAll('script, image, foreignObject, img, use, a')).to.be
          .empty;
        const attributes = Array.from(el.shadowRoot!.querySelectorAll('*')).flatMap((node) =>
          node.getAttributeNames(),
        );
        expect(
          attributes.filter((name) => name.startsWith('on')),
          shown,
        ).to.be.empty;
        expect(drawing(el).getAttribute('viewBox'), shown).to.equal('0 0 24 24');
      }
      expect((window as { __bfIconPwned?: number }).__bfIconPwned).to.equal(undefined);
    });

    it('never throws for values that are not definitions, and warns once per problem', async () => {
      const throwing = {
        viewBox: '0 0 24 24',
        get paths(): string[] {
          throw new Error('hostile getter');
        },
      };
      const values: unknown[] = [
        '<svg onload="alert(1)">',
        42,
        { paths: ['M0 0h1'] },
        { viewBox: '0 0 0 24', paths: ['M0 0h1'] },
        { viewBox: '0 0 24 24', paths: [] },
        { viewBox: '0 0 24 24', paths: [42] },
        throwing,
      ];
      const warned = await warnings(async () => {
        for (const value of values) {
          const el = await fixture<BfIcon>(
            html`<bf-icon .icon=${value as IconDefinition}></bf-icon>`,
          );
          expect(paths(el)).to.have.length(0);
          expect(drawing(el)).to.exist;
        }
        // The same problem again is not repeated.
        await fixture(html`<bf-icon .icon=${42 as unknown as IconDefinition}></bf-icon>`);
      });
      expect(warned).to.have.length(values.length);
      expect(warned.every((message) => message.startsWith('[Belfry] <bf-icon>:'))).to.equal(true);
    });

    it('refuses names that are not icon names, and says so once', async () => {
      const warned = await warnings(async () => {
        for (const name of ['<svg onload=alert(1)>', 'Info', 'chevron down', 'x'.repeat(101)]) {
          const el = await fixture<BfIcon>(html`<bf-icon name=${name}></bf-icon>`);
          expect(paths(el), name).to.have.length(0);
        }
        await fixture(html`<bf-icon name="Info"></bf-icon>`);
      });
      expect(warned).to.have.length(4);
      expect(warned[0]).to.contain('is not an icon name');
    });

    it('warns when it has neither a name nor an icon', async () => {
      const warned = await warnings(() => fixture(html`<bf-icon></bf-icon>`));
      expect(warned.join('\n')).to.contain('has neither a name nor an icon');
    });
  });
});

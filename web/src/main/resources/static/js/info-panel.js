// The identify panel: an admin unit's names (UI language first), KATO, level, parent chain as
// breadcrumbs, area, dates and its children as links; any other feature's attributes.
import { getJson } from './api.js';
import { t, name, number } from './i18n.js';

export class InfoPanel {
  constructor(root, onSelectUnit, onZoom) {
    this.root = root;
    this.onSelectUnit = onSelectUnit;
    this.onZoom = onZoom;
    this.body = root.querySelector('.info-body');
    root.querySelector('.info-close').addEventListener('click', () => this.close());
  }

  close() {
    this.root.hidden = true;
    this.body.replaceChildren();
    this.onSelectUnit(null);
  }

  /** Shows the panel under a heading: a unit's, or any feature's. */
  open(headingKey = 'info.title') {
    const heading = this.root.querySelector('.section-title');
    heading.dataset.i18n = headingKey;
    heading.textContent = t(headingKey);
    this.root.hidden = false;
  }

  nothing() {
    this.open();
    this.body.replaceChildren(el('p', 'muted', t('info.nothing')));
  }

  /** unit: a GeoJSON feature from /api/units; ancestors, children: feature collections. */
  showUnit(unit, ancestors, children) {
    const p = unit.properties;
    this.open('info.unit');
    const crumbs = el('nav', 'breadcrumbs');
    crumbs.setAttribute('aria-label', t('info.parent'));
    for (const a of ancestors.features) {
      crumbs.appendChild(link(name(a.properties.names), () => this.onSelectUnit(a.properties.kato)));
      crumbs.appendChild(el('span', 'sep', ' › '));
    }
    crumbs.appendChild(el('span', 'here', name(p.names)));
    const title = el('h2', 'unit-name', name(p.names));
    const others = ['kk', 'ru', 'en'].map(l => p.names[l]).filter(n => n && n !== name(p.names));
    const facts = el('dl', 'facts');
    fact(facts, t('info.kato'), p.kato);
    fact(facts, t('info.level'), t('level.' + p.level));
    if (p.areaKm2) fact(facts, t('info.area'), number(p.areaKm2, p.areaKm2 < 100 ? 2 : 0) + ' ' + t('unit.km2'));
    fact(facts, t('info.validFrom'), p.validFrom);
    if (p.parentKato && ancestors.features.length) {
      const parent = ancestors.features[ancestors.features.length - 1];
      const dd = document.createElement('dd');
      dd.appendChild(link(name(parent.properties.names), () => this.onSelectUnit(parent.properties.kato)));
      facts.append(el('dt', null, t('info.parent')), dd);
    }
    fact(facts, t('info.source'), p.source);
    const zoom = el('button', 'zoom-unit', t('info.zoom'));
    zoom.type = 'button';
    zoom.addEventListener('click', () => this.onZoom(unit));
    const parts = [crumbs, title];
    if (others.length) parts.push(el('p', 'other-names', [...new Set(others)].join(' · ')));
    parts.push(facts, zoom);
    if (children.numberMatched > 0) {
      parts.push(el('h3', null, t('info.children') + ' (' + children.numberMatched + ')'));
      const ul = el('ul', 'children');
      const sorted = [...children.features].sort((a, b) => name(a.properties.names).localeCompare(name(b.properties.names)));
      for (const c of sorted) {
        const li = document.createElement('li');
        li.appendChild(link(name(c.properties.names), () => this.onSelectUnit(c.properties.kato)));
        ul.appendChild(li);
      }
      if (children.numberMatched > children.features.length) {
        ul.appendChild(el('li', 'muted', t('info.more', { n: children.numberMatched - children.features.length })));
      }
      parts.push(ul);
    }
    this.body.replaceChildren(...parts);
  }

  /** A feature of a non-admin layer: its title and a table of its attributes. */
  showFeature(feature, layerTitle) {
    this.open();
    const props = feature.properties || {};
    const title = props.name || props['name:' + document.documentElement.lang] || feature.id || '';
    const table = el('table', 'attributes');
    for (const [k, v] of Object.entries(props)) {
      const tr = document.createElement('tr');
      tr.append(el('th', null, k), el('td', null, v === null ? '' : String(v)));
      table.appendChild(tr);
    }
    this.body.replaceChildren(el('p', 'muted', layerTitle), el('h2', 'unit-name', String(title)), el('h3', null, t('info.attributes')), table);
  }
}

/** Fetches what the panel shows for one unit: itself (with geometry for the highlight), its parents, its children. */
export async function loadUnit(kato, zoom) {
  const [unit, ancestors, children] = await Promise.all([
    getJson('/api/units/' + kato + '?zoom=' + Math.max(4, Math.round(zoom))),
    getJson('/api/units/' + kato + '/ancestors?zoom=0'),
    getJson('/api/units/' + kato + '/children?limit=100&zoom=0')
  ]);
  return { unit, ancestors, children };
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function fact(dl, term, value) {
  dl.append(el('dt', null, term), el('dd', null, value ?? ''));
}

function link(text, action) {
  const a = el('a', null, text);
  a.href = '#';
  a.addEventListener('click', e => { e.preventDefault(); action(); });
  return a;
}

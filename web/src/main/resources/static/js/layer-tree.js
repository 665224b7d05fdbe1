// The layer tree: a basemap choice (ours first: boundaries and names from our own tiles, so the
// map works offline) and the catalog's layers as overlays, grouped as the catalog groups them,
// each with visibility, opacity, order, an inline legend (GetLegendGraphic) and zoom-to-layer.
// Overlays are our cached XYZ tiles; the list's order is the drawing order (top of the list on top).
import { t, name, lang } from './i18n.js';

const OVERLAY_PANE_Z = 400;

export class LayerTree {
  constructor(map, root, onChange) {
    this.map = map;
    this.root = root;
    this.onChange = onChange;
    this.layers = [];          // catalog entries, in list order (top first)
    this.tiles = new Map();    // name → L.TileLayer while visible
    this.opacity = new Map();  // name → 0..1
    this.basemaps = [];
    this.basemapId = 'aumaq';
    this.basemapLayer = null;
  }

  /** catalog: /api/layers; basemaps: from /api/workspace; state: from the link. */
  init(catalog, basemaps, state) {
    // Editors also get unpublished layers from the catalog API (to publish them again); the map has none.
    catalog = catalog.filter(l => l.visibility !== 'unpublished');
    this.layers = catalog;
    this.basemaps = basemaps;
    const wanted = state.layers || [];
    // Layers named in the link come first, in the link's order (it lists them top first).
    const named = wanted.map(n => catalog.find(l => l.name === n)).filter(Boolean);
    this.layers = [...named, ...catalog.filter(l => !wanted.includes(l.name))];
    for (const l of named) this.show(l.name, true);
    this.setBasemap(state.basemap && this.basemapIds().includes(state.basemap) ? state.basemap : 'aumaq');
    this.render();
  }

  /** Shows exactly these overlays (top first, as a link lists them), hiding the others. */
  showOnly(names) {
    for (const l of this.layers) if (!names.includes(l.name)) this.show(l.name, false);
    const named = names.map(n => this.entry(n)).filter(Boolean);
    this.layers = [...named, ...this.layers.filter(l => !names.includes(l.name))];
    for (const l of named) this.show(l.name, true);
    this.render();
  }

  basemapIds() {
    return ['aumaq', 'none', ...this.basemaps.map(b => b.id)];
  }

  setBasemap(id) {
    if (this.basemapLayer) this.map.removeLayer(this.basemapLayer);
    this.basemapLayer = null;
    this.basemapId = id;
    if (id === 'aumaq') {
      this.basemapLayer = L.tileLayer('/tiles/admin/default/{z}/{x}/{y}.png?lang=' + lang(),
          { maxZoom: 18, attribution: 'Aumaq', className: 'basemap-aumaq' });
    } else if (id !== 'none') {
      const b = this.basemaps.find(x => x.id === id);
      if (b) this.basemapLayer = L.tileLayer(b.url, { maxZoom: b.maxZoom, attribution: b.attribution || '' });
    }
    if (this.basemapLayer) this.basemapLayer.addTo(this.map).setZIndex(0);
    this.onChange();
  }

  /** Names of the visible overlays, top first. */
  visible() {
    return this.layers.filter(l => this.tiles.has(l.name)).map(l => l.name);
  }

  entry(layerName) {
    return this.layers.find(l => l.name === layerName);
  }

  show(layerName, on) {
    const l = this.entry(layerName);
    if (!l) return;
    if (on && !this.tiles.has(layerName)) {
      const tile = L.tileLayer(overlayUrl(l),
          { maxZoom: 18, opacity: this.opacity.get(layerName) ?? 1, attribution: l.attribution || '', className: 'overlay-' + l.name });
      this.tiles.set(layerName, tile.addTo(this.map));
    } else if (!on && this.tiles.has(layerName)) {
      this.map.removeLayer(this.tiles.get(layerName));
      this.tiles.delete(layerName);
    }
    this.restack();
    this.onChange();
  }

  move(layerName, step) {
    const i = this.layers.findIndex(l => l.name === layerName);
    const j = i + step;
    if (i < 0 || j < 0 || j >= this.layers.length) return;
    [this.layers[i], this.layers[j]] = [this.layers[j], this.layers[i]];
    this.restack();
    this.render();
    this.root.querySelector(`[data-layer="${layerName}"] .${step < 0 ? 'up' : 'down'}`)?.focus();
    this.onChange();
  }

  restack() {
    const n = this.layers.length;
    this.layers.forEach((l, i) => this.tiles.get(l.name)?.setZIndex(OVERLAY_PANE_Z + n - i));
  }

  /** Tiles follow the language (labels are drawn server-side). */
  relabel() {
    if (this.basemapId === 'aumaq') this.setBasemap('aumaq');
    for (const [layerName, tile] of this.tiles) tile.setUrl(overlayUrl(this.entry(layerName)));
    this.render();
  }

  zoomTo(l) {
    if (!l.bbox) return;
    this.map.fitBounds([[l.bbox[1], l.bbox[0]], [l.bbox[3], l.bbox[2]]]);
  }

  render() {
    const root = this.root;
    root.replaceChildren();
    root.appendChild(this.basemapList());
    // Groups in the catalog's order, then the layers in no group.
    const groups = [];
    for (const l of this.layers) for (const g of (l.groups.length ? l.groups : [''])) if (!groups.includes(g)) groups.push(g);
    groups.sort((a, b) => (a === '') - (b === ''));
    for (const g of groups) {
      const section = document.createElement('fieldset');
      section.className = 'layer-group';
      const legend = document.createElement('legend');
      legend.textContent = g === '' ? t('layers.other') : groupTitle(g);
      section.appendChild(legend);
      const ul = document.createElement('ul');
      for (const l of this.layers.filter(x => (x.groups.length ? x.groups[0] : '') === g)) ul.appendChild(this.item(l));
      section.appendChild(ul);
      root.appendChild(section);
    }
  }

  basemapList() {
    const box = document.createElement('fieldset');
    box.className = 'basemaps';
    const legend = document.createElement('legend');
    legend.textContent = t('layers.basemap');
    box.appendChild(legend);
    const choices = [{ id: 'aumaq', title: t('layers.basemap.aumaq') }, { id: 'none', title: t('layers.basemap.none') }, ...this.basemaps];
    for (const b of choices) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'basemap';
      input.value = b.id;
      input.checked = b.id === this.basemapId;
      input.addEventListener('change', () => this.setBasemap(b.id));
      label.append(input, ' ', b.title);
      box.appendChild(label);
    }
    return box;
  }

  item(l) {
    const li = document.createElement('li');
    li.dataset.layer = l.name;
    const row = document.createElement('div');
    row.className = 'layer-row';
    const id = 'layer-' + l.name;
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = id;
    box.checked = this.tiles.has(l.name);
    box.addEventListener('change', () => { this.show(l.name, box.checked); details.hidden = !box.checked; });
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = name(l.title);
    if (l.visibility === 'restricted') label.append(' ', Object.assign(document.createElement('span'), { className: 'badge', textContent: t('layers.restricted') }));
    row.append(box, label, button(ZOOM_ICON, t('layers.zoom'), 'zoom', () => this.zoomTo(l)),
        button('▲', t('layers.up'), 'up', () => this.move(l.name, -1)), button('▼', t('layers.down'), 'down', () => this.move(l.name, 1)));
    li.appendChild(row);

    const details = document.createElement('div');
    details.className = 'layer-details';
    details.hidden = !box.checked;
    const opacity = document.createElement('input');
    opacity.type = 'range';
    opacity.min = '0';
    opacity.max = '100';
    opacity.value = String(Math.round((this.opacity.get(l.name) ?? 1) * 100));
    opacity.setAttribute('aria-label', t('layers.opacity') + ': ' + name(l.title));
    opacity.title = t('layers.opacity');
    opacity.addEventListener('input', () => {
      this.opacity.set(l.name, opacity.value / 100);
      this.tiles.get(l.name)?.setOpacity(opacity.value / 100);
    });
    const legend = document.createElement('img');
    legend.className = 'legend';
    legend.alt = t('layers.legend') + ': ' + name(l.title);
    legend.loading = 'lazy';
    legend.src = '/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER=' + encodeURIComponent(l.name)
        + '&STYLE=' + encodeURIComponent(l.defaultStyle) + '&LANGUAGE=' + lang();
    details.append(opacity, legend);
    li.appendChild(details);
    return li;
  }
}

/** A catalog layer's cached XYZ tiles, transparent, labelled in the current language. */
function overlayUrl(l) {
  return '/tiles/' + encodeURIComponent(l.name) + '/' + encodeURIComponent(l.defaultStyle) + '/{z}/{x}/{y}.png?transparent=true&lang=' + lang();
}

// A constant of ours (never data), so innerHTML is safe here.
const ZOOM_ICON = '<svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">'
    + '<circle cx="12" cy="12" r="7"/><path d="M12 2v5M12 17v5M2 12h5M17 12h5"/></svg>';

function button(content, title, cls, action) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'icon ' + cls;
  if (content.startsWith('<svg')) b.innerHTML = content;
  else b.textContent = content;
  b.title = title;
  b.setAttribute('aria-label', title);
  b.addEventListener('click', action);
  return b;
}

// The catalog names its groups; the bundles may hold a title for a name (group.<name>).
function groupTitle(group) {
  const key = 'group.' + group;
  return t(key) === key ? group : t(key);
}

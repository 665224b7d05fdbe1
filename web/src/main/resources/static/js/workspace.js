// The workspace: wires the map, layer tree, search, identify panel, measuring, print, languages
// and the link (view-state.js) together. Each part lives in its own module.
import * as i18n from './i18n.js';
import { getJson } from './api.js';
import * as viewState from './view-state.js';
import { LayerTree } from './layer-tree.js';
import { InfoPanel, loadUnit } from './info-panel.js';
import { Search } from './search.js';
import { Measure } from './measure.js';
import { Print } from './print.js';
import { identify } from './identify.js';

const $ = id => document.getElementById(id);
const state = viewState.read();
const KAZAKHSTAN = [[40.6, 46.5], [55.4, 87.3]];

// Whole zoom levels only: our tiles carry their labels, and scaled tiles would blur them.
const map = L.map('map', { zoomSnap: 1, zoomControl: true, attributionControl: true });
map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
if (state.center) map.setView(state.center, state.zoom);
else map.fitBounds(KAZAKHSTAN);

let selected = null;        // { kato, layer } of the highlighted unit
let ready = false;          // the link is written only once the page has restored it

const tree = new LayerTree(map, $('layer-tree'), () => save());
const panel = new InfoPanel($('info'), kato => selectUnit(kato, false), f => zoomToFeature(f));
const measure = new Measure(map, $('measure-output'));
const print = new Print(map, $('print-dialog'), printedLayers, () => selected ? selected.title : i18n.t('app.brand'));

function save() {
  if (!ready) return;
  const c = map.getCenter();
  viewState.write({ lang: i18n.lang(), zoom: map.getZoom(), center: [c.lat, c.lng], basemap: tree.basemapId,
    layers: tree.visible(), unit: selected ? selected.kato : undefined });
}

function printedLayers() {
  const overlays = tree.visible().reverse();          // bottom to top
  return tree.basemapId === 'none' && overlays.length ? overlays : ['admin', ...overlays];
}

function zoomToFeature(feature) {
  const bounds = L.geoJSON(feature).getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { maxZoom: 12, animate: false });
}

async function selectUnit(kato, zoom) {
  if (selected) { map.removeLayer(selected.layer); selected = null; }
  if (!kato) { window.aumaqSelectedUnit = null; save(); return; }
  let data;
  try {
    data = await loadUnit(kato, map.getZoom());
  } catch (e) {
    panel.nothing();
    return;
  }
  const layer = L.geoJSON(data.unit, { interactive: false, style: { color: '#e4572e', weight: 3, fill: true, fillOpacity: 0.08 } }).addTo(map);
  selected = { kato, layer, title: i18n.name(data.unit.properties.names) };
  window.aumaqSelectedUnit = kato;
  panel.showUnit(data.unit, data.ancestors, data.children);
  showPanel(true);
  if (zoom) zoomToFeature(data.unit);
  save();
}

map.on('click', async e => {
  if (measure.active()) return;
  const hit = await identify(map, e.latlng, tree.visible());
  if (!hit) { panel.nothing(); showPanel(true); return; }
  if (hit.properties && hit.properties.kato && hit.properties.level) {
    await selectUnit(hit.properties.kato, false);
  } else {
    const entry = tree.entry(hit.layer);
    panel.showFeature(hit, entry ? i18n.name(entry.title) : hit.layer);
    showPanel(true);
  }
});
map.on('moveend', save);

// Cursor coordinates, in degrees as planners read them from documents.
const coords = $('coords');
map.on('mousemove', e => { coords.textContent = e.latlng.lat.toFixed(5) + '° N, ' + e.latlng.lng.toFixed(5) + '° E'; });

new Search($('search-input'), $('search-results'), f => selectUnit(f.properties.kato, true));

$('measure-distance').addEventListener('click', () => measure.start('distance'));
$('measure-area').addEventListener('click', () => measure.start('area'));
$('measure-clear').addEventListener('click', () => measure.stop());
$('print-open').addEventListener('click', () => print.open());
$('panel-toggle').addEventListener('click', () => showPanel($('panel').classList.contains('collapsed')));

function showPanel(on) {
  const panelBox = $('panel');
  if (on === !panelBox.classList.contains('collapsed')) return;
  panelBox.classList.toggle('collapsed', !on);
  $('panel-toggle').setAttribute('aria-expanded', String(on));
  setTimeout(() => map.invalidateSize(), 200);
}
// On a phone the map comes first; the panel opens when there is something to read.
if (window.matchMedia('(max-width: 700px)').matches) showPanel(false);

// Switching the language keeps the view: only words, labels in tiles and legends change.
for (const b of document.querySelectorAll('#lang button')) b.addEventListener('click', () => switchLanguage(b.dataset.lang));

async function switchLanguage(lang) {
  await setLanguage(lang);
  tree.relabel();
  if (selected) await selectUnit(selected.kato, false);
  save();
}

// A link pasted into this tab changes only the fragment, which does not reload the page: apply it.
// (Our own updates use replaceState, which fires no hashchange.)
window.addEventListener('hashchange', async () => {
  const s = viewState.read();
  ready = false;
  if (s.lang && s.lang !== i18n.lang()) {
    await setLanguage(s.lang);
    tree.relabel();
  }
  if (s.center) map.setView(s.center, s.zoom, { animate: false });
  if (s.basemap && s.basemap !== tree.basemapId && tree.basemapIds().includes(s.basemap)) tree.setBasemap(s.basemap);
  tree.showOnly(s.layers || []);
  ready = true;
  if (s.unit !== (selected && selected.kato)) await selectUnit(s.unit || null, !s.center);
  save();
});

async function setLanguage(lang) {
  await i18n.load(lang);
  document.title = i18n.t('app.title');
  for (const b of document.querySelectorAll('#lang button')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
}

async function start() {
  await setLanguage(state.lang || 'kk');
  const [workspace, catalog] = await Promise.all([getJson('/api/workspace'), getJson('/api/layers')]);
  tree.init(catalog, workspace.basemaps, state);
  print.setLimits(workspace.print);
  // Demo data says so on the map.
  getJson('/api/units?level=region&limit=1&zoom=0').then(p => { $('demo-banner').hidden = !p.demo; }).catch(() => {});
  ready = true;
  if (state.unit) await selectUnit(state.unit, !state.center);
  save();
  window.aumaqReady = true;
}

// For the browser tests and anyone scripting the page from the console.
window.aumaq = { map, tree, measure, print, selectUnit };
start().catch(e => {
  $('error').hidden = false;
  $('error').textContent = i18n.t('error.api') + ': ' + e.message;
});

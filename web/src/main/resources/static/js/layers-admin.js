// Layers and styles for the GIS team: who sees each layer, its default style, unpublishing; and
// an SLD editor whose preview is drawn by the server with the draft style before it is saved.
import * as i18n from './i18n.js';
import { getJson, send, ApiError } from './api.js';

const $ = id => document.getElementById(id);
let layers = [];
let previewTimer = null;
let previewUrl = null;

async function start() {
  const lang = new URLSearchParams(location.search).get('lang');
  await setLanguage(i18n.LANGUAGES.includes(lang) ? lang : 'kk');
  for (const b of document.querySelectorAll('#lang button')) b.addEventListener('click', () => setLanguage(b.dataset.lang).then(renderTable));
  await reload();
  $('editor-layer').addEventListener('change', () => loadStyle());
  $('sld').addEventListener('input', () => { clearTimeout(previewTimer); previewTimer = setTimeout(preview, 600); });
  $('save').addEventListener('click', save);
  $('import').addEventListener('change', async () => {
    const file = $('import').files[0];
    if (!file) return;
    $('sld').value = await file.text();
    preview();
  });
  await loadStyle();
  window.aumaqAdminReady = true;
}

async function setLanguage(lang) {
  await i18n.load(lang);
  document.title = i18n.t('admin.title') + ' — ' + i18n.t('app.brand');
  for (const b of document.querySelectorAll('#lang button')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
}

async function reload() {
  layers = await getJson('/api/layers');
  renderTable();
  const select = $('editor-layer');
  const current = select.value;
  // Only published layers can be drawn, so only they can preview a style.
  const drawable = layers.filter(l => l.visibility !== 'unpublished');
  select.replaceChildren(...drawable.map(l => new Option(i18n.name(l.title) + ' (' + l.name + ')', l.name)));
  if (drawable.some(l => l.name === current)) select.value = current;
}

function renderTable() {
  const body = $('layers-table').querySelector('tbody');
  body.replaceChildren();
  for (const l of layers) {
    const tr = document.createElement('tr');
    tr.dataset.layer = l.name;
    const visibility = select(['public', 'restricted', 'unpublished'], l.visibility, v => i18n.t('admin.' + v));
    visibility.setAttribute('aria-label', i18n.t('admin.visibility') + ': ' + l.name);
    visibility.addEventListener('change', () => patch(l.name, { visibility: visibility.value }));
    const style = select(l.styles, l.defaultStyle, s => s);
    style.setAttribute('aria-label', i18n.t('admin.style') + ': ' + l.name);
    style.addEventListener('change', () => patch(l.name, { defaultStyle: style.value }));
    // Unpublished layers stay listed here (only here) so they can be published again.
    const unpublished = l.visibility === 'unpublished';
    const toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.className = unpublished ? 'publish' : 'danger';
    toggle.textContent = i18n.t(unpublished ? 'admin.publish' : 'admin.unpublish');
    toggle.addEventListener('click', async () => {
      if (unpublished) {
        await patch(l.name, { visibility: 'public' });
        return;
      }
      if (!confirm(i18n.t('admin.confirmUnpublish') + ' ' + l.name)) return;
      await act(() => send('DELETE', '/api/layers/' + encodeURIComponent(l.name)), $('table-status'));
      await reload();
    });
    if (unpublished) tr.className = 'unpublished';
    tr.append(cell(i18n.name(l.title)), cell(l.name), cell(visibility), cell(style), cell(toggle));
    body.appendChild(tr);
  }
}

async function patch(name, fields) {
  await act(() => send('PATCH', '/api/layers/' + encodeURIComponent(name), fields), $('table-status'));
  await reload();
}

function layer() {
  return layers.find(l => l.name === $('editor-layer').value && l.visibility !== 'unpublished');
}

async function loadStyle() {
  const l = layer();
  if (!l) return;
  $('style-name').value = l.defaultStyle;
  $('export').href = '/api/styles/' + encodeURIComponent(l.defaultStyle) + '?f=sld&lang=' + i18n.lang();
  $('export').setAttribute('download', l.defaultStyle + '.sld');
  const r = await fetch('/api/styles/' + encodeURIComponent(l.defaultStyle) + '?f=sld&lang=' + i18n.lang());
  $('sld').value = await r.text();
  await preview();
}

/** Draws the layer over its extent with the SLD as it is in the editor, nothing saved. */
async function preview() {
  const l = layer();
  if (!l) return;
  // In Web Mercator, with the height following the extent's shape, as the layer looks on the map.
  const b = l.bbox || [46.5, 40.6, 87.3, 55.4];
  const x = lon => lon * 20037508.34 / 180;
  const y = lat => Math.log(Math.tan((90 + lat) * Math.PI / 360)) * 6378137;
  const box = [x(b[0]), y(b[1]), x(b[2]), y(b[3])];
  const width = 600;
  const height = Math.max(150, Math.min(600, Math.round(width * (box[3] - box[1]) / Math.max(1, box[2] - box[0]))));
  const p = new URLSearchParams({ LAYERS: l.name, CRS: 'EPSG:3857', BBOX: box.map(v => v.toFixed(1)).join(','), WIDTH: String(width),
    HEIGHT: String(height), FORMAT: 'image/png', LANGUAGE: i18n.lang() });
  const status = $('editor-status');
  try {
    const r = await send('POST', '/api/styles/preview?' + p.toString(), $('sld').value, 'application/vnd.ogc.sld+xml');
    const blob = await r.blob();
    if (previewUrl) URL.revokeObjectURL(previewUrl);
    previewUrl = URL.createObjectURL(blob);
    $('preview').src = previewUrl;
    $('preview').alt = i18n.t('admin.preview') + ': ' + l.name;
    status.textContent = '';
    status.className = '';
    window.aumaqPreviewed = (window.aumaqPreviewed || 0) + 1;
  } catch (e) {
    status.textContent = e.message;
    status.className = 'error-text';
  }
}

async function save() {
  const l = layer();
  const name = $('style-name').value.trim();
  const ok = await act(() => send('PUT', '/api/styles/' + encodeURIComponent(name), $('sld').value, 'application/vnd.ogc.sld+xml'), $('editor-status'));
  if (ok && $('use-default').checked) {
    const styles = l.styles.includes(name) ? l.styles : [...l.styles, name];
    await act(() => send('PATCH', '/api/layers/' + encodeURIComponent(l.name), { styles, defaultStyle: name }), $('editor-status'));
  }
  await reload();
}

async function act(action, status) {
  try {
    await action();
    status.textContent = i18n.t('admin.saved');
    status.className = '';
    return true;
  } catch (e) {
    status.textContent = (e instanceof ApiError ? e.status + ': ' : '') + e.message;
    status.className = 'error-text';
    return false;
  }
}

function select(values, current, label) {
  const s = document.createElement('select');
  for (const v of values) s.appendChild(new Option(label(v), v, false, v === current));
  return s;
}

function cell(content) {
  const td = document.createElement('td');
  if (content instanceof Node) td.appendChild(content);
  else td.textContent = content;
  return td;
}

start().catch(e => { $('table-status').textContent = i18n.t('error.api') + ': ' + e.message; });

// The GIS team's quick check of published layers: the cached XYZ tiles of the 'admin' group as
// the base, WMS overlays on top, GetFeatureInfo on click. ?lang=ru|en switches label language.
const lang = new URLSearchParams(location.search).get('lang') || 'kk';
const map = L.map('map').setView([48.2, 67.5], 5);
const base = L.tileLayer('/tiles/admin/default/{z}/{x}/{y}.png?lang=' + lang,
    { maxZoom: 14, attribution: 'Aumaq' }).addTo(map);
const wms = (layers) => L.tileLayer.wms('/wms', { layers, styles: '', format: 'image/png', transparent: true,
    version: '1.3.0', LANGUAGE: lang });
const settlements = wms('settlements').addTo(map);
const regions = wms('regions');
L.control.layers({ 'admin (XYZ)': base },
    { 'settlements (WMS)': settlements, 'regions (WMS)': regions }, { collapsed: false }).addTo(map);
map.on('click', (e) => {
  const size = map.getSize();
  const b = map.getBounds();
  const sw = map.options.crs.project(b.getSouthWest());
  const ne = map.options.crs.project(b.getNorthEast());
  const p = map.latLngToContainerPoint(e.latlng);
  const q = new URLSearchParams({ SERVICE: 'WMS', VERSION: '1.3.0', REQUEST: 'GetFeatureInfo', LAYERS: 'admin',
    QUERY_LAYERS: 'admin', STYLES: '', CRS: 'EPSG:3857', BBOX: [sw.x, sw.y, ne.x, ne.y].join(','),
    WIDTH: size.x, HEIGHT: size.y, I: Math.round(p.x), J: Math.round(p.y), INFO_FORMAT: 'application/json',
    FEATURE_COUNT: 5 });
  fetch('/wms?' + q).then(r => r.json()).then(fc => {
    if (!fc.features.length) return;
    const rows = fc.features.map(f => `<tr><td>${f.layer}</td><td>${f.properties.kato}</td><td>${
      f.properties['name_' + lang] || f.properties.name_ru || ''}</td></tr>`).join('');
    L.popup().setLatLng(e.latlng).setContent('<table>' + rows + '</table>').openOn(map);
  });
});
window.aumaqPreviewReady = new Promise(resolve => base.once('load', () => resolve(true)));

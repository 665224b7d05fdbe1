// Measure distance or area by clicking points on the map (geodesic, see geodesy.js). Keyboard:
// Enter finishes, Escape cancels. While measuring, clicks do not identify features.
import { length, area, formatLength, formatArea } from './geodesy.js';
import { t, number } from './i18n.js';

export class Measure {
  constructor(map, output) {
    this.map = map;
    this.output = output;
    this.mode = null;
    this.points = [];
    this.layer = L.layerGroup().addTo(map);
    this.onClick = e => this.add(e.latlng);
    this.onMove = e => this.preview(e.latlng);
    this.onDouble = e => { L.DomEvent.stop(e); this.finish(); };
    this.onKey = e => {
      if (e.key === 'Escape') this.stop();
      if (e.key === 'Enter') this.finish();
    };
  }

  active() {
    return this.mode !== null;
  }

  start(mode) {
    this.stop();
    this.mode = mode;
    this.points = [];
    this.map.doubleClickZoom.disable();
    this.map.getContainer().classList.add('measuring');
    this.map.on('click', this.onClick).on('mousemove', this.onMove).on('dblclick', this.onDouble);
    document.addEventListener('keydown', this.onKey);
    this.show(t('measure.hint'));
  }

  add(latlng) {
    const last = this.points[this.points.length - 1];
    if (last && last.equals(latlng)) return;
    this.points.push(latlng);
    this.draw(this.points);
  }

  preview(latlng) {
    if (this.points.length) this.draw([...this.points, latlng], true);
  }

  finish() {
    if (!this.mode) return;
    this.draw(this.points);
    this.map.off('click', this.onClick).off('mousemove', this.onMove).off('dblclick', this.onDouble);
    document.removeEventListener('keydown', this.onKey);
    this.map.getContainer().classList.remove('measuring');
    // Re-enabled after this double click has been handled, so it does not zoom the map.
    setTimeout(() => this.map.doubleClickZoom.enable(), 0);
    this.mode = null;
  }

  stop() {
    this.finish();
    this.layer.clearLayers();
    this.points = [];
    this.output.hidden = true;
  }

  draw(points, previewing) {
    this.layer.clearLayers();
    const style = { color: '#d1495b', weight: 3, dashArray: previewing ? '6 6' : null, fillOpacity: 0.15 };
    const ll = points.map(p => [p.lat, p.lng]);
    if (this.mode === 'area' && points.length >= 3) L.polygon(points, style).addTo(this.layer);
    else if (points.length >= 2) L.polyline(points, style).addTo(this.layer);
    points.forEach(p => L.circleMarker(p, { radius: 4, color: '#d1495b', weight: 2, fillColor: '#fff', fillOpacity: 1 }).addTo(this.layer));
    const text = this.mode === 'area'
      ? t('measure.area') + ': ' + formatArea(area(ll), number)
      : t('measure.distance') + ': ' + formatLength(length(ll), number);
    this.show(text);
    this.last = this.mode === 'area' ? area(ll) : length(ll);
  }

  show(text) {
    this.output.hidden = false;
    this.output.querySelector('.measure-text').textContent = text;
  }
}

// Print: the current view as a PNG or PDF sheet (title, map, legend, scale, attribution) that the
// server renders through WMS at print DPI (/api/print), so it matches the map and prints sharply.
// External basemaps are the browser's own and cannot be rendered by the server: ours stands in.
import { t, lang } from './i18n.js';
import { viewBox } from './map-box.js';

export class Print {
  constructor(map, dialog, layersToPrint, defaultTitle) {
    this.map = map;
    this.dialog = dialog;
    this.layersToPrint = layersToPrint;
    this.defaultTitle = defaultTitle;
    this.status = dialog.querySelector('.print-status');
    dialog.querySelector('form').addEventListener('submit', e => { e.preventDefault(); this.run(); });
    dialog.querySelector('.print-cancel').addEventListener('click', () => dialog.close());
  }

  /** limits: {maxWidth, maxHeight} from /api/workspace. */
  setLimits(limits) {
    this.limits = limits;
  }

  open() {
    this.dialog.querySelector('[name=title]').value = this.defaultTitle();
    // Resolutions whose image would exceed the server's limits for this window are not offered.
    if (this.limits) {
      const size = this.map.getSize();
      const select = this.dialog.querySelector('[name=dpi]');
      let best = null;
      for (const o of select.options) {
        const scale = Number(o.value) / 96;
        o.disabled = size.x * scale > this.limits.maxWidth || size.y * scale > this.limits.maxHeight;
        if (!o.disabled && (best === null || Math.abs(Number(o.value) - 150) < Math.abs(Number(best.value) - 150))) best = o;
      }
      if (select.selectedOptions[0]?.disabled && best) select.value = best.value;
    }
    this.status.replaceChildren();
    this.dialog.showModal();
  }

  url() {
    const form = new FormData(this.dialog.querySelector('form'));
    const view = viewBox(this.map);
    const p = new URLSearchParams({
      layers: this.layersToPrint().join(','),
      bbox: view.bbox.map(v => v.toFixed(2)).join(','),
      crs: 'EPSG:3857',
      width: String(view.width),
      height: String(view.height),
      dpi: form.get('dpi'),
      format: form.get('format'),
      title: form.get('title') || '',
      lang: lang()
    });
    return '/api/print?' + p.toString();
  }

  async run() {
    const url = this.url();
    this.status.textContent = t('print.working');
    const go = this.dialog.querySelector('.print-go');
    go.disabled = true;
    try {
      const r = await fetch(url);
      const blob = await r.blob();
      window.aumaqLastPrint = { status: r.status, type: r.headers.get('Content-Type'), size: blob.size, url };
      if (!r.ok) {
        let message = r.statusText;
        try { message = JSON.parse(await blob.text()).message; } catch (e) { /* not JSON */ }
        this.status.textContent = t('print.failed') + ': ' + message;
        return;
      }
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      const disposition = r.headers.get('Content-Disposition') || '';
      a.download = (disposition.match(/filename="([^"]+)"/) || [])[1] || 'aumaq-map';
      a.textContent = t('print.ready') + ' (' + a.download + ')';
      a.className = 'print-download';
      this.status.replaceChildren(a);
      a.focus();
    } catch (e) {
      window.aumaqLastPrint = { status: 0, error: String(e), url };
      this.status.textContent = t('print.failed');
    } finally {
      go.disabled = false;
    }
  }
}


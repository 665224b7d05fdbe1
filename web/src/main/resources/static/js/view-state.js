// The view in the URL's fragment — #lang=ru&z=7&c=49.8,73.1&b=aumaq&l=districts,settlements&u=351010000 —
// so a copied link reproduces it. Written with replaceState: moving the map does not flood history.
export function read() {
  const p = new URLSearchParams(location.hash.replace(/^#/, ''));
  const out = {};
  const lang = p.get('lang');
  if (['kk', 'ru', 'en'].includes(lang)) out.lang = lang;
  const z = Number(p.get('z'));
  const c = (p.get('c') || '').split(',').map(Number);
  if (p.get('z') !== null && Number.isFinite(z) && z >= 0 && z <= 20 && c.length === 2 && c.every(Number.isFinite)
      && Math.abs(c[0]) <= 90 && Math.abs(c[1]) <= 180) {
    out.zoom = z;
    out.center = c;
  }
  if (p.get('b')) out.basemap = p.get('b');
  if (p.has('l')) out.layers = p.get('l').split(',').filter(Boolean);
  if (/^\d{9}$/.test(p.get('u') || '')) out.unit = p.get('u');
  return out;
}

export function write(state) {
  const p = new URLSearchParams();
  if (state.lang) p.set('lang', state.lang);
  if (state.zoom !== undefined) p.set('z', String(Math.round(state.zoom * 100) / 100));
  if (state.center) p.set('c', state.center.map(v => v.toFixed(4)).join(','));
  if (state.basemap) p.set('b', state.basemap);
  if (state.layers) p.set('l', state.layers.join(','));
  if (state.unit) p.set('u', state.unit);
  const hash = '#' + p.toString().replace(/%2C/g, ',');
  if (hash !== location.hash) history.replaceState(null, '', hash);
}

// A first look at the spatial core; the full workspace (layer tree, search, print) comes with the web issue.
const map = L.map('map', { zoomSnap: 0.5 }).setView([48.2, 67.5], 5);
const style = { color: '#5b3a7a', weight: 1.2, fillColor: '#f3efe4', fillOpacity: 0.9 };
fetch('/api/units?level=region&zoom=5')
  .then(r => r.json())
  .then(fc => {
    const layer = L.geoJSON(fc, {
      style,
      onEachFeature: (f, l) => {
        const n = f.properties.names;
        l.bindTooltip(n.kk || n.ru || n.en, { sticky: true });
        l.bindPopup(`<b>${n.kk}</b><br>${n.ru}<br>${n.en}<br>КАТО ${f.properties.kato}`);
      }
    }).addTo(map);
    map.fitBounds(layer.getBounds());
    document.getElementById('status').textContent = `${fc.numberMatched} облыс · областей · regions`;
    document.getElementById('demo').hidden = !fc.demo;
  })
  .catch(e => { document.getElementById('status').textContent = 'API error: ' + e; });
Aumaq.userBar(document.getElementById('user'));

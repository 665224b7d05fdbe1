// What is under a click: WMS GetFeatureInfo (JSON) on the visible overlays, top first, and on the
// admin layer the basemap shows at this zoom — so clicking the map names the district under the
// cursor even when no overlay is on.
import { getJson } from './api.js';
import { viewBox } from './map-box.js';

/** The admin layer a click names at a zoom: regions when the country is in view, districts, then okrugs. */
export function adminLayerAt(zoom) {
  return zoom < 6 ? 'regions' : zoom < 10 ? 'districts' : 'okrugs';
}

/** The first feature under the point: from the overlays in order, else from the admin layer. */
export async function identify(map, latlng, overlays, time) {
  const admin = adminLayerAt(map.getZoom());
  const layers = [...overlays.filter(l => l !== admin), admin];
  const view = viewBox(map);
  const pt = map.latLngToContainerPoint(latlng);
  const p = new URLSearchParams({
    SERVICE: 'WMS', VERSION: '1.3.0', REQUEST: 'GetFeatureInfo', CRS: 'EPSG:3857',
    BBOX: view.bbox.join(','), WIDTH: String(view.width), HEIGHT: String(view.height),
    I: String(Math.round(pt.x)), J: String(Math.round(pt.y)), INFO_FORMAT: 'application/json', FEATURE_COUNT: '10',
    // LAYERS draws bottom to top; QUERY_LAYERS is what we ask about.
    LAYERS: [...layers].reverse().join(','), QUERY_LAYERS: [...layers].reverse().join(','), STYLES: ''
  });
  if (time) p.set('TIME', time);
  let answer;
  try {
    answer = await getJson('/wms?' + p.toString());
  } catch (e) {
    return null;
  }
  for (const layer of layers) {
    const hit = answer.features.find(f => f.layer === layer);
    if (hit) return hit;
  }
  return null;
}

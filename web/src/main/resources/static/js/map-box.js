// The map's current view as our services take it: the box in EPSG:3857 and the size in pixels,
// for GetFeatureInfo and print alike.
export function viewBox(map) {
  const b = map.getBounds();
  const crs = map.options.crs;
  const sw = crs.project(b.getSouthWest());
  const ne = crs.project(b.getNorthEast());
  const size = map.getSize();
  return { bbox: [sw.x, sw.y, ne.x, ne.y], width: size.x, height: size.y };
}

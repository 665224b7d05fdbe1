// Lengths on the WGS 84 ellipsoid (Vincenty's inverse formula, to the millimetre) and areas on a
// sphere of the mean Earth radius (as the server's GeodesicArea computes unit areas, so a measured
// okrug and its stated area agree; within ~0.5% of the ellipsoid).
const A = 6378137.0;
const F = 1 / 298.257223563;
const B = A * (1 - F);
const MEAN_RADIUS = 6371008.8;
const RAD = Math.PI / 180;

/** Metres between two [lat, lon] points along the ellipsoid. */
export function distance(p, q) {
  const L = (q[1] - p[1]) * RAD;
  const U1 = Math.atan((1 - F) * Math.tan(p[0] * RAD));
  const U2 = Math.atan((1 - F) * Math.tan(q[0] * RAD));
  const sinU1 = Math.sin(U1), cosU1 = Math.cos(U1), sinU2 = Math.sin(U2), cosU2 = Math.cos(U2);
  let lambda = L, previous, sinSigma, cosSigma, sigma, cos2Alpha, cos2SigmaM;
  for (let i = 0; i < 200; i++) {
    const sinLambda = Math.sin(lambda), cosLambda = Math.cos(lambda);
    sinSigma = Math.hypot(cosU2 * sinLambda, cosU1 * sinU2 - sinU1 * cosU2 * cosLambda);
    if (sinSigma === 0) return 0;
    cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
    sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
    cos2Alpha = 1 - sinAlpha * sinAlpha;
    cos2SigmaM = cos2Alpha === 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cos2Alpha;
    const C = F / 16 * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
    previous = lambda;
    lambda = L + (1 - C) * F * sinAlpha * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
    if (Math.abs(lambda - previous) < 1e-12) {
      const u2 = cos2Alpha * (A * A - B * B) / (B * B);
      const bigA = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
      const bigB = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
      const deltaSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
          - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
      return B * bigA * (sigma - deltaSigma);
    }
  }
  // Nearly antipodal points, where the iteration does not converge: the great circle is close enough.
  return greatCircle(p, q);
}

function greatCircle(p, q) {
  const dLat = (q[0] - p[0]) * RAD, dLon = (q[1] - p[1]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(p[0] * RAD) * Math.cos(q[0] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * MEAN_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Metres along a line of [lat, lon] points. */
export function length(points) {
  let sum = 0;
  for (let i = 1; i < points.length; i++) sum += distance(points[i - 1], points[i]);
  return sum;
}

/** Square metres inside a ring of [lat, lon] points (closed or not). */
export function area(points) {
  if (points.length < 3) return 0;
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i], q = points[(i + 1) % points.length];
    sum += (q[1] - p[1]) * RAD * (2 + Math.sin(p[0] * RAD) + Math.sin(q[0] * RAD));
  }
  return Math.abs(sum * MEAN_RADIUS * MEAN_RADIUS / 2);
}

/** "850 m", "12.4 km" — metres below a kilometre. */
export function formatLength(m, number) {
  return m < 1000 ? number(m, 0) + ' m' : number(m / 1000, m < 100000 ? 2 : 1) + ' km';
}

/** "5 400 m²", "3.2 ha" below a km², then km². */
export function formatArea(m2, number) {
  if (m2 < 10000) return number(m2, 0) + ' m²';
  if (m2 < 1e6) return number(m2 / 10000, 2) + ' ha';
  return number(m2 / 1e6, m2 < 1e8 ? 2 : 0) + ' km²';
}

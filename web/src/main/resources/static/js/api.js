// JSON over fetch, with the CSRF token the server sets in the XSRF-TOKEN cookie sent back on
// every write (Spring Security's cookie token repository), so pages work once login is required.
// X-Requested-With: a 401 then comes without a Basic challenge, so the browser shows no password dialog.
export async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
  if (!r.ok) throw new ApiError(r.status, await message(r));
  return r.json();
}

export async function send(method, url, body, contentType = 'application/json') {
  const headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
  const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  if (token) headers['X-XSRF-TOKEN'] = decodeURIComponent(token.substring('XSRF-TOKEN='.length));
  if (body !== undefined) headers['Content-Type'] = contentType;
  const r = await fetch(url, { method, headers, body: body === undefined ? undefined
      : contentType === 'application/json' && typeof body !== 'string' ? JSON.stringify(body) : body });
  if (!r.ok) throw new ApiError(r.status, await message(r));
  return r.status === 204 ? null : r;
}

export class ApiError extends Error {
  constructor(status, text) {
    super(text);
    this.status = status;
  }
}

async function message(r) {
  try {
    const body = await r.json();
    return body.message || r.statusText;
  } catch (e) {
    return r.statusText || String(r.status);
  }
}

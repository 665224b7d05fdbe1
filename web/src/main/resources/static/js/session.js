// Shared by the pages: who is signed in, and fetch() that sends the CSRF token.
// The server keeps the token in the XSRF-TOKEN cookie; scripts send it back as the X-XSRF-TOKEN header
// on every change (POST, PUT, PATCH, DELETE). X-Requested-With tells the API not to ask the browser for
// a Basic password (a 401 then just says "sign in").
window.Aumaq = (() => {
  const cookie = name => {
    const hit = document.cookie.split('; ').find(c => c.startsWith(name + '='));
    return hit ? decodeURIComponent(hit.substring(name.length + 1)) : null;
  };
  const request = (url, options = {}) => {
    const headers = new Headers(options.headers || {});
    headers.set('X-Requested-With', 'XMLHttpRequest');
    const method = (options.method || 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') {
      const token = cookie('XSRF-TOKEN');
      if (token) headers.set('X-XSRF-TOKEN', token);
    }
    return fetch(url, { ...options, headers, credentials: 'same-origin' });
  };
  const words = {
    kk: { in: 'Кіру', out: 'Шығу', as: 'Кірген:' },
    ru: { in: 'Войти', out: 'Выйти', as: 'Вы вошли как' },
    en: { in: 'Sign in', out: 'Sign out', as: 'Signed in as' }
  };
  const lang = () => {
    const l = new URLSearchParams(location.search).get('lang') || document.documentElement.lang;
    return words[l] ? l : 'kk';
  };
  // Fills an element with "Signed in as X · Sign out" or a link to the login page; answers /api/me.
  const userBar = async element => {
    const me = await (await request('/api/me')).json();
    const w = words[lang()];
    element.replaceChildren();
    if (me.authenticated) {
      element.append(w.as + ' ' + me.username + ' · ');
      const out = document.createElement('a');
      out.href = '#';
      out.textContent = w.out;
      out.addEventListener('click', async e => {
        e.preventDefault();
        await request('/logout', { method: 'POST' });
        location.href = '/login?logout&lang=' + lang();
      });
      element.append(out);
    } else {
      const a = document.createElement('a');
      a.href = '/login?lang=' + lang();
      a.textContent = w.in;
      element.append(a);
    }
    return me;
  };
  // Pages that only want the "signed in as … / sign in" line mark an element with data-user-bar.
  const autoBars = () => document.querySelectorAll('[data-user-bar]').forEach(e => userBar(e).catch(() => {}));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', autoBars);
  else autoBars();
  return { cookie, fetch: request, userBar, lang };
})();

// Signs in through Spring Security's POST /login, sending the CSRF token from the XSRF-TOKEN cookie
// as a header (a plain form cannot). One message for every refusal: it never says whether the user exists.
(() => {
  const T = {
    kk: { title: 'Аумақ жүйесіне кіру', username: 'Пайдаланушы аты', password: 'Құпиясөз', submit: 'Кіру',
      error: 'Пайдаланушы аты немесе құпиясөз қате, не есептік жазба уақытша бұғатталған', out: 'Сіз жүйеден шықтыңыз' },
    ru: { title: 'Вход в Аумак', username: 'Имя пользователя', password: 'Пароль', submit: 'Войти',
      error: 'Неверное имя пользователя или пароль, либо учётная запись временно заблокирована', out: 'Вы вышли из системы' },
    en: { title: 'Sign in to Aumaq', username: 'Username', password: 'Password', submit: 'Sign in',
      error: 'Wrong username or password, or the account is locked for a while', out: 'You have signed out' }
  };
  const params = new URLSearchParams(location.search);
  const lang = T[params.get('lang')] ? params.get('lang') : 'kk';
  const t = T[lang];
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-t]').forEach(e => { e.textContent = t[e.dataset.t]; });
  const message = document.getElementById('message');
  if (params.has('error')) message.textContent = t.error;
  if (params.has('logout')) { message.textContent = t.out; message.className = 'ok'; }

  document.getElementById('form').addEventListener('submit', async e => {
    e.preventDefault();
    const body = new URLSearchParams(new FormData(e.target));
    const r = await Aumaq.fetch('/login', { method: 'POST', body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    const to = new URL(r.url);
    if (!r.ok || (to.pathname === '/login' && to.searchParams.has('error'))) {
      message.className = '';
      message.textContent = t.error;
      document.getElementById('password').value = '';
      return;
    }
    location.href = to.pathname === '/login' ? '/' : r.url;
  });
})();

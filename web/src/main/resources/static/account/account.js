// The signed-in user's API tokens (/api/tokens) and password (/api/me/password). ?lang=kk|ru|en.
(() => {
  const T = {
    kk: { tokens: 'API токендері', explain: 'QGIS, GDAL және скрипттер үшін: Authorization: Bearer <токен> тақырыбымен жіберіңіз.',
      name: 'Атауы', prefix: 'Басы', created: 'Құрылды', used: 'Соңғы қолданыс', new: 'Жаңа токен', revoke: 'Кері қайтару',
      password: 'Құпиясөзді өзгерту', change: 'Өзгерту', current: 'Ағымдағы құпиясөз', next: 'Жаңа құпиясөз',
      once: 'Бұл токен тек қазір көрсетіледі:', done: 'Сақталды' },
    ru: { tokens: 'API-токены', explain: 'Для QGIS, GDAL и скриптов: отправляйте заголовок Authorization: Bearer <токен>.',
      name: 'Название', prefix: 'Начало', created: 'Создан', used: 'Последнее использование', new: 'Новый токен',
      revoke: 'Отозвать', password: 'Сменить пароль', change: 'Сменить', current: 'Текущий пароль', next: 'Новый пароль',
      once: 'Токен показывается только сейчас:', done: 'Сохранено' },
    en: { tokens: 'API tokens', explain: 'For QGIS, GDAL and scripts: send the header Authorization: Bearer <token>.',
      name: 'Name', prefix: 'Starts with', created: 'Created', used: 'Last used', new: 'New token', revoke: 'Revoke',
      password: 'Change password', change: 'Change', current: 'Current password', next: 'New password',
      once: 'This token is shown only now:', done: 'Saved' }
  };
  const lang = Aumaq.lang();
  const t = T[lang];
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-t]').forEach(e => { e.textContent = t[e.dataset.t]; });
  document.querySelectorAll('[data-p]').forEach(e => { e.placeholder = t[e.dataset.p]; });
  Aumaq.userBar(document.getElementById('user'));
  const message = document.getElementById('message');
  const say = (text, ok) => { message.textContent = text; message.className = ok ? 'ok' : ''; };

  async function load() {
    const r = await Aumaq.fetch('/api/tokens');
    if (!r.ok) { say((await r.json()).message, false); return; }
    const body = document.querySelector('#list tbody');
    body.replaceChildren();
    for (const k of (await r.json()).filter(k => !k.revoked)) {
      const tr = document.createElement('tr');
      for (const text of [k.name, k.prefix + '…', k.createdAt, k.lastUsedAt || '—']) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.append(td);
      }
      const td = document.createElement('td');
      const b = document.createElement('button');
      b.textContent = t.revoke;
      b.addEventListener('click', async () => { await Aumaq.fetch('/api/tokens/' + k.id, { method: 'DELETE' }); load(); });
      td.append(b);
      tr.append(td);
      body.append(tr);
    }
  }

  document.getElementById('create').addEventListener('submit', async e => {
    e.preventDefault();
    const r = await Aumaq.fetch('/api/tokens', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: new FormData(e.target).get('name') }) });
    const answer = await r.json();
    if (!r.ok) { say(answer.message, false); return; }
    say(t.once, true);
    document.getElementById('token').textContent = answer.token;
    document.getElementById('secret').hidden = false;
    e.target.reset();
    load();
  });

  document.getElementById('password').addEventListener('submit', async e => {
    e.preventDefault();
    const f = new FormData(e.target);
    const r = await Aumaq.fetch('/api/me/password', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ current: f.get('current'), password: f.get('password') }) });
    if (r.ok) { say(t.done, true); e.target.reset(); } else { say((await r.json()).message, false); }
  });
  load();
})();

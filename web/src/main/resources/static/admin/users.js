// Users, roles and territorial scopes over /api/users (administrators only). ?lang=kk|ru|en.
(() => {
  const ROLES = ['ADMIN', 'GIS_EDITOR', 'PLANNER', 'DATA_ENTRY', 'VIEWER'];
  const T = {
    kk: { title: 'Пайдаланушылар', username: 'Аты', password: 'Құпиясөз', roles: 'Рөлдер', scope: 'Аумақ (ҚАТО)',
      state: 'Күйі', create: 'Жаңа пайдаланушы', createButton: 'Құру', save: 'Сақтау', enable: 'Қосу', disable: 'Өшіру',
      unlock: 'Бұғатты алу', remove: 'Жою', enabled: 'белсенді', disabled: 'өшірілген', locked: 'бұғатталған',
      done: 'Сақталды', audit: 'Аудит (CSV)', sure: 'Жоясыз ба?' },
    ru: { title: 'Пользователи', username: 'Имя', password: 'Пароль', roles: 'Роли', scope: 'Территория (КАТО)',
      state: 'Состояние', create: 'Новый пользователь', createButton: 'Создать', save: 'Сохранить', enable: 'Включить',
      disable: 'Отключить', unlock: 'Разблокировать', remove: 'Удалить', enabled: 'активен', disabled: 'отключён',
      locked: 'заблокирован', done: 'Сохранено', audit: 'Аудит (CSV)', sure: 'Удалить?' },
    en: { title: 'Users', username: 'Name', password: 'Password', roles: 'Roles', scope: 'Territory (KATO)',
      state: 'State', create: 'New user', createButton: 'Create', save: 'Save', enable: 'Enable', disable: 'Disable',
      unlock: 'Unlock', remove: 'Delete', enabled: 'enabled', disabled: 'disabled', locked: 'locked', done: 'Saved',
      audit: 'Audit trail (CSV)', sure: 'Delete?' }
  };
  const lang = Aumaq.lang();
  const t = T[lang];
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-t]').forEach(e => { e.textContent = t[e.dataset.t]; });
  Aumaq.userBar(document.getElementById('user'));
  const message = document.getElementById('message');
  const say = (text, ok) => { message.textContent = text; message.className = ok ? 'ok' : ''; };

  const roleBoxes = (chosen, name) => ROLES.map(r => {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = name;
    box.value = r;
    box.checked = chosen.includes(r);
    box.defaultChecked = box.checked;
    label.append(box, ' ' + r);
    return label;
  });
  document.getElementById('roles').append(...roleBoxes(['VIEWER'], 'roles'));

  async function send(method, url, body) {
    const r = await Aumaq.fetch(url, { method, headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body) });
    if (!r.ok) {
      const answer = await r.json().catch(() => ({ message: r.statusText }));
      say(answer.message + (answer.problems ? ': ' + answer.problems.join('; ') : ''), false);
      return null;
    }
    say(t.done, true);
    return r.status === 204 ? {} : r.json();
  }

  function button(text, action) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.addEventListener('click', action);
    return b;
  }

  async function load() {
    const r = await Aumaq.fetch('/api/users');
    if (!r.ok) { say((await r.json()).message, false); return; }
    const body = document.querySelector('#users tbody');
    body.replaceChildren();
    for (const u of await r.json()) {
      const tr = document.createElement('tr');
      if (!u.enabled) tr.className = 'disabled';
      const name = document.createElement('td');
      name.textContent = u.username;
      const roles = document.createElement('td');
      const boxes = roleBoxes(u.roles, 'roles-' + u.id);
      roles.append(...boxes);
      const scope = document.createElement('td');
      const scopeInput = document.createElement('input');
      scopeInput.type = 'text';
      scopeInput.value = u.scope || '';
      scopeInput.size = 10;
      scope.append(scopeInput);
      const state = document.createElement('td');
      state.textContent = (u.enabled ? t.enabled : t.disabled) + (u.locked ? ', ' + t.locked + ' → ' + u.lockedUntil : '');
      const actions = document.createElement('td');
      const url = '/api/users/' + encodeURIComponent(u.username);
      actions.append(
        button(t.save, async () => {
          const chosen = boxes.map(l => l.firstChild).filter(b => b.checked).map(b => b.value);
          if (await send('PATCH', url, { roles: chosen, scope: scopeInput.value.trim() || null })) load();
        }),
        button(u.enabled ? t.disable : t.enable, async () => { if (await send('PATCH', url, { enabled: !u.enabled })) load(); }),
        button(t.unlock, async () => { if (await send('PATCH', url, { unlock: true })) load(); }),
        button(t.remove, async () => { if (confirm(t.sure + ' ' + u.username) && await send('DELETE', url)) load(); }));
      tr.append(name, roles, scope, state, actions);
      body.append(tr);
    }
  }

  document.getElementById('create').addEventListener('submit', async e => {
    e.preventDefault();
    const f = new FormData(e.target);
    const user = { username: f.get('username').trim(), password: f.get('password'), roles: f.getAll('roles'),
      scope: f.get('scope').trim() || null };
    if (await send('POST', '/api/users', user)) { e.target.reset(); load(); }
  });
  load();
})();

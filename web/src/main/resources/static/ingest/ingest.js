// Upload → dry run → report and preview → commit, against /api/ingest/jobs. ?lang=kk|ru|en.
const T = {
  kk: { title: 'Деректерді жүктеу', file: 'Файл', target: 'Мақсат', level: 'Деңгей', validFrom: 'Күшіне енген күні',
    mapping: 'Өрістерді сәйкестендіру', check: 'Тексеру (сынақ)', commit: 'Сақтау', severity: 'Деңгейі', code: 'Код',
    count: 'Саны', message: 'Хабар', queued: 'Кезекте', running: 'Орындалуда', noFile: 'Файлды таңдаңыз',
    units: 'Әкімшілік бірліктер', layerTarget: 'Объектілер қабаты', valuesTarget: 'Көрсеткіш мәндері', layerName: 'Қабат атауы',
    indicator: 'Көрсеткіш коды', accept: 'Ұсынылған атауларды қабылдау' },
  ru: { title: 'Загрузка данных', file: 'Файл', target: 'Назначение', level: 'Уровень', validFrom: 'Действует с',
    mapping: 'Сопоставление полей', check: 'Проверить (без записи)', commit: 'Записать', severity: 'Важность', code: 'Код',
    count: 'Кол-во', message: 'Сообщение', queued: 'В очереди', running: 'Выполняется', noFile: 'Выберите файл',
    units: 'Административные единицы', layerTarget: 'Слой объектов', valuesTarget: 'Значения показателя', layerName: 'Имя слоя',
    indicator: 'Код показателя', accept: 'Принять предложенные названия' },
  en: { title: 'Data ingest', file: 'File', target: 'Target', level: 'Level', validFrom: 'Valid from',
    mapping: 'Field mapping', check: 'Check (dry run)', commit: 'Commit', severity: 'Severity', code: 'Code',
    count: 'Count', message: 'Message', queued: 'Queued', running: 'Running', noFile: 'Choose a file',
    units: 'Administrative units', layerTarget: 'Feature layer', valuesTarget: 'Indicator values', layerName: 'Layer name',
    indicator: 'Indicator code', accept: 'Accept the suggested names' }
};
const lang = T[new URLSearchParams(location.search).get('lang')] ? new URLSearchParams(location.search).get('lang') : 'kk';
const t = T[lang];
document.documentElement.lang = lang;
document.querySelectorAll('[data-t]').forEach(e => { e.textContent = t[e.dataset.t]; });
Aumaq.userBar(document.getElementById('user'));

// Only the fields the chosen target uses are shown (and sent: hidden fields are disabled).
function showFields() {
  const target = $('target').value;
  document.querySelectorAll('[data-for]').forEach(div => {
    const on = div.dataset.for.split(' ').includes(target);
    div.hidden = !on;
    div.querySelectorAll('input, select').forEach(e => { e.disabled = !on; });
  });
}
document.getElementById('target').addEventListener('change', () => showFields());

const map = L.map('map').setView([48.2, 67.5], 5);
L.tileLayer('/tiles/admin/default/{z}/{x}/{y}.png?lang=' + lang, { maxZoom: 14, attribution: 'Aumaq' }).addTo(map);
let preview = null;
let jobId = null;
const $ = id => document.getElementById(id);
const sleep = ms => new Promise(r => setTimeout(r, ms));
showFields();

function showStatus(job) {
  const word = t[job.status] || job.status;
  $('status').textContent = word + ' · ' + job.progress + '%' + (job.counts ? ' · read ' + job.counts.read
      + ', inserted ' + job.counts.inserted + ', closed ' + job.counts.closed : '') + (job.error ? ' · ' + job.error : '');
}

function showReport(job) {
  const body = $('report').querySelector('tbody');
  body.replaceChildren();
  for (const f of (job.report ? job.report.findings : [])) {
    const tr = document.createElement('tr');
    tr.className = f.severity;
    const examples = f.examples.length ? ' (' + f.examples.join('; ') + ')' : '';
    for (const text of [f.severity, f.code, String(f.count), f.message + examples]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  $('report').hidden = false;
}

async function follow(id) {
  for (;;) {
    const job = await (await Aumaq.fetch('/api/ingest/jobs/' + id)).json();
    showStatus(job);
    if (job.status !== 'queued' && job.status !== 'running') return job;
    await sleep(500);
  }
}

async function showPreview(id) {
  const r = await Aumaq.fetch('/api/ingest/jobs/' + id + '/preview');
  if (!r.ok) return;
  if (preview) map.removeLayer(preview);
  preview = L.geoJSON(await r.json(), { style: { color: '#c0392b', weight: 1, fillOpacity: 0.15 },
    pointToLayer: (f, ll) => L.circleMarker(ll, { radius: 3 }) }).addTo(map);
  // No animation: the page (and its test) should show the preview as soon as it is added.
  if (preview.getBounds().isValid()) map.fitBounds(preview.getBounds(), { animate: false });
}

$('check').addEventListener('click', async () => {
  const file = $('file').files[0];
  if (!file) { $('status').textContent = t.noFile; return; }
  $('commit').disabled = true;
  const form = new FormData($('form'));
  form.set('dryRun', 'true');
  const r = await Aumaq.fetch('/api/ingest/jobs', { method: 'POST', body: form });
  const answer = await r.json();
  if (r.status !== 202) { $('status').textContent = answer.message; return; }
  jobId = answer.id;
  const job = await follow(jobId);
  showReport(job);
  await showPreview(jobId);
  $('commit').disabled = job.status !== 'dry-run';
  window.aumaqIngestChecked = job.status;
});

$('commit').addEventListener('click', async () => {
  $('commit').disabled = true;
  const r = await Aumaq.fetch('/api/ingest/jobs/' + jobId + '/commit', { method: 'POST' });
  if (r.status !== 202) { $('status').textContent = (await r.json()).message; return; }
  showReport(await follow(jobId));
});

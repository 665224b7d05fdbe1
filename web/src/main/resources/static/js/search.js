// One search box for units (regions, districts, okrugs, settlements) by name in any language —
// the server folds Kazakh letters, so "караганды" finds "Қарағанды" — or by KATO code.
// Suggestions as you type; arrows, Enter and Escape work as in any combobox.
import { getJson } from './api.js';
import { t, name } from './i18n.js';

export class Search {
  constructor(input, list, onPick) {
    this.input = input;
    this.list = list;
    this.onPick = onPick;
    this.results = [];
    this.active = -1;
    this.seq = 0;
    let timer = null;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.query(input.value.trim()), 180);
    });
    input.addEventListener('keydown', e => this.key(e));
    input.addEventListener('blur', () => setTimeout(() => this.hide(), 200));
  }

  async query(q) {
    if (q.length < 2) { this.hide(); return; }
    const seq = ++this.seq;
    let page;
    try {
      page = await getJson('/api/units?q=' + encodeURIComponent(q) + '&limit=8&zoom=3');
    } catch (e) {
      return;
    }
    // An older answer arriving late must not replace a newer one.
    if (seq !== this.seq) return;
    this.results = page.features;
    this.active = this.results.length ? 0 : -1;
    this.render();
  }

  render() {
    this.list.replaceChildren();
    if (!this.results.length) {
      const li = document.createElement('li');
      li.className = 'none';
      li.textContent = t('search.none');
      this.list.appendChild(li);
    }
    this.results.forEach((f, i) => {
      const li = document.createElement('li');
      li.id = 'search-option-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === this.active));
      const strong = document.createElement('strong');
      strong.textContent = name(f.properties.names);
      const small = document.createElement('small');
      small.textContent = ' ' + t('level.' + f.properties.level) + ' · ' + f.properties.kato;
      li.append(strong, small);
      li.addEventListener('mousedown', e => { e.preventDefault(); this.pick(i); });
      this.list.appendChild(li);
    });
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.input.setAttribute('aria-activedescendant', this.active >= 0 ? 'search-option-' + this.active : '');
  }

  key(e) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.results.length) return;
      e.preventDefault();
      this.active = (this.active + (e.key === 'ArrowDown' ? 1 : -1) + this.results.length) % this.results.length;
      this.render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.active >= 0) this.pick(this.active);
      else this.query(this.input.value.trim());
    } else if (e.key === 'Escape') {
      this.hide();
    }
  }

  pick(i) {
    const f = this.results[i];
    this.input.value = name(f.properties.names);
    this.hide();
    this.onPick(f);
  }

  hide() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}

// UI words from the message bundles (/i18n/<lang>.json) and feature names in the chosen language.
export const LANGUAGES = ['kk', 'ru', 'en'];

// When a name is missing in the chosen language: Kazakh and Russian stand in for each other
// (every official name exists in both); English falls back to Russian, then Kazakh.
const FALLBACK = { kk: ['kk', 'ru', 'en'], ru: ['ru', 'kk', 'en'], en: ['en', 'ru', 'kk'] };

let bundle = {};
let current = 'kk';

export async function load(lang) {
  const r = await fetch('/i18n/' + lang + '.json');
  if (!r.ok) throw new Error('no message bundle for ' + lang);
  bundle = await r.json();
  current = lang;
  document.documentElement.lang = lang;
  apply(document);
}

export function lang() {
  return current;
}

/** A UI word; {n}-style placeholders filled from vars. The key itself when missing, so gaps show. */
export function t(key, vars) {
  let s = bundle[key] ?? key;
  if (vars) for (const [k, v] of Object.entries(vars)) s = s.replace('{' + k + '}', v);
  return s;
}

/** Fills data-i18n (text), data-i18n-title, data-i18n-placeholder and data-i18n-aria (aria-label). */
export function apply(root) {
  root.querySelectorAll('[data-i18n]').forEach(e => { e.textContent = t(e.dataset.i18n); });
  root.querySelectorAll('[data-i18n-title]').forEach(e => { e.title = t(e.dataset.i18nTitle); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach(e => { e.placeholder = t(e.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-aria]').forEach(e => { e.setAttribute('aria-label', t(e.dataset.i18nAria)); });
}

/** A {kk, ru, en} text (or a plain string) in the current language, falling back sensibly. */
export function name(names) {
  if (!names) return '';
  if (typeof names === 'string') return names;
  for (const l of FALLBACK[current]) if (names[l]) return names[l];
  return '';
}

/** Numbers as the language writes them (1 234,5 in kk/ru; 1,234.5 in en). */
export function number(value, digits = 1) {
  const locale = current === 'en' ? 'en-GB' : current === 'ru' ? 'ru-RU' : 'kk-KZ';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

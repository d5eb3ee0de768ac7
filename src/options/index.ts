/**
 * The options page: the same settings as the view's toolbar, on the same `storage.sync`, saved
 * as soon as they change. Sites for auto-open ask for their host permission first.
 */
import browser from 'webextension-polyfill';
import { FONT_SIZES, WIDTHS, normalizeHost, parseSettings, type Settings } from '../common/settings.js';

const form = document.getElementById('form') as HTMLFormElement;
const status = document.getElementById('status') as HTMLElement;
const field = <T extends Element>(name: string): T => form.elements.namedItem(name) as unknown as T;

function localize(): void {
  document.documentElement.lang = browser.i18n.getUILanguage();
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    const message = browser.i18n.getMessage(node.dataset.i18n ?? '');
    if (message) node.textContent = message;
  }
  document.title = browser.i18n.getMessage('optionsTitle') || document.title;
}

function show(settings: Settings): void {
  field<HTMLSelectElement>('theme').value = settings.theme;
  field<HTMLSelectElement>('font').value = settings.font;
  field<HTMLInputElement>('fontSize').value = String(settings.fontSize);
  field<HTMLInputElement>('width').value = String(settings.width);
  field<HTMLInputElement>('highlights').checked = settings.highlights;
  field<HTMLInputElement>('autoOpenDw').checked = settings.autoOpenDw;
  field<HTMLTextAreaElement>('autoOpenSites').value = settings.autoOpenSites.join('\n');
  outputs(settings);
}

function outputs(settings: Settings): void {
  (document.getElementById('fontSizeOut') as HTMLOutputElement).value = `${FONT_SIZES[settings.fontSize]} px`;
  (document.getElementById('widthOut') as HTMLOutputElement).value = `${WIDTHS[settings.width]}`;
}

function read(): Settings {
  return parseSettings({
    theme: field<HTMLSelectElement>('theme').value,
    font: field<HTMLSelectElement>('font').value,
    fontSize: Number(field<HTMLInputElement>('fontSize').value),
    width: Number(field<HTMLInputElement>('width').value),
    highlights: field<HTMLInputElement>('highlights').checked,
    autoOpenDw: field<HTMLInputElement>('autoOpenDw').checked,
    autoOpenSites: field<HTMLTextAreaElement>('autoOpenSites').value.split(/\s+/).map(normalizeHost).filter(Boolean),
  });
}

/** What was typed as an auto-open site but is not one host ("*.com", "*"): left out, and said so. */
function notHosts(): string[] {
  return field<HTMLTextAreaElement>('autoOpenSites')
    .value.split(/\s+/)
    .filter((entry) => entry && !normalizeHost(entry));
}

async function save(event: Event): Promise<void> {
  const settings = read();
  outputs(settings);
  status.classList.remove('error');
  const rejected = notHosts();
  if (rejected.length) {
    status.textContent =
      browser.i18n.getMessage('autoOpenInvalid', [rejected.join(' ')]) || `Not a site: ${rejected.join(' ')}`;
    status.classList.add('error');
  }
  if ((event.target as Element).getAttribute('name') === 'autoOpenSites' && settings.autoOpenSites.length) {
    // permissions.request needs the user's gesture: the change event of the text area is one.
    const origins = settings.autoOpenSites.map((host) => `https://${host}/*`);
    const granted = await browser.permissions.request({ origins }).catch(() => false);
    if (!granted) {
      status.textContent =
        `${status.textContent ?? ''} Permission refused: the view will not open by itself there.`.trim();
      status.classList.add('error');
    }
  }
  await browser.storage.sync.set({ ...settings });
  if (!status.classList.contains('error')) status.textContent = browser.i18n.getMessage('saved') || 'Saved';
}

localize();
void browser.storage.sync.get(null).then((raw) => show(parseSettings(raw)));
form.addEventListener('change', (event) => void save(event));
form.addEventListener('submit', (event) => event.preventDefault());

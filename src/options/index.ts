/**
 * The options page: the same settings as the view's toolbar, on the same `storage.sync`, saved
 * as soon as they change. Sites for auto-open ask for their host permission first.
 */
import browser from 'webextension-polyfill';
import { FONT_SIZES, LINE_SPACINGS, WIDTHS, normalizeHost, parseSettings, type Settings } from '../common/settings.js';
import { shortcutSettingsOpener, toggleShortcut } from './shortcut-settings.js';

/** The steppers' ranges, each with the text its value reads as (shown, and spoken by screen readers). */
const RANGES = {
  fontSize: { length: FONT_SIZES.length, text: (i: number) => `${FONT_SIZES[i]} px` },
  width: {
    length: WIDTHS.length,
    text: (i: number) => browser.i18n.getMessage('widthChars', [String(WIDTHS[i])]) || `${WIDTHS[i]} characters`,
  },
  lineSpacing: {
    length: LINE_SPACINGS.length,
    text: (i: number) =>
      new Intl.NumberFormat(browser.i18n.getUILanguage(), { minimumFractionDigits: 1 }).format(LINE_SPACINGS[i]!),
  },
} as const;
type RangeName = keyof typeof RANGES;

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
  for (const name of Object.keys(RANGES) as RangeName[]) field<HTMLInputElement>(name).value = String(settings[name]);
  field<HTMLInputElement>('highlights').checked = settings.highlights;
  field<HTMLInputElement>('autoOpenDw').checked = settings.autoOpenDw;
  field<HTMLTextAreaElement>('autoOpenSites').value = settings.autoOpenSites.join('\n');
  outputs(settings);
}

function outputs(settings: Settings): void {
  for (const name of Object.keys(RANGES) as RangeName[]) {
    const text = RANGES[name].text(settings[name]);
    (document.getElementById(`${name}Out`) as HTMLOutputElement).value = text;
    field<HTMLInputElement>(name).setAttribute('aria-valuetext', text);
  }
}

/** The ranges' ends from the settings' own lists, so that a new step needs no change here. */
function setRanges(): void {
  for (const name of Object.keys(RANGES) as RangeName[]) {
    const input = field<HTMLInputElement>(name);
    input.min = '0';
    input.max = String(RANGES[name].length - 1);
  }
}

/** The toggle's shortcut, and a button to the browser's shortcut settings (or words saying where they are). */
async function showShortcut(): Promise<void> {
  const keys = await toggleShortcut();
  (document.getElementById('shortcut') as HTMLElement).textContent = keys
    ? browser.i18n.getMessage('shortcutCurrent', [keys])
    : browser.i18n.getMessage('shortcutNone');
  const open = shortcutSettingsOpener();
  const button = document.getElementById('changeShortcut') as HTMLButtonElement;
  button.hidden = !open;
  (document.getElementById('shortcutHow') as HTMLElement).hidden = Boolean(open);
  if (open) button.addEventListener('click', () => void open().catch(() => undefined));
}

function read(): Settings {
  return parseSettings({
    theme: field<HTMLSelectElement>('theme').value,
    font: field<HTMLSelectElement>('font').value,
    fontSize: Number(field<HTMLInputElement>('fontSize').value),
    width: Number(field<HTMLInputElement>('width').value),
    lineSpacing: Number(field<HTMLInputElement>('lineSpacing').value),
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
setRanges();
void showShortcut();
void browser.storage.sync.get(null).then((raw) => show(parseSettings(raw)));
form.addEventListener('change', (event) => void save(event));
// A range's value shows while it is dragged, before the change that saves it.
form.addEventListener('input', () => outputs(read()));
form.addEventListener('submit', (event) => event.preventDefault());

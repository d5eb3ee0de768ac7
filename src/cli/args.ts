/** The CLI's arguments, parsed without a library: there are five. */

type Format = 'json' | 'html' | 'text';

export interface CliArgs {
  input: string;
  url: string | null;
  format: Format;
  force: boolean;
  /** The HTML report shows the article's remote images (else it loads nothing when opened). */
  images: boolean;
  help: boolean;
}

/**
 * Schemes a page's address may have: the web's and a saved file's. A `javascript:` or `data:`
 * address would be written into the JSON and the report as the page's link.
 */
const URL_SCHEMES = ['http:', 'https:', 'file:'];

export const USAGE = 'usage: quote-reader <file.html | -> [--url URL] [--format json|html|text] [--images] [--force]';

/** Parses `argv` (without node and the script); throws an Error with a one-line message. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { input: '', url: null, format: 'json', force: false, images: false, help: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${name} needs a value`);
      return v;
    };
    if (name === '--help' || name === '-h') args.help = true;
    else if (name === '--force') args.force = true;
    else if (name === '--images') args.images = true;
    else if (name === '--url') args.url = value();
    else if (name === '--format') {
      const f = value();
      if (f !== 'json' && f !== 'html' && f !== 'text') throw new Error(`unknown format "${f}" (json, html or text)`);
      args.format = f;
    } else if (name.startsWith('-') && name !== '-') throw new Error(`unknown option ${name}`);
    else positional.push(arg);
  }
  if (args.help) return args;
  if (positional.length !== 1)
    throw new Error(positional.length ? 'give one input file' : 'no input file (use - for standard input)');
  args.input = positional[0]!;
  if (args.url !== null) {
    let url: URL;
    try {
      url = new URL(args.url);
    } catch {
      throw new Error(`--url is not a URL: ${args.url}`);
    }
    if (!URL_SCHEMES.includes(url.protocol))
      throw new Error(`--url must be an http(s) or file address, not ${url.protocol.slice(0, 20)}`);
  }
  return args;
}

/** The CLI's arguments, parsed without a library: there are four. */

type Format = 'json' | 'html' | 'text';

export interface CliArgs {
  input: string;
  url: string | null;
  format: Format;
  force: boolean;
  help: boolean;
}

export const USAGE = 'usage: quote-reader <file.html | -> [--url URL] [--format json|html|text] [--force]';

/** Parses `argv` (without node and the script); throws an Error with a one-line message. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { input: '', url: null, format: 'json', force: false, help: false };
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
    try {
      new URL(args.url);
    } catch {
      throw new Error(`--url is not a URL: ${args.url}`);
    }
  }
  return args;
}

/**
 * `quote-reader <file.html | -> [--url URL] [--format json|html|text] [--images] [--force]`
 * Reads a saved page with the same pipeline as the extension and prints the result.
 * Exit codes: 0 done; 2 bad arguments or unreadable input; 3 not an article (see --force).
 * Errors are one line on stderr, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzePage } from '../core/pipeline.js';
import { USAGE, parseArgs, type CliArgs } from './args.js';
import { toHtml, toJson, toText } from './output.js';

const EXIT_BAD_INPUT = 2;
const EXIT_NOT_ARTICLE = 3;

class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

function readInput(input: string): string {
  try {
    return readFileSync(input === '-' ? 0 : input, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable');
    throw new CliError(`cannot read ${input}: ${why}`, EXIT_BAD_INPUT);
  }
}

/**
 * A feed or an SVG image is parsed as XML, as a browser shows it, so that the pipeline can say
 * what it is; anything that is not well-formed XML is read as HTML.
 */
function parse(html: string, virtualConsole: VirtualConsole): JSDOM {
  if (/^\uFEFF?\s*<(?:\?xml|svg[\s>])/i.test(html) && !/<html[\s>]/i.test(html.slice(0, 4096))) {
    try {
      return new JSDOM(html, { virtualConsole, contentType: 'application/xml' });
    } catch {
      /* not well-formed: read it as HTML below */
    }
  }
  return new JSDOM(html, { virtualConsole });
}

/** The page's own address when --url is not given: its canonical link, else the file's URL. */
function pageUrl(args: CliArgs, dom: JSDOM): string {
  if (args.url) return args.url;
  const doc = dom.window.document;
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (canonical && /^https?:\/\//.test(canonical)) return canonical;
  return args.input === '-' ? 'about:blank' : pathToFileURL(resolve(args.input)).href;
}

function run(argv: readonly string[]): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    throw new CliError(`${(error as Error).message} (${USAGE})`, EXIT_BAD_INPUT);
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const html = readInput(args.input);
  if (html.includes('\u0000')) throw new CliError(`cannot read ${args.input}: not a text file`, EXIT_BAD_INPUT);
  // No scripts run and no resources load: the page is data.
  const virtualConsole = new VirtualConsole();
  // Parsed once (a 5,000-deep or 5 MB page takes seconds to parse), then given its address.
  const dom = parse(html, virtualConsole);
  const url = pageUrl(args, dom);
  dom.reconfigure({ url });
  const analysis = analyzePage(dom.window.document, url, { force: args.force });
  const { result } = analysis;
  const notArticle = !result.article;
  if (notArticle && args.format !== 'json') throw new CliError(`not an article: ${result.reason}`, EXIT_NOT_ARTICLE);
  const output =
    args.format === 'json'
      ? toJson(result)
      : args.format === 'text'
        ? toText(result)
        : toHtml(dom, analysis, { images: args.images });
  process.stdout.write(output);
  if (notArticle)
    process.stderr.write(
      `quote-reader: not an article: ${result.reason}${args.force ? '' : ' (--force extracts anyway)'}\n`,
    );
  return notArticle ? EXIT_NOT_ARTICLE : 0;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  const code = error instanceof CliError ? error.code : 1;
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
  process.stderr.write(`quote-reader: ${message}\n`);
  process.exitCode = code;
}

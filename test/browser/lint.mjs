#!/usr/bin/env node
/** `npm run lint`: web-ext lint of dist/firefox must report 0 errors and 0 warnings. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, extensionDir } from './helpers.mjs';

const dir = extensionDir('firefox');
let out;
try {
  out = execFileSync(
    join(ROOT, 'node_modules', '.bin', 'web-ext'),
    ['lint', '-s', dir, '--no-config-discovery', '--output=json'],
    { encoding: 'utf8' },
  );
} catch (error) {
  out = error.stdout; // exits 1 on errors; the report is still on stdout
}
const report = JSON.parse(out);
const { errors, warnings, notices } = report.summary;
for (const item of [...report.errors, ...report.warnings])
  console.log(`${item._type}: ${item.code} ${item.file ?? ''} ${item.message}`);
console.log(`web-ext lint dist/firefox: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exitCode = errors || warnings ? 1 : 0;

// The store packages that `npm run package` wrote just before this step.
const { existsSync, readFileSync: read } = await import('node:fs');
const version = JSON.parse(read(join(ROOT, 'package.json'), 'utf8')).version;
for (const browser of ['chrome', 'firefox']) {
  const zip = join(ROOT, 'dist', `quote-reader-${version}-${browser}.zip`);
  if (!existsSync(zip)) {
    console.error(`missing ${zip}: run "npm run package"`);
    process.exitCode = 1;
  } else {
    const list = execFileSync(
      'python3',
      ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', zip],
      { encoding: 'utf8' },
    ).split('\n');
    const missing = [
      'manifest.json',
      'background.js',
      'content.js',
      'reader.js',
      'browser-polyfill.js',
      'icons/icon-128.png',
      '_locales/de/messages.json',
    ].filter((f) => !list.includes(f));
    console.log(
      `${zip.slice(ROOT.length + 1)}: ${list.filter(Boolean).length} files${missing.length ? `, MISSING ${missing.join(', ')}` : ''}`,
    );
    if (missing.length) process.exitCode = 1;
  }
}

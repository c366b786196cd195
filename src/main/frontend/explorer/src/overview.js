// The explorer's first view: the map of provinces (and a province's cities, a municipality's districts), the projects of the place clicked,
// the timeline by signing month and sector, and the largest investors and most connected organizations.
import { gql } from './api.js';
import {
  CITY_QUERY, DISTRICT_QUERY, ORGANIZATIONS_QUERY, PLACE_PROJECTS_QUERY, PROVINCE_QUERY, SETUP_QUERY, STACKED_SECTORS,
  TIMELINE_QUERY,
} from './queries.js';
import { echarts, loadMap, mapIndexOf, SECTOR_PALETTE } from './charts.js';
import { $, clear, count, entityLink, h, message, yuan } from './dom.js';

const state = {
  from: '',
  to: '',
  sector: '',
  measure: 'cny',
  years: [],
  provinces: new Map(), // code -> {id, name, nameZh}
  province: null, // the province drilled into: {id, name, code}
  selected: null, // the place whose projects are listed: {id, name}
};

let mapChart;
let timelineChart;
let started = false;
let stale = false;
let setupReady = Promise.resolve(); // the filters' choices and the provinces' ids

/** The graph changed (an article was committed): the next showing asks again. */
export function markOverviewStale() {
  stale = true;
}

/** The filter of the projects the view shows, with the place when given. */
function filter(place) {
  const f = {};
  if (state.sector) {
    f.sector = state.sector;
  }
  if (state.from || state.to) {
    const years = state.years.map(Number);
    const from = Number(state.from || Math.min(...years));
    const to = Number(state.to || Math.max(...years));
    f.years = [];
    for (let y = Math.min(from, to); y <= Math.max(from, to); y++) {
      f.years.push(y);
    }
  }
  if (place) {
    f.place = place;
  }
  return f;
}

export function showOverview() {
  if (!started) {
    started = true;
    start();
  } else {
    mapChart?.resize();
    timelineChart?.resize();
    if (stale) {
      stale = false;
      refresh();
    }
  }
}

async function start() {
  bindFilters();
  mapChart = echarts.init($('#map'), null, { renderer: 'canvas' });
  timelineChart = echarts.init($('#timeline'), null, { renderer: 'canvas' });
  // for tests and the curious: the charts, to ask them where a place is drawn or which colour it got
  window.ctgCharts = { map: mapChart, timeline: timelineChart };
  window.addEventListener('resize', () => {
    mapChart.resize();
    timelineChart.resize();
  });
  mapChart.on('click', (event) => {
    const place = event.data?.place;
    if (place) {
      choose(place);
    }
  });
  // the filters' choices and the provinces' ids come with the first map, timeline and organizations, not before
  // them: only the map of provinces needs them, to draw
  setupReady = loadSetup();
  setupReady.catch((error) => message($('#overview-message'), error.message, 'error'));
  refresh();
}

async function loadSetup() {
  const setup = await gql('setup', SETUP_QUERY);
  state.years = setup.years.groups.map((g) => g.key).filter((k) => k && k !== 'null').sort();
  for (const select of [$('#year-from'), $('#year-to')]) {
    select.append(...state.years.map((y) => h('option', { value: y }, y)));
  }
  $('#sector').append(...setup.sectors.edges.map(({ node }) =>
    h('option', { value: node.id }, `${node.name} (${node.projectCount})`)));
  for (const { node } of setup.provinces.edges) {
    if (node.code) {
      state.provinces.set(node.code, node);
    }
  }
}

function bindFilters() {
  const form = $('#filters');
  form.addEventListener('change', () => {
    state.from = $('#year-from').value;
    state.to = $('#year-to').value;
    state.sector = $('#sector').value;
    state.measure = form.querySelector('input[name=measure]:checked').value;
    refresh();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  $('#map-back').addEventListener('click', () => {
    state.province = null;
    state.selected = null;
    refresh();
  });
}

function refresh() {
  message($('#overview-message'), '');
  drawMap();
  drawTimeline();
  drawOrganizations();
  if (state.selected) {
    listProjects(state.selected);
  }
}

/**
 * Beijing, Tianjin, Shanghai and Chongqing: provinces whose districts and counties lie directly under them, so
 * their map is one of districts (GB/T 2260 codes 11, 12, 31 and 50).
 */
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

function municipality(place) {
  return MUNICIPALITIES.has(place.code);
}

/** A click on a place (on the map or in its table): list its projects, and open a province's cities (a municipality's districts). */
async function choose(place) {
  state.selected = place;
  listProjects(place);
  if (place.level === 'province' && place.code) {
    const index = await mapIndexOf();
    if (index[place.code]) {
      state.province = place;
      drawMap();
    }
  }
}

async function drawMap() {
  const panel = $('#map-panel');
  panel.setAttribute('aria-busy', 'true');
  const province = state.province;
  const key = province ? province.code : 'china';
  try {
    const [geoJson, data] = await Promise.all([
      loadMap(key),
      province
        ? gql('map', municipality(province) ? DISTRICT_QUERY : CITY_QUERY,
          { filter: filter(province.id), province: province.id })
        : gql('map', PROVINCE_QUERY, { filter: filter() }),
      province ? null : setupReady,
    ]);
    if (state.province !== province) {
      return; // another click came first
    }
    const places = new Map(); // code -> place
    if (province) {
      const level = municipality(province) ? 'district' : 'city';
      for (const { node } of data.places.edges) {
        places.set(node.code, { ...node, level });
      }
    } else {
      for (const [code, node] of state.provinces) {
        places.set(code, { ...node, level: 'province' });
      }
    }
    const totals = new Map(data.summary.groups.filter((g) => g.key).map((g) => [g.key, g.totals]));
    const rows = geoJson.features.map((feature) => {
      const code = feature.properties.adcode;
      const place = places.get(code) ?? [...places.values()].find((p) => p.nameZh?.startsWith(feature.properties.name));
      const t = place ? totals.get(place.id) : null;
      const value = t ? (state.measure === 'cny' ? Number(t.cny) : t.projectCount) : null;
      return { feature: feature.properties.name, code, place, totals: t, value };
    });
    const max = Math.max(1, ...rows.map((r) => r.value ?? 0));
    const drawn = performance.now();
    const measureName = state.measure === 'cny' ? 'investment (CNY)' : 'projects';
    mapChart.setOption({
      aria: { enabled: true, label: { description: mapDescription(rows, province, measureName) } },
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const row = p.data;
          if (!row?.place) {
            return p.name;
          }
          const t = row.totals;
          return `<b>${row.place.name}</b> ${row.place.nameZh ?? ''}<br>` + (t
            ? `${count(t.projectCount, 'project')}, ${yuan(t.cny)}` : 'no projects');
        },
      },
      visualMap: {
        min: 0,
        max,
        left: 10,
        bottom: 10,
        text: [state.measure === 'cny' ? yuan(max) : String(max), '0'],
        calculable: false,
        inRange: { color: ['#fde7d8', '#f4a582', '#d6604d', '#b2182b', '#67001f'] },
        outOfRange: { color: '#eeeeee' },
      },
      series: [{
        type: 'map',
        map: key,
        roam: true,
        name: measureName,
        selectedMode: false,
        emphasis: { label: { show: true }, itemStyle: { areaColor: '#ffd54f' } },
        itemStyle: { borderColor: '#888', areaColor: '#eeeeee' },
        data: rows.map((r) => ({ name: r.feature, value: r.value ?? NaN, place: r.place, totals: r.totals })),
      }],
    }, true);
    renderMapTable(rows, measureName);
    performance.measure('draw:map', { start: drawn, end: performance.now() });
    $('#map-title').textContent = province
      ? `${province.name}: ${state.measure === 'cny' ? 'investment' : 'projects'} by ${municipality(province) ? 'district' : 'city'}`
      : `China: ${state.measure === 'cny' ? 'investment' : 'projects'} by province`;
    $('#map-back').hidden = !province;
    const total = data.summary.total;
    $('#map-total').textContent = `${count(total.projectCount, 'project')} selected, ${yuan(total.cny)} where stated`
      + ` (${total.projectsWithAmount} with an amount).`;
    panel.dataset.loaded = String(Date.now());
  } catch (error) {
    message($('#overview-message'), error.message, 'error');
  } finally {
    panel.setAttribute('aria-busy', 'false');
  }
}

function mapDescription(rows, province, measureName) {
  const shown = rows.filter((r) => r.value).sort((a, b) => b.value - a.value).slice(0, 5);
  const where = province ? `${municipality(province) ? 'districts' : 'cities'} of ${province.name}`
    : 'provinces of China';
  return `Map of the ${where} coloured by ${measureName}. ` + (shown.length
    ? `Highest: ${shown.map((r) => `${r.place.name} ${state.measure === 'cny' ? yuan(r.value) : r.value}`).join(', ')}.`
    : 'No projects match the filters.') + ' The same data is in the table below the map.';
}

/** The map as a table: every place with projects, its colour, and a button that does what a click does. */
function renderMapTable(rows, measureName) {
  const model = mapChart.getModel().getSeriesByIndex(0).getData();
  const body = h('tbody');
  rows
    .map((row, index) => ({ ...row, colour: model.getItemVisual(index, 'style')?.fill }))
    .filter((row) => row.place && row.totals)
    .sort((a, b) => b.value - a.value)
    .forEach((row) => body.append(h('tr', { dataset: { place: row.place.id, value: row.value, colour: row.colour } },
      h('td', {}, h('span', { class: 'swatch', style: `background:${row.colour}`, 'aria-hidden': 'true' }),
        h('button', { type: 'button', class: 'link', onclick: () => choose(row.place) }, row.place.name)),
      h('td', { class: 'number' }, row.totals.projectCount),
      h('td', { class: 'number' }, yuan(row.totals.cny)))));
  clear($('#map-table'),
    h('caption', {}, `The map's data, coloured by ${measureName}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Place'), h('th', { scope: 'col' }, 'Projects'),
      h('th', { scope: 'col' }, 'Investment'))),
    body);
}

async function listProjects(place) {
  const list = $('#place-projects');
  const title = $('#place-title');
  title.textContent = `Projects in ${place.name}`;
  list.setAttribute('aria-busy', 'true');
  try {
    const data = await gql('place', PLACE_PROJECTS_QUERY, { filter: filter(place.id) });
    if (state.selected !== place) {
      return;
    }
    const { totalCount, edges } = data.projects;
    $('#place-summary').textContent = totalCount === 0
      ? `No project in ${place.name} matches the filters.`
      : `${count(totalCount, 'project')}${totalCount > edges.length ? `, the ${edges.length} largest shown` : ''}.`;
    $('#place-link').replaceChildren(entityLink(place));
    clear(list, edges.map(({ node }) => h('li', {},
      entityLink(node),
      h('span', { class: 'detail' }, [
        node.investment ? (node.investment.text ?? yuan(node.investment.cny)) : 'amount not stated',
        node.signedOn ? `signed ${node.signedOn}` : node.year ? `year ${node.year}` : null,
        node.sectors.map((s) => s.name).join(', ') || null,
      ].filter(Boolean).join(' · ')))));
    list.dataset.place = place.id;
  } catch (error) {
    $('#place-summary').textContent = error.message;
  } finally {
    list.setAttribute('aria-busy', 'false');
  }
}

async function drawTimeline() {
  const panel = $('#timeline-panel');
  panel.setAttribute('aria-busy', 'true');
  try {
    // by month, unless the projects were signed in so many months that the bars would be too thin to read
    const data = await gql('timeline', TIMELINE_QUERY, { filter: filter(), by: 'AUTO', sectors: STACKED_SECTORS });
    const entries = data.projectTimeline;
    const periods = [...new Set(entries.map(period))];
    const sectors = [...new Map(entries.map((e) => [sectorKey(e), sectorName(e)])).entries()];
    const unit = entries.some((e) => e.month) ? 'month' : 'year';
    $('#timeline-title').textContent = `Projects by signing ${unit}, stacked by sector`;
    $('#timeline').setAttribute('aria-label', `Timeline of projects by signing ${unit}`);
    const value = (e) => (state.measure === 'cny' ? Number(e.cny) : e.projectCount);
    const byCell = new Map(entries.map((e) => [`${period(e)} ${sectorKey(e)}`, e]));
    const drawn = performance.now();
    timelineChart.setOption({
      aria: { enabled: true, label: { description: `Projects by signing ${unit}, stacked by sector: ${count(periods.length, unit)} from ${periods[0] ?? '-'} to ${periods.at(-1) ?? '-'}. The same data is in the table below.` } },
      color: SECTOR_PALETTE,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: periods },
      yAxis: {
        type: 'value',
        name: state.measure === 'cny' ? 'CNY' : 'projects',
        minInterval: state.measure === 'cny' ? 0 : 1,
        axisLabel: { formatter: (v) => (state.measure === 'cny' ? yuan(v) : v) },
      },
      series: sectors.map(([id, name]) => ({
        type: 'bar',
        name,
        stack: 'sectors',
        barMaxWidth: 80,
        emphasis: { focus: 'series' },
        data: periods.map((p) => {
          const e = byCell.get(`${p} ${id}`);
          return e ? value(e) : 0;
        }),
      })),
    }, true);
    const body = h('tbody');
    for (const e of entries) {
      body.append(h('tr', {}, h('td', {}, period(e)), h('td', {}, e.sector ? entityLink(e.sector) : sectorName(e)),
        h('td', { class: 'number' }, e.projectCount), h('td', { class: 'number' }, yuan(e.cny))));
    }
    clear($('#timeline-table'), h('caption', {}, `Projects by signing ${unit} and sector`),
      h('thead', {}, h('tr', {}, ['Signed', 'Sector', 'Projects', 'Investment'].map((t) => h('th', { scope: 'col' }, t)))),
      body);
    performance.measure('draw:timeline', { start: drawn, end: performance.now() });
    $('#timeline-summary').textContent = entries.length
      ? `${count(entries.reduce((n, e) => n + e.projectCount, 0), 'project-sector pair')} over ${count(periods.length, unit)}.`
      : 'No signed project matches the filters.';
    panel.dataset.loaded = String(Date.now());
  } catch (error) {
    message($('#overview-message'), error.message, 'error');
  } finally {
    panel.setAttribute('aria-busy', 'false');
  }
}

/** The timeline stacks the largest sectors of the selection; the others are one stack. */

function sectorKey(entry) {
  return entry.sector?.id ?? (entry.otherSectors ? 'other' : '');
}

function sectorName(entry) {
  return entry.sector?.name ?? (entry.otherSectors ? 'other sectors' : 'no sector');
}

function period(entry) {
  return entry.month ? `${entry.year}-${String(entry.month).padStart(2, '0')}` : String(entry.year);
}

/** How an organization is linked to its selected projects: "invests in 3, develops 1". */
function links(total) {
  return [total.investedIn ? `invests in ${total.investedIn}` : null,
    total.developed ? `develops ${total.developed}` : null].filter(Boolean).join(', ');
}

async function drawOrganizations() {
  const investors = $('#top-investors');
  const connected = $('#top-connected');
  try {
    const data = await gql('organizations', ORGANIZATIONS_QUERY, { filter: filter() });
    clear(investors, data.topInvestors.map((t) => h('li', {}, entityLink(t.organization),
      h('span', { class: 'detail' }, `${yuan(t.cny)} · ${count(t.projectCount, 'project')}`
        + (t.projectsWithAmount < t.projectCount ? ` (${t.projectsWithAmount} with an amount)` : '')))));
    if (data.topInvestors.length === 0) {
      investors.append(h('li', {}, 'No investor in the selected projects.'));
    }
    clear(connected, data.topOrganizations.map((t) => h('li', {}, entityLink(t.organization),
      h('span', { class: 'detail' }, `${count(t.projectCount, 'project')} · ${t.organization.type.toLowerCase()}`
        + ` (${links(t)})`))));
    if (data.topOrganizations.length === 0) {
      connected.append(h('li', {}, 'No organization invests in or develops the selected projects.'));
    }
  } catch (error) {
    message($('#overview-message'), error.message, 'error');
  }
}

// Apache ECharts, with only the parts the explorer draws: maps, stacked bars and a graph.
import * as echarts from 'echarts/core';
import { BarChart, GraphChart, MapChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([MapChart, BarChart, GraphChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent,
  VisualMapComponent, CanvasRenderer]);

export { echarts };

const maps = new Map();

/** Registers the map of China ('china') or of one province (its GB/T 2260 code) once, from maps/<key>.json. */
export async function loadMap(key) {
  if (!maps.has(key)) {
    maps.set(key, (async () => {
      const response = await fetch(new URL(`explorer/maps/${key}.json`, document.baseURI));
      if (!response.ok) {
        throw new Error(`The map ${key} could not be loaded (HTTP ${response.status})`);
      }
      const geoJson = await response.json();
      echarts.registerMap(key, geoJson);
      return geoJson;
    })());
  }
  return maps.get(key);
}

let mapIndex;

/** Which provinces have a map of their cities: {code: {name, features}}. */
export async function mapIndexOf() {
  if (!mapIndex) {
    mapIndex = fetch(new URL('explorer/maps/index.json', document.baseURI)).then((r) => r.json());
  }
  return mapIndex;
}

/** Colours of the kinds of nodes, as in Neo4j Browser's style (cypher/browser/style.grass). */
export const KIND_COLOURS = {
  Project: '#f79767',
  Organization: '#57c7e3',
  Company: '#4c8eda',
  University: '#8dcc93',
  Institute: '#569480',
  Government: '#d9c8ae',
  Fund: '#f16667',
  Park: '#c990c0',
  Place: '#a5abb6',
  Province: '#8b5e3c',
  City: '#a47551',
  District: '#c49a6c',
  Town: '#dcc19a',
  Program: '#ffc454',
  Sector: '#f48fb1',
  Article: '#a5abb6',
};

export const SECTOR_PALETTE = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452',
  '#9a60b4', '#ea7ccc', '#2f4554', '#61a0a8', '#d48265', '#749f83', '#ca8622', '#bda29a', '#6e7074'];

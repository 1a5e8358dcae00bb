/**
 * Apache ECharts, tree-shaken to what the overview draws (bars, custom bars
 * on a time axis, scatter marks, on a canvas). Loaded as its own chunk, in
 * parallel with the page's first API requests (see EChart.tsx).
 */
import { BarChart, CustomChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, CustomChart, ScatterChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { init };

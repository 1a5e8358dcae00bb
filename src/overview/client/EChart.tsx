/**
 * One Apache ECharts chart (charts.ts), drawn on a canvas, with ECharts' aria
 * description on, a tooltip, and keyboard access: the chart takes focus, the
 * arrow keys step through its marks showing each one's tooltip, and Enter
 * opens the mark's source.
 */
import type * as echarts from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { Loading } from './ui.js';

// Started as soon as the page's script runs, so ECharts arrives while the first API answers do.
const charts = import('./charts.js');

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for ECharts tooltips, which are HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** A mark the keyboard can reach: where ECharts has it, and what Enter opens. */
export interface ChartMark {
  seriesIndex: number;
  dataIndex: number;
  /** Global ID of the fact whose source Enter opens; none: Enter does nothing. */
  subjectId?: string;
}

export interface EChartProps {
  option: echarts.EChartsCoreOption;
  /** What the chart shows, in words, for screen readers and as the focus hint. */
  label: string;
  height: number;
  /** Marks in reading order, for the arrow keys. */
  marks?: ChartMark[];
  /** Called with a mark's subject when it is clicked or Enter is pressed on it. */
  onOpen?: (subjectId: string) => void;
  /** Maps a clicked item to its subject (the series' data carries it). */
  subjectOf?: (seriesIndex: number, dataIndex: number) => string | undefined;
}

/** Renders `option` into a focusable, resizable chart; disposes the chart on unmount. */
export function EChart({ option, label, height, marks = [], onOpen, subjectOf }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const cursor = useRef(-1);
  // False until ECharts has loaded and drawn: until then the chart says "Loading…" and takes no keys.
  const [ready, setReady] = useState(false);
  const handlers = useRef({ onOpen, subjectOf, marks });
  handlers.current = { onOpen, subjectOf, marks };
  const drawn = useRef({ option, label });
  drawn.current = { option, label };
  const draw = () => {
    cursor.current = -1;
    const { option: current, label: description } = drawn.current;
    chart.current?.setOption({ ...current, aria: { enabled: true, label: { description } } }, { notMerge: true });
  };

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void charts.then(({ init }) => {
      if (disposed || !element.current) return;
      const instance = init(element.current, null, { renderer: 'canvas' });
      chart.current = instance;
      instance.on('click', (params) => {
        const id = handlers.current.subjectOf?.(params.seriesIndex ?? -1, params.dataIndex);
        if (id) handlers.current.onOpen?.(id);
      });
      // A ResizeObserver reports the size it finds when it starts: the size the chart was just laid out at, which
      // needs no second layout. Only a change of size does.
      let size = `${instance.getWidth()}x${instance.getHeight()}`;
      observer = new ResizeObserver(([entry]) => {
        const next = `${Math.round(entry.contentRect.width)}x${Math.round(entry.contentRect.height)}`;
        if (next === size) return;
        size = next;
        instance.resize();
      });
      observer.observe(element.current);
      draw();
      setReady(true);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(draw, [option, label]);

  function onKeyDown(event: React.KeyboardEvent) {
    const list = handlers.current.marks;
    if (!chart.current || list.length === 0) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') cursor.current = Math.min(cursor.current + 1, list.length - 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') cursor.current = Math.max(cursor.current - 1, 0);
    else if (event.key === 'Home') cursor.current = 0;
    else if (event.key === 'End') cursor.current = list.length - 1;
    else if (event.key === 'Enter' && cursor.current >= 0) {
      const id = list[cursor.current].subjectId;
      if (id) handlers.current.onOpen?.(id);
      event.preventDefault();
      return;
    } else if (event.key === 'Escape') {
      chart.current.dispatchAction({ type: 'hideTip' });
      return;
    } else return;
    event.preventDefault();
    const mark = list[cursor.current];
    chart.current.dispatchAction({ type: 'showTip', seriesIndex: mark.seriesIndex, dataIndex: mark.dataIndex });
  }

  const hint = marks.length > 0 ? ' Use the arrow keys to go through its marks and Enter to open a source.' : '';
  return (
    <>
      {ready ? null : <Loading />}
      <div
        ref={element}
        className="chart"
        style={{ height }}
        tabIndex={0}
        role="img"
        aria-label={label + hint}
        onKeyDown={onKeyDown}
        onBlur={() => chart.current?.dispatchAction({ type: 'hideTip' })}
      />
    </>
  );
}

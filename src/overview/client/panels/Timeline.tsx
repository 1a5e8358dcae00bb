/**
 * Timeline: the rounds as bars (number, dates, place) and the dated
 * statements as marks, one lane per party, from the contract's Timeline
 * operation; the rounds in words from OverviewRounds; statements without a
 * date listed apart. Hovering a mark or stepping to it with the arrow keys
 * shows its details; a click or Enter opens its source.
 */
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams } from 'echarts';
import { useContext, useMemo, useRef, useState } from 'react';
import { EChart, escapeHtml, type ChartMark } from '../EChart.js';
import { calendarDateOf, dayBefore } from '../../common/dates.js';
import { formatDateSpan, formatSpan, formatStatementKind } from '../format.js';
import { useOperation } from '../hooks.js';
import { Loading, OpenSourceContext, Panel, ProvisionalContext, SourceButton, Switch } from '../ui.js';
import { variables, type Window } from '../../common/requests.js';

interface TimelineEvent {
  time: string;
  timeEnd: string;
  title: string;
  text: string;
  tags: string[];
  subject: { __typename: string; id: string };
}

interface RoundNode {
  id: string;
  number: number;
  dates: { start: string; end: string; wording?: string | null } | null;
  location: string | null;
  outcome: string | null;
}

const ROUNDS_LANE = 'Rounds';

/** `window`: the days to draw; null when nothing is dated, undefined while that is not known yet. */
export function TimelinePanel(props: { negotiationId: string; window: Window | null | undefined; listRange: { from?: string; to?: string } }) {
  const { negotiationId, window, listRange } = props;
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const open = useContext(OpenSourceContext);
  const timeline = useOperation<{ timeline: TimelineEvent[] }>(
    'Timeline',
    window ? variables.timeline(negotiationId, window) : null,
  );
  const rounds = useOperation<{ rounds: { totalCount: number; nodes: RoundNode[] } }>('OverviewRounds', variables.rounds(negotiationId, listRange));

  const events = timeline.data?.timeline ?? [];
  const roundEvents = events.filter((e) => e.subject.__typename === 'Round');
  const statementEvents = events.filter((e) => e.subject.__typename === 'Statement');
  // The rounds in words arrive on their own: the chart reads them when it shows a tooltip, and is not drawn again for them.
  const roundsById = useRef(new Map<string, RoundNode>());
  roundsById.current = new Map((rounds.data?.rounds.nodes ?? []).map((r) => [r.id, r]));

  const lanes = useMemo(() => {
    const parties = [...new Set(statementEvents.map(partyOf))].sort((a, b) => a.localeCompare(b));
    return [ROUNDS_LANE, ...parties];
  }, [events]);

  // By the window's days, not the object: the page makes a new one each time it renders.
  const { option, marks } = useMemo(
    () => buildOption(window ?? null, lanes, roundEvents, statementEvents, roundsById),
    [window?.from, window?.to, lanes, events],
  );
  const subjectOf = (seriesIndex: number, dataIndex: number) =>
    (seriesIndex === 0 ? roundEvents[dataIndex] : statementEvents[dataIndex])?.subject.id;

  const label = window
    ? `Timeline from ${formatSpan(window.from, dayBefore(window.to))}: ${roundEvents.length} round${roundEvents.length === 1 ? '' : 's'} and ${statementEvents.length} dated statement${statementEvents.length === 1 ? '' : 's'}.`
    : 'Timeline: nothing dated.';

  return (
    <Panel
      id="timeline"
      title="Timeline"
      className="wide"
      error={timeline.error ?? rounds.error}
      tools={<Switch label="Timeline view" value={view} options={[['chart', 'Chart'], ['table', 'Table']]} onChange={setView} />}
    >
      {window === null ? (
        <p className="muted">No round or statement of this negotiation has a date in this range.</p>
      ) : window === undefined || (timeline.loading && !timeline.data) ? (
        <Loading />
      ) : view === 'chart' ? (
        <EChart option={option} label={label} height={Math.max(140, 56 + lanes.length * 44)} marks={marks} onOpen={open} subjectOf={subjectOf} />
      ) : (
        <EventTable events={events} />
      )}
      {rounds.loading && !rounds.data ? <Loading /> : <RoundList data={rounds.data?.rounds} />}
      <UndatedStatements negotiationId={negotiationId} />
    </Panel>
  );
}

/** The party a statement event speaks for: its third tag ("Unattributed" when none is known). */
function partyOf(event: TimelineEvent): string {
  return event.tags[2] ?? 'Unattributed';
}

function buildOption(
  window: Window | null,
  lanes: string[],
  roundEvents: TimelineEvent[],
  statementEvents: TimelineEvent[],
  roundsById: { current: Map<string, RoundNode> },
): { option: Record<string, unknown>; marks: ChartMark[] } {
  if (!window) return { option: {}, marks: [] };
  const ms = (instant: string) => Date.parse(instant);
  const roundData = roundEvents.map((e) => ({ value: [0, ms(e.time), ms(e.timeEnd)], event: e }));
  const statementData = statementEvents.map((e) => ({
    value: [(ms(e.time) + ms(e.timeEnd)) / 2, lanes.indexOf(partyOf(e))],
    event: e,
  }));

  const tooltipOf = (event: TimelineEvent) => {
    const round = roundsById.current.get(event.subject.id);
    const span = formatSpan(calendarDateOf(event.time), dayBefore(calendarDateOf(event.timeEnd)));
    const when = round?.dates ? formatDateSpan(round.dates) : span;
    const kind = event.subject.__typename === 'Statement' && event.tags[1] ? ` · ${formatStatementKind(event.tags[1])}` : '';
    const body = event.subject.__typename === 'Round' ? (round?.outcome ?? event.text) : `“${event.text}”`;
    return `<div class="tip"><strong>${escapeHtml(event.title)}</strong><br>${escapeHtml(when)}${escapeHtml(kind)}<br>${escapeHtml(body)}<br><em>Click or press Enter for the source</em></div>`;
  };

  const option = {
    animation: false,
    grid: { left: 8, right: 16, top: 8, bottom: 28, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: { data: { event: TimelineEvent } }) => tooltipOf(params.data.event),
    },
    xAxis: { type: 'time', min: ms(`${window.from}T00:00:00Z`), max: ms(`${window.to}T00:00:00Z`), axisLabel: { hideOverlap: true, formatter: { year: '{yyyy}', month: '{MMM} {yyyy}', day: '{d} {MMM}' } } },
    yAxis: { type: 'category', data: lanes, inverse: true, axisTick: { show: false } },
    series: [
      {
        type: 'custom',
        name: 'Rounds',
        encode: { x: [1, 2], y: 0 },
        data: roundData,
        renderItem: (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) => {
          const start = api.coord([api.value(1), api.value(0)]);
          const end = api.coord([api.value(2), api.value(0)]);
          const height = (api.size!([0, 1]) as number[])[1] * 0.6;
          const width = Math.max(end[0] - start[0], 6);
          return {
            type: 'rect',
            shape: { x: start[0], y: start[1] - height / 2, width, height, r: 3 },
            style: { fill: '#2f6fb0' },
            textContent: {
              style: { text: `${width > 64 ? 'Round ' : ''}${roundNumberOf(roundData[params.dataIndex].event)}`, fill: '#fff', fontSize: 12 },
            },
            textConfig: { position: 'inside' },
          };
        },
      },
      {
        type: 'scatter',
        name: 'Statements',
        data: statementData,
        symbol: 'diamond',
        symbolSize: 14,
        itemStyle: { color: '#c4572a' },
      },
    ],
  };
  const marks: ChartMark[] = [
    ...roundData.map((d, i) => ({ seriesIndex: 0, dataIndex: i, subjectId: d.event.subject.id, t: d.value[1] })),
    ...statementData.map((d, i) => ({ seriesIndex: 1, dataIndex: i, subjectId: d.event.subject.id, t: d.value[0] })),
  ]
    .sort((a, b) => a.t - b.t)
    .map(({ t: _t, ...mark }) => mark);
  return { option, marks };
}

/** The round's number, from the event's title ("Round 6, Washington"). */
function roundNumberOf(event: TimelineEvent): string {
  return /\d+/.exec(event.title)?.[0] ?? '';
}

/** The chart's text alternative: every event as a row. */
function EventTable({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return <p className="muted">Nothing dated in this range.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Rounds and dated statements, by time</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Details</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.subject.id}>
              <td className="nowrap">{formatSpan(calendarDateOf(e.time), dayBefore(calendarDateOf(e.timeEnd)))}</td>
              <td>{e.title}</td>
              <td>{e.text}</td>
              <td>
                <SourceButton id={e.subject.id} label={`Source of ${e.title}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The rounds in words: number, dates as the source gave them and as resolved, place. */
function RoundList({ data }: { data?: { totalCount: number; nodes: RoundNode[] } }) {
  if (!data || data.nodes.length === 0) return null;
  return (
    <div className="rounds">
      <h3>Rounds</h3>
      <ul className="plain">
        {data.nodes.map((r) => (
          <li key={r.id}>
            <SourceButton id={r.id} label={`Source of round ${r.number}`}>
              Round {r.number}
            </SourceButton>{' '}
            <span>{formatDateSpan(r.dates)}</span>
            {r.location ? <span> · {r.location}</span> : null}
          </li>
        ))}
      </ul>
      {data.totalCount > data.nodes.length ? (
        <p className="muted">
          The first {data.nodes.length} of {data.totalCount} rounds in this range; narrow the time range to see the others.
        </p>
      ) : null}
    </div>
  );
}

interface UndatedNode {
  id: string;
  text: string;
  kind: string;
  statedOn: { start: string } | null;
  speaker: { name: string };
}

/** Statements the source gives no date for: they sort first oldest-first, so one page holds them. */
function UndatedStatements({ negotiationId }: { negotiationId: string }) {
  const [after, setAfter] = useState<string | null>(null);
  const result = useOperation<{ statements: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: UndatedNode[] } }>(
    'OverviewUndatedStatements',
    variables.undatedStatements(negotiationId, after),
  );
  const provisional = useContext(ProvisionalContext);
  const nodes = (result.data?.statements.nodes ?? []).filter((s) => s.statedOn === null);
  if (result.error) return provisional ? null : <p className="muted">Undated statements could not be loaded: {result.error.message}</p>;
  if (nodes.length === 0 && after === null) return null;
  const more = nodes.length > 0 && result.data!.statements.nodes.every((s) => s.statedOn === null) && result.data!.statements.pageInfo.hasNextPage;
  return (
    <div className="undated">
      <h3>Undated statements</h3>
      <p className="muted">The source does not say when these were said, so they are not on the timeline.</p>
      <ul className="plain">
        {nodes.map((s) => (
          <li key={s.id}>
            <strong>{s.speaker.name}</strong> ({formatStatementKind(s.kind)}): “{s.text}”{' '}
            <SourceButton id={s.id} label={`Source of ${s.speaker.name}'s statement “${s.text}”`} />
          </li>
        ))}
      </ul>
      {more || after !== null ? (
        <div className="pager">
          {after !== null ? (
            <button type="button" onClick={() => setAfter(null)}>
              First undated
            </button>
          ) : null}
          {more ? (
            <button type="button" onClick={() => setAfter(result.data!.statements.pageInfo.endCursor)}>
              More undated
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

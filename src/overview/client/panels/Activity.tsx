/**
 * Activity: how many statements each party made, bucket by bucket (week or
 * month), from the contract's Activity operation, as stacked bars or as a
 * table; undated statements and those outside the range are counted apart.
 * The window sent is the time range widened to whole weeks or months, so
 * that every bar counts its whole bucket.
 */
import { useMemo, useState } from 'react';
import { EChart } from '../EChart.js';
import { alignToBuckets, calendarDateOf, dayBefore } from '../../common/dates.js';
import { formatDate, formatSpan } from '../format.js';
import { useOperation } from '../hooks.js';
import type { Bucket } from '../../common/urlState.js';
import { Loading, Panel, Switch } from '../ui.js';
import { variables, type Window } from '../../common/requests.js';

interface ActivityPoint {
  time: string;
  series: string;
  seriesId: string | null;
  value: number;
}

interface ActivityData {
  activity: { bucket: string; timeZone: string; total: number; undated: number; outsideWindow: number; points: ActivityPoint[] };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Jan 2020" for a month bucket, "week of 13 Jan 2020" for a week bucket. */
function bucketLabel(time: string, bucket: Bucket): string {
  const date = calendarDateOf(time);
  if (bucket === 'MONTH') return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
  return `week of ${formatDate(date)}`;
}

/** `window`: the days to count; null when nothing is dated, undefined while that is not known yet. */
export function ActivityPanel(props: { negotiationId: string; window: Window | null | undefined; bucket: Bucket; onBucket: (bucket: Bucket) => void }) {
  const { negotiationId, bucket } = props;
  const window = props.window ? alignToBuckets(props.window, bucket) : null;
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const result = useOperation<ActivityData>(
    'Activity',
    props.window ? variables.activity(negotiationId, props.window, bucket) : null,
  );
  const activity = result.data?.activity;

  const table = useMemo(() => {
    const points = activity?.points ?? [];
    const times = [...new Set(points.map((p) => p.time))];
    const series = [...new Set(points.map((p) => p.series))];
    const value = new Map(points.map((p) => [`${p.time}\u0000${p.series}`, p.value]));
    const rows = times.map((time) => ({ time, values: series.map((s) => value.get(`${time}\u0000${s}`) ?? 0) }));
    return { series, rows };
  }, [activity]);

  const shownBucket = (activity?.bucket as Bucket | undefined) ?? bucket;
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
      xAxis: { type: 'category', data: table.rows.map((r) => bucketLabel(r.time, shownBucket)), axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1, name: 'statements', nameTextStyle: { align: 'left' } },
      series: table.series.map((name, i) => ({
        type: 'bar',
        name,
        stack: 'statements',
        data: table.rows.map((r) => r.values[i]),
        emphasis: { focus: 'series' },
      })),
    }),
    [table, shownBucket],
  );

  const rangeText = window ? formatSpan(window.from, dayBefore(window.to)) : '';
  const label = activity
    ? `Statements per party per ${shownBucket === 'MONTH' ? 'month' : 'week'}, ${rangeText}: ${activity.total} in all, ` +
      table.series.map((s, i) => `${s} ${table.rows.reduce((sum, r) => sum + r.values[i], 0)}`).join(', ') +
      '.'
    : 'Statements per party.';

  return (
    <Panel
      id="activity"
      title="Activity"
      error={result.error}
      tools={
        <>
          <Switch label="Bucket" value={bucket} options={[['WEEK', 'Week'], ['MONTH', 'Month']]} onChange={props.onBucket} />
          <Switch label="Activity view" value={view} options={[['chart', 'Chart'], ['table', 'Table']]} onChange={setView} />
        </>
      }
    >
      {props.window === null ? (
        <p className="muted">No statement of this negotiation has a date in this range.</p>
      ) : !activity ? (
        <Loading />
      ) : (
        <>
          {view === 'chart' ? (
            <EChart option={option} label={label} height={240} />
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{label}</caption>
                <thead>
                  <tr>
                    <th scope="col">{shownBucket === 'MONTH' ? 'Month' : 'Week'}</th>
                    {table.series.map((s) => (
                      <th scope="col" key={s} className="num">
                        {s}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((r) => (
                    <tr key={r.time}>
                      <th scope="row">{bucketLabel(r.time, shownBucket)}</th>
                      {r.values.map((v, i) => (
                        <td key={i} className="num">
                          {v}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="muted small">
            {activity.total} dated statement{activity.total === 1 ? '' : 's'} in {rangeText} (the whole {shownBucket === 'MONTH' ? 'months' : 'weeks'} the
            time range touches)
            {activity.undated ? `; ${activity.undated} undated (listed under Timeline)` : ''}
            {activity.outsideWindow ? `; ${activity.outsideWindow} outside this range` : ''}. A statement dated with a span (“over the weekend”) counts in
            the {shownBucket === 'MONTH' ? 'month' : 'week'} of its first day.
          </p>
        </>
      )}
    </Panel>
  );
}

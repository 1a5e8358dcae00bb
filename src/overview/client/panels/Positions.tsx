/**
 * Positions: where each party stands on each issue, round by round, from the
 * contract's PositionMatrix operation: issues as rows, parties as columns,
 * every position a button to its source. A round picker narrows the matrix
 * to the positions stated in one round.
 */
import { useState } from 'react';
import { useOperation } from '../hooks.js';
import { variables } from '../../common/requests.js';
import { Loading, Panel, SourceButton } from '../ui.js';

interface Cell {
  party: { id: string; name: string };
  issue: { id: string; name: string };
  round: { id: string; number: number } | null;
  summary: string;
  position: { id: string };
}

const ALL = 'all';
const NO_ROUND = 'none';

export function PositionsPanel({ negotiationId }: { negotiationId: string }) {
  const result = useOperation<{ positionMatrix: Cell[] }>('PositionMatrix', variables.positions(negotiationId));
  const [round, setRound] = useState(ALL);
  const cells = result.data?.positionMatrix ?? [];

  const parties = unique(cells.map((c) => c.party));
  const issues = unique(cells.map((c) => c.issue));
  const rounds = [...new Set(cells.map((c) => c.round?.number).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
  const shown = cells.filter((c) => round === ALL || (round === NO_ROUND ? c.round === null : String(c.round?.number) === round));
  const byRound = (a: Cell, b: Cell) => (a.round?.number ?? -1) - (b.round?.number ?? -1);

  return (
    <Panel
      id="positions"
      title="Positions"
      error={result.error}
      tools={
        cells.length > 0 ? (
          <label className="inline">
            Round{' '}
            <select value={round} onChange={(e) => setRound(e.target.value)}>
              <option value={ALL}>all rounds</option>
              {rounds.map((n) => (
                <option key={n} value={String(n)}>
                  round {n}
                </option>
              ))}
              {cells.some((c) => c.round === null) ? <option value={NO_ROUND}>no round given</option> : null}
            </select>
          </label>
        ) : null
      }
    >
      {!result.data ? (
        <Loading />
      ) : cells.length === 0 ? (
        <p className="muted">No positions are recorded for this negotiation.</p>
      ) : (
        <div className="table-wrap">
          <table className="matrix">
            <caption className="visually-hidden">Positions by issue (rows) and party (columns)</caption>
            <thead>
              <tr>
                <th scope="col">Issue</th>
                {parties.map((p) => (
                  <th scope="col" key={p.id}>
                    {p.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {issues.map((issue) => (
                <tr key={issue.id}>
                  <th scope="row">{issue.name}</th>
                  {parties.map((party) => {
                    const here = shown.filter((c) => c.issue.id === issue.id && c.party.id === party.id).sort(byRound);
                    return (
                      <td key={party.id}>
                        {here.length === 0 ? (
                          <span className="muted">—</span>
                        ) : (
                          <ul className="plain">
                            {here.map((c) => (
                              <li key={c.position.id}>
                                <span className="badge">{c.round ? `round ${c.round.number}` : 'no round given'}</span> {c.summary}{' '}
                                <SourceButton id={c.position.id} label={`Source of ${party.name}'s position on ${issue.name}`} />
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}

/** Distinct by id, in first-seen order. */
function unique<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((i) => [i.id, i])).values()];
}

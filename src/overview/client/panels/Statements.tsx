/**
 * Statements: what was said, newest first, ten at a time: speaker, kind, the
 * date as the source gave it next to the resolved span, and the round; each
 * opens the source text with its excerpt highlighted.
 */
import { useEffect, useState } from 'react';
import { formatDateSpan, formatStatementKind } from '../format.js';
import { useOperation } from '../hooks.js';
import { STATEMENTS_PAGE_SIZE as PAGE_SIZE, variables } from '../../common/requests.js';
import { Loading, Panel, SourceButton } from '../ui.js';


interface StatementNode {
  id: string;
  text: string;
  kind: string;
  statedOn: { start: string; end: string; wording?: string | null } | null;
  speaker: { __typename: string; id: string; name: string };
  round: { id: string; number: number } | null;
}

interface StatementsData {
  statements: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: StatementNode[] };
}

export function StatementsPanel({ negotiationId, range }: { negotiationId: string; range: { from?: string; to?: string } }) {
  // The cursors of the pages before this one: "Newer" pops, "Older" pushes.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const rangeKey = `${negotiationId} ${range.from ?? ''} ${range.to ?? ''}`;
  useEffect(() => setCursors([null]), [rangeKey]);

  const result = useOperation<StatementsData>('OverviewStatements', variables.statements(negotiationId, range, after));
  const page = result.data?.statements;
  const offset = (cursors.length - 1) * PAGE_SIZE;

  return (
    <Panel id="statements" title="Statements" error={result.error}>
      {!page ? (
        <Loading />
      ) : page.totalCount === 0 ? (
        <p className="muted">No statements are recorded for this negotiation{range.from || range.to ? ' in this range' : ''}.</p>
      ) : (
        <>
          <ol className="statements plain" start={offset + 1}>
            {page.nodes.map((s) => (
              <li key={s.id} className="statement">
                <blockquote>{s.kind === 'DIRECT_QUOTE' ? `“${s.text}”` : s.text}</blockquote>
                <div className="meta">
                  <strong>{s.speaker.name}</strong>
                  <span className="badge">{formatStatementKind(s.kind)}</span>
                  <span>{formatDateSpan(s.statedOn)}</span>
                  {s.round ? <span>round {s.round.number}</span> : null}
                  <SourceButton id={s.id} label={`Source of ${s.speaker.name}'s statement “${s.text}”`} />
                </div>
              </li>
            ))}
          </ol>
          <nav className="pager" aria-label="Statement pages">
            <span className="muted small" aria-live="polite">
              {offset + 1}–{offset + page.nodes.length} of {page.totalCount}
            </span>
            <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
              Newer
            </button>
            <button
              type="button"
              disabled={!page.pageInfo.hasNextPage || result.loading}
              onClick={() => setCursors([...cursors, page.pageInfo.endCursor])}
            >
              Older
            </button>
          </nav>
        </>
      )}
    </Panel>
  );
}

/**
 * Figures: the negotiation's numbers and those of the agreement it renews,
 * each with its unit, the period it holds for (as the source gave it and as
 * resolved) and "≈" when the source gives it as approximate.
 */
import { useOperation } from '../hooks.js';
import { variables } from '../../common/requests.js';
import { formatDateSpan, formatFigure } from '../format.js';
import { Loading, Panel, SourceButton } from '../ui.js';

interface FigureNode {
  id: string;
  label: string;
  value: number;
  unit: string;
  approximate: boolean;
  asOf: { start: string; end: string; wording?: string | null } | null;
  agreement: { id: string; name: string; shortName: string | null } | null;
  organization: { id: string; name: string } | null;
}

interface FiguresData {
  negotiationFigures: { totalCount: number; nodes: FigureNode[] };
  agreementFigures?: { totalCount: number; nodes: FigureNode[] };
}

/** `agreementId`: the agreement the negotiation renews, null when none, undefined while that is not known yet. */
export function FiguresPanel(props: { negotiationId: string; agreementId: string | null | undefined; range: { from?: string; to?: string } }) {
  const { negotiationId, agreementId, range } = props;
  const result = useOperation<FiguresData>(
    'OverviewFigures',
    agreementId === undefined ? null : variables.figures(negotiationId, agreementId, range),
  );
  const data = result.data;
  const seen = new Set<string>();
  const lists = data ? [data.negotiationFigures, ...(data.agreementFigures ? [data.agreementFigures] : [])] : [];
  const figures = lists.flatMap((l) => l.nodes).filter((f) => !seen.has(f.id) && seen.add(f.id));
  const more = lists.some((l) => l.totalCount > l.nodes.length);

  return (
    <Panel id="figures" title="Figures" error={result.error}>
      {!data ? (
        <Loading />
      ) : figures.length === 0 ? (
        <p className="muted">No figures are recorded for this negotiation{range.from || range.to ? ' in this range' : ''}.</p>
      ) : (
        <>
          <ul className="figures plain">
            {figures.map((f) => (
              <li key={f.id} className="figure">
                <span className="figure-value" title={f.approximate ? 'approximately: the source gives this number as approximate' : undefined}>
                  {formatFigure(f.value, f.unit, f.approximate)}
                </span>
                <span className="figure-label">{f.label}</span>
                <span className="muted small">
                  {f.asOf ? `as of ${formatDateSpan(f.asOf)}` : 'no date given'}
                  {f.agreement ? ` · ${f.agreement.shortName ?? f.agreement.name}` : ''}
                  {f.organization ? ` · ${f.organization.name}` : ''}
                </span>
                <SourceButton id={f.id} label={`Source of ${f.label}`} />
              </li>
            ))}
          </ul>
          {more ? <p className="muted small">The newest 20 of each list; narrow the time range to see others.</p> : null}
        </>
      )}
    </Panel>
  );
}

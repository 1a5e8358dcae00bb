/**
 * The overview page: a header (the IDE link and search), the pickers, and the
 * panels for one negotiation at a time; an empty state when the knowledge
 * base holds nothing yet; the source viewer over it all when a fact is open.
 */
import { useCallback, useEffect } from 'react';
import { useOperation, useUrlState } from './hooks.js';
import { NegotiationPicker, RangePicker, SearchBox } from './Pickers.js';
import { ActivityPanel } from './panels/Activity.js';
import { FiguresPanel } from './panels/Figures.js';
import { PositionsPanel } from './panels/Positions.js';
import { StatementsPanel } from './panels/Statements.js';
import { TimelinePanel } from './panels/Timeline.js';
import { SearchResults } from './SearchResults.js';
import { SourceDialog } from './SourceDialog.js';
import { ErrorBox, Loading, OpenSourceContext, ProvisionalContext } from './ui.js';
import { formatStatus } from './format.js';
import { defaultNegotiation, extentOf, variables, windowOf, type NegotiationData, type StartData, type Window } from '../common/requests.js';

export function App() {
  const [state, update] = useUrlState();
  const start = useOperation<StartData>('OverviewStart', state.negotiation ? null : {});
  // The URL's negotiation, else the default one as soon as OverviewStart has answered (and the URL then says so too).
  const shown = state.negotiation ?? (start.data ? defaultNegotiation(start.data) : undefined);
  const negotiation = useOperation<NegotiationData>('OverviewNegotiation', shown ? variables.negotiation(shown) : null);

  useEffect(() => {
    if (!state.negotiation && shown) update({ negotiation: shown }, { replace: true });
  }, [state.negotiation, shown]);

  const openSource = useCallback((id: string) => update({ open: id }), [update]);
  const closeSource = useCallback(() => update({ open: undefined }), [update]);

  const empty = start.data?.negotiations.totalCount === 0;
  // An ID of something else (a round, say) is no negotiation either. While another negotiation loads, the
  // previous one stays in the summary (no flicker), but only the answer for the URL's ID confirms it.
  const node = negotiation.data?.negotiation;
  const current = node?.__typename === 'Negotiation' ? node : undefined;
  const fresh = negotiation.data !== undefined && !negotiation.loading;
  const confirmed = fresh && current !== undefined;
  const range = { from: state.from, to: state.to };
  const extent = negotiation.data ? extentOf(negotiation.data) : null;
  // Undefined until the negotiation's extent is known; null when nothing of it is dated.
  const window: Window | null | undefined = fresh ? windowOf(negotiation.data!, range) : undefined;

  return (
    <OpenSourceContext.Provider value={openSource}>
      <a className="skip" href="#panels">
        Skip to the panels
      </a>
      <header className="top">
        <div className="brand">
          <h1>Negotiation knowledge base</h1>
          <nav aria-label="Views">
            <a href="/" aria-current="page">
              Overview
            </a>
            <a href="/graphql">GraphQL IDE</a>
          </nav>
        </div>
        <SearchBox query={state.q} onSearch={(q) => update({ q })} />
      </header>

      <main id="panels" tabIndex={-1}>
        {start.error ? <ErrorBox error={start.error} what="the negotiations" /> : null}
        {empty ? (
          <EmptyState />
        ) : (
          <>
            <div className="controls">
              <NegotiationPicker
                selected={current ? { id: current.id, title: current.title, status: current.status } : undefined}
                onSelect={(id) => update({ negotiation: id, from: undefined, to: undefined })}
              />
              <RangePicker from={state.from} to={state.to} extent={extent} onChange={(r) => update(r)} />
            </div>
            {state.q ? <SearchResults query={state.q} onClear={() => update({ q: undefined })} /> : null}
            {negotiation.error ? (
              <ErrorBox error={negotiation.error} what="this negotiation" />
            ) : !shown ? (
              start.error ? null : <Loading />
            ) : fresh && !current ? (
              <p role="alert" className="error">
                No negotiation has the ID “{shown}” given in the URL. Pick one above.
              </p>
            ) : (
              <>
                {current ? (
                  <section className="summary" aria-labelledby="negotiation-title">
                    <h2 id="negotiation-title">{current.title}</h2>
                    <p>
                      <span className="badge">{formatStatus(current.status)}</span> Parties: {current.parties.map((p) => p.name).join(', ') || 'none recorded'}
                      {current.agreement ? ` · renews ${current.agreement.name}` : ''} · {current.rounds.totalCount} round
                      {current.rounds.totalCount === 1 ? '' : 's'} · {current.statements.totalCount} statement
                      {current.statements.totalCount === 1 ? '' : 's'}
                    </p>
                  </section>
                ) : (
                  <Loading />
                )}
                {/* The panels ask for what needs only the ID at once, beside the negotiation itself; until it is
                    confirmed to be a negotiation's, their errors may only say it is not, which the page says above. */}
                <ProvisionalContext.Provider value={!confirmed}>
                  <div className="grid">
                    <TimelinePanel negotiationId={shown} window={window} listRange={range} />
                    <ActivityPanel negotiationId={shown} window={window} bucket={state.bucket} onBucket={(bucket) => update({ bucket })} />
                    <PositionsPanel negotiationId={shown} />
                    <FiguresPanel negotiationId={shown} agreementId={confirmed ? (current!.agreement?.id ?? null) : undefined} range={range} />
                    <StatementsPanel negotiationId={shown} range={range} />
                  </div>
                </ProvisionalContext.Provider>
              </>
            )}
          </>
        )}
      </main>
      <footer className="foot muted small">
        Every fact here cites the words of its source: open any of them to read it in place. The same data is in the{' '}
        <a href="/graphql">GraphQL API</a>.
      </footer>
      {state.open ? <SourceDialog key={state.open} id={state.open} onClose={closeSource} /> : null}
    </OpenSourceContext.Provider>
  );
}

/** What to do when the knowledge base holds no negotiation yet. */
function EmptyState() {
  return (
    <section className="panel empty" aria-labelledby="empty-title">
      <h2 id="empty-title">No negotiations yet</h2>
      <p>The knowledge base is empty. Add a source document and the facts it states, then reload this page:</p>
      <pre>
        <code>npm run kb -- ingest FILE</code>
      </pre>
      <p>
        FILE is a YAML file in the seed format (see <code>seeds/README.md</code>; copy{' '}
        <code>seeds/yonhap-2020-01-16-sma-sixth-round.yaml</code> to start). <code>npm run kb -- seed</code> loads every file in{' '}
        <code>seeds/</code>, and <code>npm run kb -- generate --scale 5</code> adds synthetic negotiations to try the page with.
      </p>
    </section>
  );
}

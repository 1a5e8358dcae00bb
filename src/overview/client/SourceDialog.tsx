/**
 * The source viewer: a modal dialog with what a fact says and, for every
 * source that states it, the source's title, publisher and date and its whole
 * text with the cited excerpts highlighted where they stand (from the
 * citations' offsets). A direct quote's own words are marked inside its
 * excerpt. Esc or the Close button closes it.
 */
import { useEffect, useRef } from 'react';
import { formatDate, formatDateSpan, formatFigure, formatStatementKind } from './format.js';
import { pieceText, type CitationRange } from './highlight.js';
import { useOperation } from './hooks.js';
import { ErrorBox, Loading } from './ui.js';

interface SourceFields {
  id: string;
  title: string;
  publisher: string;
  publishedAt: string;
  url: string | null;
  text: string;
}

interface CitationNode extends CitationRange {
  id: string;
  source: SourceFields;
}

type Fact = { __typename: string; id: string; citations?: CitationNode[] } & Record<string, any>;

export function SourceDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const result = useOperation<{ node: Fact | null }>('OverviewSource', { id });

  useEffect(() => {
    const element = dialog.current!;
    if (!element.open) element.showModal();
    const close = () => onClose();
    element.addEventListener('close', close);
    return () => element.removeEventListener('close', close);
  }, [onClose]);

  useEffect(() => {
    dialog.current?.querySelector('mark.excerpt')?.scrollIntoView({ block: 'center' });
  }, [result.data]);

  const fact = result.data?.node;
  return (
    <dialog ref={dialog} className="source-dialog" aria-labelledby="source-dialog-title">
      <div className="dialog-head">
        <h2 id="source-dialog-title">{fact ? headingOf(fact) : 'Source'}</h2>
        <button type="button" className="close" onClick={() => dialog.current?.close()} autoFocus>
          Close
        </button>
      </div>
      {result.error ? (
        <ErrorBox error={result.error} what="this source" />
      ) : !result.data ? (
        <Loading />
      ) : !fact ? (
        <p role="alert">Nothing in the knowledge base has the ID {id}; the link may be out of date.</p>
      ) : (
        <FactSources fact={fact} />
      )}
    </dialog>
  );
}

/** What the fact is, in a line. */
function headingOf(fact: Fact): string {
  switch (fact.__typename) {
    case 'Statement':
      return `${fact.speaker.name}: ${formatStatementKind(fact.statementKind)}`;
    case 'Position':
      return `${fact.party.name} on ${fact.issue.name}`;
    case 'Round':
      return `Round ${fact.number}`;
    case 'Figure':
      return fact.label;
    case 'Source':
      return fact.title;
    default:
      return fact.__typename;
  }
}

/** The fact's own words and dates, then each source with its excerpts. */
function FactSources({ fact }: { fact: Fact }) {
  if (fact.__typename === 'Source') {
    return <SourceText source={fact as unknown as SourceFields} citations={[]} />;
  }
  const citations = fact.citations ?? [];
  const bySource = new Map<string, { source: SourceFields; citations: CitationNode[] }>();
  for (const c of citations) {
    const entry = bySource.get(c.source.id) ?? { source: c.source, citations: [] };
    entry.citations.push(c);
    bySource.set(c.source.id, entry);
  }
  const quote = fact.__typename === 'Statement' && fact.statementKind === 'DIRECT_QUOTE' ? (fact.text as string) : undefined;
  return (
    <>
      <FactSummary fact={fact} />
      {[...bySource.values()].map(({ source, citations: cited }) => (
        <SourceText key={source.id} source={source} citations={cited} quote={quote} />
      ))}
    </>
  );
}

function FactSummary({ fact }: { fact: Fact }) {
  switch (fact.__typename) {
    case 'Statement':
      return (
        <p className="fact">
          <q>{fact.text}</q> — {fact.speaker.name}, {formatDateSpan(fact.statedOn)}
          {fact.round ? `, round ${fact.round.number}` : ''}
        </p>
      );
    case 'Position':
      return (
        <p className="fact">
          {fact.summary} {fact.round ? `(round ${fact.round.number})` : '(no round given)'}
        </p>
      );
    case 'Round':
      return (
        <p className="fact">
          {formatDateSpan(fact.dates)}
          {fact.location ? ` · ${fact.location}` : ''}
          {fact.outcome ? ` · ${fact.outcome}` : ''}
        </p>
      );
    case 'Figure':
      return (
        <p className="fact">
          {formatFigure(fact.value, fact.unit, fact.approximate)} · {fact.asOf ? `as of ${formatDateSpan(fact.asOf)}` : 'no date given'}
        </p>
      );
    default:
      return null;
  }
}

/** One source: its title, publisher and date, and its text with the excerpts marked. */
function SourceText({ source, citations, quote }: { source: SourceFields; citations: CitationNode[]; quote?: string }) {
  let pieces;
  try {
    pieces = pieceText(source.text, citations, quote);
  } catch (error) {
    return <ErrorBox error={error as Error} what="the excerpt's place in this source" />;
  }
  return (
    <article className="source">
      <header>
        <h3>{source.title}</h3>
        <p className="muted">
          {source.publisher}, {formatDate(source.publishedAt)}
          {source.url ? (
            <>
              {' · '}
              <a href={source.url} rel="noreferrer noopener">
                original
              </a>
            </>
          ) : null}
          {citations.length > 0 ? ` · ${citations.length} excerpt${citations.length === 1 ? '' : 's'} highlighted` : ''}
        </p>
      </header>
      <div className="source-text" tabIndex={0} aria-label={`Text of ${source.title}`}>
        {pieces.map((piece, i) =>
          piece.kind === 'text' ? (
            <span key={i}>{piece.text}</span>
          ) : (
            <mark key={i} className="excerpt" data-start={piece.start} data-end={piece.end}>
              {piece.parts.map((part, j) =>
                part.kind === 'quote' ? (
                  <mark key={j} className="quote">
                    {part.text}
                  </mark>
                ) : (
                  <span key={j}>{part.text}</span>
                ),
              )}
            </mark>
          ),
        )}
      </div>
    </article>
  );
}

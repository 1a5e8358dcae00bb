/** Small building blocks shared by the panels. */
import { createContext, useContext, type ReactNode } from 'react';
import { ApiError } from './api.js';

/** Opens the source viewer for a fact (or source) by global ID; provided by App. */
export const OpenSourceContext = createContext<(id: string) => void>(() => {});

/**
 * True while the panels ask about a negotiation ID the API has not yet
 * confirmed to be a negotiation's: a panel then shows "Loading…" rather than
 * an error that may only say the ID is not one (the page says so once it
 * knows); every other error shows once the ID is confirmed.
 */
export const ProvisionalContext = createContext(false);

/** The API's error, as it said it, with its code: never swallowed. */
export function ErrorBox({ error, what }: { error: Error; what: string }) {
  const entries = error instanceof ApiError ? error.errors : [{ message: error.message, code: undefined }];
  return (
    <div className="error" role="alert">
      <strong>Could not load {what}.</strong> The API answered:
      <ul>
        {entries.map((e, i) => (
          <li key={i}>
            {e.message}
            {e.code ? <> <code className="code">{e.code}</code></> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A titled panel: heading, optional tools on the right, then its body, error or loading note. */
export function Panel(props: {
  id: string;
  title: string;
  tools?: ReactNode;
  error?: Error;
  loading?: boolean;
  what?: string;
  className?: string;
  children?: ReactNode;
}) {
  const provisional = useContext(ProvisionalContext);
  return (
    <section className={`panel ${props.className ?? ''}`} id={props.id} aria-labelledby={`${props.id}-title`} aria-busy={props.loading || undefined}>
      <header className="panel-head">
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        {props.tools ? <div className="tools">{props.tools}</div> : null}
      </header>
      {!props.error ? props.children : provisional ? <Loading /> : <ErrorBox error={props.error} what={props.what ?? props.title.toLowerCase()} />}
    </section>
  );
}

/** A button that opens the source text of fact `id`; its label says what it opens. */
export function SourceButton({ id, label, children }: { id: string; label: string; children?: ReactNode }) {
  const open = useContext(OpenSourceContext);
  return (
    <button type="button" className="source-button" onClick={() => open(id)} aria-label={label}>
      {children ?? 'Source'}
    </button>
  );
}

/** Two or more buttons of which one is pressed (a segmented switch). */
export function Switch<T extends string>(props: { label: string; value: T; options: [T, string][]; onChange: (value: T) => void }) {
  return (
    <div className="switch" role="group" aria-label={props.label}>
      {props.options.map(([value, text]) => (
        <button key={value} type="button" aria-pressed={value === props.value} onClick={() => props.onChange(value)}>
          {text}
        </button>
      ))}
    </div>
  );
}

/** "Loading…" while nothing has arrived yet. */
export function Loading() {
  return <p className="muted">Loading…</p>;
}

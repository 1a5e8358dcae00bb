/**
 * The controls that choose what the panels show, all kept in the URL: the
 * negotiation (a searchable combobox asking the API for the first 20 titles
 * that match), the time range, and the full-text search box.
 */
import { useCombobox } from 'downshift';
import { useEffect, useState } from 'react';
import { dayBefore, isCalendarDate } from '../common/dates.js';
import { formatSpan, formatStatus } from './format.js';
import { useDebounced, useOperation } from './hooks.js';
import type { Window } from '../common/requests.js';

interface NegotiationItem {
  id: string;
  title: string;
  status: string;
}

/** Picks a negotiation by typing part of its title; the API searches, the page never lists all of them. */
export function NegotiationPicker({ selected, onSelect }: { selected?: NegotiationItem; onSelect: (id: string) => void }) {
  const [input, setInput] = useState(selected?.title ?? '');
  const [typing, setTyping] = useState(false);
  const title = useDebounced(input, 200);
  const result = useOperation<{ negotiations: { totalCount: number; nodes: NegotiationItem[] } }>(
    'OverviewNegotiations',
    typing ? { title: title || null } : null,
  );
  const items = result.data?.negotiations.nodes ?? [];

  useEffect(() => {
    if (!typing) setInput(selected?.title ?? '');
  }, [selected?.id, selected?.title]);

  const combobox = useCombobox<NegotiationItem>({
    items,
    inputValue: input,
    selectedItem: selected ?? null,
    itemToString: (item) => item?.title ?? '',
    itemToKey: (item) => item?.id,
    onInputValueChange: ({ inputValue, type }) => {
      setInput(inputValue ?? '');
      if (type === useCombobox.stateChangeTypes.InputChange) setTyping(true);
    },
    onIsOpenChange: ({ isOpen }) => {
      if (isOpen) setTyping(true);
      else {
        setTyping(false);
        setInput(selected?.title ?? '');
      }
    },
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) onSelect(selectedItem.id);
    },
  });

  const total = result.data?.negotiations.totalCount ?? 0;
  return (
    <div className="picker">
      <label {...combobox.getLabelProps()}>Negotiation</label>
      <div className="combo">
        <input {...combobox.getInputProps({ placeholder: 'Type part of a title…', spellCheck: false })} />
        <button type="button" aria-label="Show negotiations" {...combobox.getToggleButtonProps()}>
          ▾
        </button>
      </div>
      <ul {...combobox.getMenuProps()} className={`menu ${combobox.isOpen ? 'open' : ''}`}>
        {combobox.isOpen && result.error ? <li className="menu-note">{result.error.message}</li> : null}
        {combobox.isOpen && result.data && items.length === 0 ? <li className="menu-note">No negotiation has “{title}” in its title.</li> : null}
        {combobox.isOpen
          ? items.map((item, index) => (
              <li
                key={item.id}
                className={combobox.highlightedIndex === index ? 'highlighted' : undefined}
                {...combobox.getItemProps({ item, index })}
              >
                <span>{item.title}</span> <span className="muted small">{formatStatus(item.status)}</span>
              </li>
            ))
          : null}
        {combobox.isOpen && total > items.length ? (
          <li className="menu-note">
            {items.length} of {total}; type to narrow.
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/**
 * The time range: two calendar days, both included; empty means the whole
 * negotiation (`extent`). Applying sends a range only when it is valid.
 */
export function RangePicker(props: {
  from?: string;
  to?: string;
  extent: Window | null;
  onChange: (range: { from?: string; to?: string }) => void;
}) {
  const [from, setFrom] = useState(props.from ?? '');
  const [to, setTo] = useState(props.to ?? '');
  useEffect(() => {
    setFrom(props.from ?? '');
    setTo(props.to ?? '');
  }, [props.from, props.to]);

  const custom = Boolean(props.from || props.to);
  const invalid = (from && !isCalendarDate(from)) || (to && !isCalendarDate(to)) || (from && to && to < from);
  const whole = props.extent ? formatSpan(props.extent.from, dayBefore(props.extent.to)) : 'nothing dated';
  return (
    <form
      className="range"
      onSubmit={(event) => {
        event.preventDefault();
        if (!invalid) props.onChange({ from: from || undefined, to: to || undefined });
      }}
    >
      <fieldset>
        <legend>Time range</legend>
        <label>
          From <input type="date" name="from" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          to <input type="date" name="to" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit" disabled={Boolean(invalid)}>
          Apply
        </button>
        <button type="button" disabled={!custom} onClick={() => props.onChange({ from: undefined, to: undefined })}>
          Whole negotiation
        </button>
        <span className="muted small" aria-live="polite">
          {invalid ? 'The range must end on or after its first day.' : custom ? 'Custom range.' : `Whole negotiation: ${whole}.`}
        </span>
      </fieldset>
    </form>
  );
}

/** The search box: submits the words to the URL (`q`), which SearchResults reads. */
export function SearchBox({ query, onSearch }: { query?: string; onSearch: (q: string | undefined) => void }) {
  const [text, setText] = useState(query ?? '');
  useEffect(() => setText(query ?? ''), [query]);
  return (
    <form
      role="search"
      className="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim() || undefined);
      }}
    >
      <label htmlFor="search-input" className="visually-hidden">
        Search statements, positions and sources
      </label>
      <input id="search-input" type="search" placeholder="Search: pay more, “fair deal”, -troops" value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit">Search</button>
    </form>
  );
}

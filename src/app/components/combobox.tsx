import {
  useEffect,
  useState,
  type ComponentProps,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';

// An editable combobox with a list popup, as the ARIA Authoring Practices describe it (combobox with listbox
// popup, aria-activedescendant): the text stays in the input, which keeps focus; the options are reached with
// the arrow keys, Home/End and Page Up/Down while the list is open, Enter picks, Escape closes, Alt+Down opens
// without moving. It holds no value of its own: the caller owns the text (a registered form input keeps its
// `name` and value) and decides what picking an option does. The dependency picker keeps its own combobox: it
// virtualizes thousands of results and loads pages as the list scrolls, which this small one does not need.

export interface ComboboxOption {
  /** Unique in the list: the active option follows its key while the list changes under it. */
  key: string;
  content: ReactNode;
}

export type ComboboxInputProps = Omit<ComponentProps<'input'>, 'id' | 'role' | 'ref'> & {
  id: string;
  ref?: Ref<HTMLInputElement>;
};

/** Options a page of the list moves (Page Up / Page Down). */
const PAGE = 5;

export function Combobox({
  inputProps,
  options,
  open,
  onOpenChange,
  onPick,
  listLabel,
  status,
  emptyText,
  plain = false,
}: {
  /** The input's own props: its registration (`name`, `ref`, `onChange`, `onBlur`), ARIA wiring, class. */
  inputProps: ComboboxInputProps;
  options: readonly ComboboxOption[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onPick: (key: string) => void;
  /** The list's accessible name. */
  listLabel: string;
  /** What a screen reader hears as the list changes ("12 results", "Searching…"). */
  status: string;
  /** Shown under the input, instead of the list, when the list is open with no options. */
  emptyText?: string;
  /** A plain text input, without a list (a lookup that failed gives way to free text). */
  plain?: boolean;
}) {
  const { id, onChange, onBlur, onKeyDown, onClick, ...input } = inputProps;
  const [activeKey, setActiveKey] = useState<string>();
  const active = activeKey === undefined ? -1 : options.findIndex((o) => o.key === activeKey);
  const expanded = open && !plain && options.length > 0;
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-opt-${index}`;

  useEffect(() => {
    if (expanded && active >= 0)
      document.getElementById(`${id}-opt-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [expanded, active, id]);

  function moveTo(index: number) {
    if (options.length === 0) return;
    setActiveKey(options[Math.max(0, Math.min(options.length - 1, index))]!.key);
  }

  function keyDown(e: KeyboardEvent<HTMLInputElement>) {
    onKeyDown?.(e);
    if (e.defaultPrevented) return;
    const actions: Record<string, (() => void) | undefined> = {
      ArrowDown: () => {
        if (!expanded) onOpenChange(true);
        if (e.altKey) return;
        moveTo(expanded ? active + 1 : Math.max(active, 0));
      },
      ArrowUp: () => {
        if (!expanded) onOpenChange(true);
        moveTo(expanded ? (active < 0 ? options.length - 1 : active - 1) : options.length - 1);
      },
      // Home and End move the caret while the list is closed.
      Home: expanded ? () => moveTo(0) : undefined,
      End: expanded ? () => moveTo(options.length - 1) : undefined,
      PageDown: expanded ? () => moveTo(active + PAGE) : undefined,
      PageUp: expanded ? () => moveTo(active - PAGE) : undefined,
      Enter:
        expanded && active >= 0
          ? () => {
              onPick(options[active]!.key);
              setActiveKey(undefined);
            }
          : undefined,
      Escape: open
        ? () => {
            onOpenChange(false);
            setActiveKey(undefined);
          }
        : undefined,
    };
    const action = actions[e.key];
    if (!action) return;
    e.preventDefault();
    // Escape and Enter belong to the list here, not to a dialog or form around it.
    e.stopPropagation();
    action();
  }

  // The same input element either way: a lookup failing while the person types must not take their focus.
  if (plain)
    return (
      <div className="relative">
        <input
          {...input}
          id={id}
          onChange={onChange}
          onBlur={onBlur}
          onKeyDown={onKeyDown}
          onClick={onClick}
        />
      </div>
    );

  return (
    <div className="relative">
      <input
        {...input}
        id={id}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          onChange?.(e);
          setActiveKey(undefined);
          onOpenChange(true);
        }}
        onBlur={(e) => {
          onBlur?.(e);
          onOpenChange(false);
          setActiveKey(undefined);
        }}
        onClick={(e) => {
          onClick?.(e);
          onOpenChange(true);
        }}
        onKeyDown={keyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={listLabel}
        // Out of the tab order: options are reached from the input (Chrome makes a scrolling box focusable).
        tabIndex={-1}
        hidden={!expanded}
        className="absolute top-full z-30 mt-1 max-h-80 w-full min-w-64 overflow-y-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg dark:border-slate-600 dark:bg-slate-900"
      >
        {options.map((option, index) => (
          <li
            key={option.key}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => index !== active && setActiveKey(option.key)}
            onClick={() => {
              onPick(option.key);
              setActiveKey(undefined);
            }}
            className={`cursor-pointer px-3 py-1.5 text-sm ${index === active ? 'bg-orange-100 dark:bg-orange-950' : ''}`}
          >
            {option.content}
          </li>
        ))}
      </ul>
      {open && !expanded && emptyText && (
        <p className="absolute top-full z-30 mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-700 shadow-lg dark:border-slate-600 dark:bg-slate-900 dark:text-slate-300">
          {emptyText}
        </p>
      )}
      <p role="status" aria-live="polite" className="sr-only">
        {open ? status : ''}
      </p>
    </div>
  );
}

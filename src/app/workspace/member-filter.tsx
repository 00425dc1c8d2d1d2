import { useId, useState } from 'react';
import { Combobox } from '../components/combobox.tsx';
import { describedBy, inputClass } from '../components/ui/field.tsx';
import { OptionContent } from './lookup-field.tsx';
import { isAccountId, lookupFallback, personLabel } from './lookup-rules.ts';
import { memberOption, useMemberSearch } from './use-lookups.ts';
import { useWorkspaceMessages } from './workspace-messages.ts';

/** The owner filter as typed: the text, and the member picked for it (whose label the text then is). */
export interface OwnerFilter {
  text: string;
  picked?: { userId: string; label: string };
}

export const NO_OWNER_FILTER: OwnerFilter = { text: '' };

/**
 * The account ID the list is filtered by: the member picked while the text still shows them, or a whole
 * account ID typed; nothing for a name fragment not picked yet (ListTasks' Owner filter is an exact ID).
 */
export function ownerFilterValue({ text, picked }: OwnerFilter): string {
  if (picked && text === picked.label) return picked.userId;
  const typed = text.trim();
  return isAccountId(typed) ? typed : '';
}

/** The task list's owner filter: a member picked by name or ID; free text (an account ID) when members cannot be listed. */
export function MemberFilter({
  value,
  onChange,
}: {
  value: OwnerFilter;
  onChange: (next: OwnerFilter) => void;
}) {
  const m = useWorkspaceMessages();
  const id = useId();
  const [open, setOpen] = useState(false);
  const search = value.picked && value.text === value.picked.label ? '' : value.text;
  const found = useMemberSearch(search, open);
  const fallback = lookupFallback(found.error);
  const options = found.members.map((member) => memberOption(m, member));
  const filtering = ownerFilterValue(value);
  const note = fallback
    ? m.lookupFailed.members(fallback.code)
    : value.picked && filtering === value.picked.userId
      ? m.filteringBy(value.picked.label)
      : m.ownerFilterHelp;

  return (
    <div className="flex w-72 max-w-full flex-col gap-1 text-sm">
      <label htmlFor={id}>{m.ownerFilter}</label>
      <Combobox
        plain={Boolean(fallback)}
        open={open}
        onOpenChange={setOpen}
        listLabel={m.ownerFilter}
        status={
          found.pending
            ? m.searching
            : options.length === 0
              ? m.noMatch
              : m.resultCount(options.length, Math.max(found.total, options.length))
        }
        emptyText={found.pending ? m.searching : m.noMatch}
        options={options.map((option) => ({ key: option.value, content: <OptionContent option={option} /> }))}
        onPick={(userId) => {
          const member = found.members.find((x) => x.UserId === userId);
          const label = personLabel(userId, member?.Name);
          onChange({ text: label, picked: { userId, label } });
          setOpen(false);
        }}
        inputProps={{
          id,
          type: 'search',
          value: value.text,
          placeholder: m.ownerFilterPlaceholder,
          'aria-describedby': describedBy(`${id}-note`),
          onChange: (e) => onChange({ ...value, text: e.target.value }),
          className: `${inputClass} w-full`,
        }}
      />
      <p
        id={`${id}-note`}
        className="text-xs text-slate-600 dark:text-slate-400"
        data-testid="owner-filter-note"
      >
        {note}
      </p>
    </div>
  );
}

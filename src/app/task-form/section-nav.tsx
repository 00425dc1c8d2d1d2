import { useI18n } from '../i18n/i18n.tsx';
import { TASK_SECTIONS, type SectionId } from './task-sections.ts';

/**
 * Links to every section (`#<section id>`); the ones holding invalid fields are marked. useSectionDeepLink
 * completes a click: the fragment kept, the section's parts mounted, scrolled to and its heading focused.
 */
export function SectionNav({
  invalid,
  onOpen,
}: {
  invalid: Set<SectionId>;
  onOpen: (id: SectionId) => void;
}) {
  const { t } = useI18n();
  return (
    <nav aria-label={t.sectionNav} className="text-sm lg:sticky lg:top-4 lg:self-start">
      <h2 className="mb-2 font-semibold">{t.sectionNav}</h2>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 lg:flex-col">
        {TASK_SECTIONS.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              onClick={() => onOpen(section.id)}
              data-invalid={invalid.has(section.id) || undefined}
              className="rounded text-orange-800 hover:underline focus-visible:outline-2 focus-visible:outline-orange-600 data-invalid:font-semibold data-invalid:text-red-700 dark:text-orange-300 dark:data-invalid:text-red-400"
            >
              {t.section[section.id]}
              {invalid.has(section.id) && (
                <>
                  {' '}
                  <span aria-hidden="true">●</span>
                  <span className="sr-only">({t.sectionHasErrors})</span>
                </>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { Suspense, useMemo, type ReactNode } from 'react';
import { lazyComponent } from '../components/lazy-component.ts';
import { WhenNearViewport } from '../components/when-near-viewport.tsx';
import { useFormContext } from 'react-hook-form';
import type { TaskForm } from '#domain/task/task-form';
import { useI18n } from '../i18n/i18n.tsx';
import { dependenciesHeight } from './dependencies-height.ts';
import { DataSourceSection } from './data-source-section.tsx';
import { FormSection } from './form-section.tsx';
import { GeneralSection } from './general-section.tsx';
import { RerunSection } from './rerun-section.tsx';
import { RuntimeResourceSection } from './runtime-resource-section.tsx';
import { ScriptSection } from './script-section.tsx';
import { TagsSection } from './tags-section.tsx';
import { TaskOutputsSection } from './task-outputs-section.tsx';
import { TASK_SECTIONS, type SectionId } from './task-sections.ts';
import { TriggerSection } from './trigger-section.tsx';
import { VariablesSection } from './variables-section.tsx';

// Its code loads when the reader comes near it: the first paint of /tasks/:id does not need it.
const DependenciesSection = lazyComponent(() =>
  import('./dependencies-section.tsx').then((m) => m.DependenciesSection),
);

/** Every section of the form in page order, collapsible, the ones holding errors marked. */
export function EditorSections({
  invalid,
  isExpanded,
  onToggle,
}: {
  invalid: ReadonlySet<SectionId>;
  isExpanded: (id: SectionId) => boolean;
  onToggle: (id: SectionId) => void;
}) {
  const { t } = useI18n();
  // The count of dependencies when the page opens, for the height their section's placeholder reserves.
  const { getValues } = useFormContext<TaskForm>();
  // Stable elements: a re-render of the editor (its error count, dirty flag) does not re-render every section,
  // so typing stays within a frame in a task with a thousand variables.
  const content: Record<SectionId, ReactNode> = useMemo(
    () => ({
      general: <GeneralSection />,
      rerun: <RerunSection />,
      script: <ScriptSection />,
      trigger: <TriggerSection />,
      'runtime-resource': <RuntimeResourceSection />,
      'data-source': <DataSourceSection />,
      'input-variables': <VariablesSection name="Inputs.Variables" label={t.section['input-variables']} />,
      'output-variables': <VariablesSection name="Outputs.Variables" label={t.section['output-variables']} />,
      'task-outputs': <TaskOutputsSection />,
      dependencies: (
        <WhenNearViewport
          estimatedHeight={dependenciesHeight(
            getValues('Dependencies')?.length ?? 0,
            typeof window === 'undefined' ? 1024 : window.innerWidth,
          )}
          preload={DependenciesSection.preload}
          label={t.deferredDependencies}
        >
          <Suspense fallback={<p role="status">{t.loading}</p>}>
            <DependenciesSection />
          </Suspense>
        </WhenNearViewport>
      ),
      tags: <TagsSection />,
    }),
    [t, getValues],
  );
  const descriptions: Partial<Record<SectionId, string>> = {
    'input-variables': t.inputsHelp,
    'output-variables': t.outputVariablesHelp,
    'task-outputs': t.taskOutputsHelp,
    dependencies: t.dependenciesHelp,
    tags: t.tagsHelp,
  };
  return TASK_SECTIONS.map((section) => (
    <FormSection
      key={section.id}
      id={section.id}
      title={t.section[section.id]}
      description={descriptions[section.id]}
      expanded={isExpanded(section.id)}
      invalid={invalid.has(section.id)}
      onToggle={() => onToggle(section.id)}
    >
      {content[section.id]}
    </FormSection>
  ));
}

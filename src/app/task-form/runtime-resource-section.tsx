import { TextField } from '../components/form/form-field.tsx';
import { optionalText } from '../components/form/form-values.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ImageField, ResourceGroupField } from '../workspace/workspace-fields.tsx';

export function RuntimeResourceSection() {
  const { t } = useI18n();
  return (
    <>
      {/* Picked from the workspace's scheduling resource groups; its identifier is the value. */}
      <ResourceGroupField />
      <div className="grid gap-4 sm:grid-cols-2">
        <ImageField />
        {/* Cu is a decimal string on the wire ("0.25"), so a text input keeps it exactly as typed. */}
        <TextField
          name="RuntimeResource.Cu"
          label={t.fieldCu}
          help={t.fieldCuHelp}
          registerOptions={optionalText}
          inputMode="decimal"
          className="w-32 font-mono"
        />
      </div>
    </>
  );
}

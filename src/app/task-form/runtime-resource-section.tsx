import { TextField } from '../components/form/form-field.tsx';
import { optionalText } from '../components/form/form-values.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function RuntimeResourceSection() {
  const { t } = useI18n();
  return (
    <>
      <TextField
        name="RuntimeResource.ResourceGroupId"
        label={t.fieldResourceGroupId}
        help={t.fieldResourceGroupIdHelp}
        className="font-mono"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="RuntimeResource.Image"
          label={t.fieldImage}
          help={t.fieldImageHelp}
          className="font-mono"
        />
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

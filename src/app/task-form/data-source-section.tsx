import { TextField } from '../components/form/form-field.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export function DataSourceSection() {
  const { t } = useI18n();
  return (
    <TextField
      name="DataSource.Name"
      label={t.fieldDataSourceName}
      help={t.fieldDataSourceNameHelp}
      className="font-mono"
    />
  );
}

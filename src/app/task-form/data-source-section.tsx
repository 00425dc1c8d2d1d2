import { DataSourceField } from '../workspace/workspace-fields.tsx';

/** DataSource.Name, picked from the workspace's data sources by name. */
export function DataSourceSection() {
  return <DataSourceField />;
}

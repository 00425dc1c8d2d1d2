import '#domain/cron/cron-words-zh-cn';
import type { AppCatalogue } from './catalogue.ts';
import { zhCN as batch } from './batch/batch-messages.zh-CN.ts';
import { zhCN as batchUi } from './batch/batch-ui-messages.zh-CN.ts';
import { zhCN as cron } from './cron-builder/cron-messages.zh-CN.ts';
import { zhCN as dependency } from './dependency-picker/dependency-messages.zh-CN.ts';
import { zhCN as drafts } from './drafts/draft-messages.zh-CN.ts';
import { zhCN as history } from './history/history-messages.zh-CN.ts';
import { zhCN as t } from './i18n/messages.zh-CN.ts';
import { zhCN as review } from './review/review-messages.zh-CN.ts';
import { zhCN as workspace } from './workspace/workspace-messages.zh-CN.ts';

export const catalogue: AppCatalogue = {
  t,
  batch,
  batchUi,
  cron,
  dependency,
  drafts,
  history,
  review,
  workspace,
};

import type { AppCatalogue } from './catalogue.ts';
import { en as batch } from './batch/batch-messages.en.ts';
import { en as batchUi } from './batch/batch-ui-messages.en.ts';
import { en as cron } from './cron-builder/cron-messages.en.ts';
import { en as dependency } from './dependency-picker/dependency-messages.en.ts';
import { en as drafts } from './drafts/draft-messages.en.ts';
import { en as history } from './history/history-messages.en.ts';
import { en as t } from './i18n/messages.en.ts';
import { en as review } from './review/review-messages.en.ts';
import { en as workspace } from './workspace/workspace-messages.en.ts';

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

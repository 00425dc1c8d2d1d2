import type { TaskRefusal } from '#domain/batch/apply-operations';
import type { Locale } from '../i18n/messages.ts';
import { localizeValidationMessage } from '../i18n/localize-validation-message.ts';
import type { BatchMessages } from './batch-messages.ts';

/** A refused task's reason in the reader's language. */
export function describeRefusal(reason: TaskRefusal, m: BatchMessages, locale: Locale): string {
  switch (reason.code) {
    case 'invalid-value':
      return m.refusal['invalid-value'](
        reason,
        reason.issues.map((i) => `${i.path}: ${localizeValidationMessage(i.message, locale)}`).join('; '),
      );
    case 'manual-trigger':
      return m.refusal['manual-trigger'](reason);
    case 'no-cron':
      return m.refusal['no-cron'](reason);
    case 'sub-daily':
      return m.refusal['sub-daily'](reason);
    case 'cron-unreadable':
      return m.refusal['cron-unreadable'](reason);
    case 'cycle-type-change':
      return m.refusal['cycle-type-change'](reason);
    case 'duplicate-task':
      return m.refusal['duplicate-task'](reason);
    case 'changed-since':
      return m.refusal['changed-since'](reason);
  }
}

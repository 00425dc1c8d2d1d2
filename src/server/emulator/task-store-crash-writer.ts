import { createDemoProject } from './demo-project.ts';
import { openTaskStore } from './task-store.ts';

// Test helper run as a child process: writes versions of one task as fast as it can and prints each
// committed one, until the test kills it with SIGKILL mid-write.
const [dataDir = '', taskId = ''] = process.argv.slice(2);
const store = openTaskStore(dataDir);
if (store.count() === 0) {
  const project = createDemoProject();
  store.seed(project.tasks, project.clientUniqueCodes);
}
for (let n = 1; ; n++) {
  const previous = store.getTask(taskId)!;
  store.saveTask({ ...previous, Description: `write ${n}`, ModifyTime: n }, previous);
  process.stdout.write(`committed ${n}\n`);
}

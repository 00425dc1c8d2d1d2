import { toStableJson } from '#domain/task/task-form';

/** Snapshots of the form's values for undo and redo; the caller records one per burst of typing. */
export class UndoHistory<T> {
  private past: T[] = [];
  private future: T[] = [];

  constructor(
    private present: T,
    private readonly limit = 200,
  ) {}

  /** Records a snapshot; returns false when it equals the present one. */
  record(value: T): boolean {
    if (toStableJson(value) === toStableJson(this.present)) return false;
    this.past.push(this.present);
    if (this.past.length > this.limit) this.past.shift();
    this.present = value;
    this.future = [];
    return true;
  }

  undo(): T | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(this.present);
    this.present = previous;
    return previous;
  }

  redo(): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(this.present);
    this.present = next;
    return next;
  }

  reset(value: T): void {
    this.past = [];
    this.future = [];
    this.present = value;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }
}

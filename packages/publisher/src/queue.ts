/**
 * Waiting changes, debounced and coalesced: a build starts after a quiet period (or at the latest
 * `maxWaitMs` after the first waiting change), takes every change waiting, and never overlaps
 * another; changes that arrive during a build make exactly one more build after it.
 */
import type { Change, PublisherStatus } from './status';

export interface Batch {
  changes: Change[];
  startedAt: string;
  /** Some change asked for a forced build (`POST /rebuild?force=1`). */
  force: boolean;
}

export interface QueueOptions {
  /** Quiet time after the last change before a build starts. */
  debounceMs: number;
  /** A build starts at the latest this long after the first waiting change. */
  maxWaitMs: number;
  /** Runs one build; it reports its own failures, so it never rejects. */
  run: (batch: Batch) => Promise<void>;
}

export class PublishQueue {
  private pending: Change[] = [];
  private current: Batch | undefined;
  private running: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private firstPendingAt = 0;
  private forceNext = false;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly options: QueueOptions) {}

  get state(): PublisherStatus['state'] {
    if (this.running) return 'building';
    return this.pending.length > 0 ? 'queued' : 'idle';
  }

  /** The queue's part of the status. */
  snapshot(): Pick<PublisherStatus, 'state' | 'pending' | 'building'> {
    const building = this.current && { startedAt: this.current.startedAt, changes: this.current.changes };
    return { state: this.state, pending: [...this.pending], ...(building ? { building } : {}) };
  }

  enqueue(change: Change, force = false): void {
    this.pending.push(change);
    this.forceNext ||= force;
    if (this.pending.length === 1) this.firstPendingAt = Date.now();
    this.schedule();
  }

  /** Resolves once nothing is waiting or building. */
  idle(): Promise<void> {
    if (this.state === 'idle') return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private schedule(): void {
    if (this.running) return; // the running build schedules the next one when it ends
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.options.debounceMs, this.firstPendingAt + this.options.maxWaitMs - Date.now()));
    this.timer = setTimeout(() => this.start(), wait);
  }

  private start(): void {
    const batch: Batch = { changes: this.pending.splice(0), startedAt: new Date().toISOString(), force: this.forceNext };
    this.forceNext = false;
    this.current = batch;
    this.running = this.options.run(batch).finally(() => {
      this.running = undefined;
      this.current = undefined;
      if (this.pending.length > 0) {
        this.firstPendingAt = Date.now();
        this.schedule();
      } else {
        for (const resolve of this.idleWaiters.splice(0)) resolve();
      }
    });
  }
}

"""A priority-queue task scheduler built on heapq: priorities, FIFO tie-breaking, delayed tasks,
cancellation, retries with back-off and dependencies between tasks."""
import heapq
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class Entry:
    run_at: int
    priority: int
    seq: int
    task: "Task" = field(compare=False)


@dataclass
class Task:
    name: str
    priority: int = 5
    duration: int = 1
    fails: int = 0
    after: tuple = ()
    attempts: int = 0
    state: str = "pending"


class TaskFailed(RuntimeError):
    pass


class Scheduler:
    def __init__(self, max_retries=2):
        self.heap = []
        self.counter = itertools.count()
        self.clock = 0
        self.tasks = {}
        self.timeline = []
        self.max_retries = max_retries

    def submit(self, task, delay=0):
        self.tasks[task.name] = task
        heapq.heappush(self.heap, Entry(self.clock + delay, task.priority, next(self.counter), task))

    def cancel(self, name):
        task = self.tasks.get(name)
        if task and task.state == "pending":
            task.state = "cancelled"
            return True
        return False

    def execute(self, task):
        task.attempts += 1
        if task.attempts <= task.fails:
            raise TaskFailed(f"{task.name} failed on attempt {task.attempts}")
        self.clock += task.duration

    def run(self):
        while self.heap:
            entry = heapq.heappop(self.heap)
            task = entry.task
            if task.state == "cancelled":
                self.timeline.append((self.clock, task.name, "skipped"))
                continue
            self.clock = max(self.clock, entry.run_at)
            blocked = [d for d in task.after if self.tasks[d].state != "done"]
            if any(self.tasks[d].state in ("failed", "cancelled") for d in blocked):
                task.state = "failed"
                self.timeline.append((self.clock, task.name, "dependency lost"))
                continue
            if blocked:
                heapq.heappush(self.heap, Entry(self.clock + 1, task.priority, next(self.counter), task))
                continue
            try:
                self.execute(task)
            except TaskFailed as exc:
                if task.attempts > self.max_retries:
                    task.state = "failed"
                    self.timeline.append((self.clock, task.name, f"gave up: {exc}"))
                else:
                    backoff = 2 ** task.attempts
                    self.timeline.append((self.clock, task.name, f"retry in {backoff}"))
                    self.submit(task, delay=backoff)
            else:
                task.state = "done"
                self.timeline.append((self.clock, task.name, "done"))


s = Scheduler()
s.submit(Task("compile", priority=1, duration=3))
s.submit(Task("lint", priority=3))
s.submit(Task("test", priority=2, duration=4, after=("compile",)))
s.submit(Task("flaky-upload", priority=2, fails=2, after=("test",)))
s.submit(Task("broken", priority=4, fails=5))
s.submit(Task("notify", priority=9, after=("broken",)))
s.submit(Task("report", priority=1), delay=20)
s.submit(Task("docs", priority=3, duration=2))
s.submit(Task("cleanup", priority=5))
print("cancel cleanup:", s.cancel("cleanup"), "cancel again:", s.cancel("cleanup"))
s.run()
for when, name, what in s.timeline:
    print(f"t={when:>3}  {name:<13} {what}")
states = {}
for t in s.tasks.values():
    states.setdefault(t.state, []).append(t.name)
print({k: sorted(v) for k, v in sorted(states.items())})
print("attempts:", {n: t.attempts for n, t in s.tasks.items() if t.attempts != 1})
print(Entry(1, 2, 3, None) < Entry(1, 3, 0, None), Task("x"))

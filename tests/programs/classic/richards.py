"""Richards: a simulation of a tiny operating-system scheduler with tasks, packets and devices.

Written from the description of Martin Richards' benchmark: an idle task, a worker task, two
handler tasks and two device tasks exchange packets; the run reports the counters it ends with.
"""

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue

    def __repr__(self):
        return f"Packet(id={self.ident}, kind={self.kind}, datum={self.datum})"


class TaskState:
    def __init__(self, waiting_packet=False, waiting=False, held=False):
        self.packet_pending = waiting_packet
        self.task_waiting = waiting
        self.task_holding = held

    def is_held_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.queue_count = 0
        self.hold_count = 0
        self.current = None
        self.head = None
        self.trace = []

    def add(self, task):
        self.tasks[task.ident] = task
        task.next_task = self.head
        self.head = task

    def schedule(self):
        self.current = self.head
        while self.current is not None:
            task = self.current
            if task.state.is_held_or_waiting():
                self.current = task.next_task
                continue
            if len(self.trace) < 40:
                self.trace.append(str(task.ident))
            packet = None
            if task.state.is_waiting_with_packet():
                packet = task.queue
                task.queue = packet.link
                task.state.packet_pending = task.queue is not None
                task.state.task_waiting = False
            self.current = task.run(packet)

    def find(self, ident):
        task = self.tasks.get(ident)
        if task is None:
            raise LookupError(f"no task {ident}")
        return task

    def release(self, ident):
        task = self.find(ident)
        task.state.task_holding = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.state.task_holding = True
        return self.current.next_task

    def wait(self):
        self.current.state.task_waiting = True
        return self.current

    def queue_packet(self, packet):
        task = self.find(packet.ident)
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        if task.queue is None:
            task.queue = packet
            task.state.packet_pending = True
            if task.priority > self.current.priority:
                return task
        else:
            task.queue = packet.append_to(task.queue)
        return self.current


class Task:
    def __init__(self, scheduler, ident, priority, queue, state):
        self.sched = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.next_task = None
        scheduler.add(self)


class IdleTask(Task):
    def __init__(self, scheduler, count):
        super().__init__(scheduler, IDLE, 0, None, TaskState())
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control //= 2
            return self.sched.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        super().__init__(scheduler, WORKER, 1000, queue, TaskState(True, True))
        self.destination = HANDLER_A
        self.counter = 0

    def run(self, packet):
        if packet is None:
            return self.sched.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.counter = self.counter % 26 + 1
            packet.data[i] = ord("A") + self.counter - 1
        return self.sched.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, TaskState(True, True))
        self.work_in = None
        self.device_in = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        if self.work_in is not None:
            work = self.work_in
            count = work.datum
            if count < BUFFER_SIZE:
                if self.device_in is not None:
                    device = self.device_in
                    self.device_in = device.link
                    device.datum = work.data[count]
                    work.datum = count + 1
                    return self.sched.queue_packet(device)
            else:
                self.work_in = work.link
                return self.sched.queue_packet(work)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None, TaskState(False, True))
        self.pending = None
        self.output = []

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait()
            done, self.pending = self.pending, None
            return self.sched.queue_packet(done)
        self.pending = packet
        self.output.append(chr(packet.datum))
        return self.sched.hold_self()


def build_queue(count, ident, kind):
    queue = None
    for _ in range(count):
        queue = Packet(queue, ident, kind)
    return queue


def run(idle_count):
    sched = Scheduler()
    IdleTask(sched, idle_count)
    WorkerTask(sched, build_queue(2, IDLE, KIND_WORK))
    HandlerTask(sched, HANDLER_A, 2000, build_queue(3, DEVICE_A, KIND_DEVICE))
    HandlerTask(sched, HANDLER_B, 3000, build_queue(3, DEVICE_B, KIND_DEVICE))
    DeviceTask(sched, DEVICE_A, 4000)
    DeviceTask(sched, DEVICE_B, 5000)
    sched.schedule()
    return sched


for count in (10, 100, 1000, 3000):
    s = run(count)
    a = "".join(s.find(DEVICE_A).output)
    b = "".join(s.find(DEVICE_B).output)
    print(f"idle={count:5d} queued={s.queue_count:6d} held={s.hold_count:6d}")
    print("  device A:", len(a), a[:32])
    print("  device B:", len(b), b[:32])
    print("  trace:", "".join(s.trace))
    print("  worker counter:", s.find(WORKER).counter)

try:
    run(5).find(42)
except LookupError as exc:
    print("lookup error:", exc)
print(repr(Packet(None, 3, KIND_WORK)))

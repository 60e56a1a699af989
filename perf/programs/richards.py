# Richards: an operating-system task scheduler simulation (object-heavy: attribute access, method calls).
# Written for Jit after the shape of Martin Richards' classic benchmark: an idle task, a worker,
# two handlers and two devices exchange packets through a priority-ordered task list.
import sys

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
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue, state):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = state[0]
        self.waiting = state[1]
        self.held = state[2]
        self.link = scheduler.task_list
        scheduler.task_list = self
        scheduler.table[ident] = self

    def waiting_with_packet(self):
        return self.packet_pending and self.waiting and not self.held

    def blocked(self):
        return self.held or (not self.packet_pending and self.waiting)

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def take_packet(self):
        packet = self.queue
        self.queue = packet.link
        self.packet_pending = self.queue is not None
        self.waiting = False
        return packet


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        super().__init__(scheduler, ident, priority, None, (False, False, False))
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, (True, True, False))
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return self.scheduler.queue(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, (True, True, False))
        self.work_packets = None
        self.device_packets = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_packets = packet.append_to(self.work_packets)
            else:
                self.device_packets = packet.append_to(self.device_packets)
        if self.work_packets is not None:
            work = self.work_packets
            count = work.datum
            if count >= BUFFER_SIZE:
                self.work_packets = work.link
                return self.scheduler.queue(work)
            if self.device_packets is not None:
                device = self.device_packets
                self.device_packets = device.link
                device.datum = work.data[count]
                work.datum = count + 1
                return self.scheduler.queue(device)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None, (False, True, False))
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait()
            done = self.pending
            self.pending = None
            return self.scheduler.queue(done)
        self.pending = packet
        return self.scheduler.hold_self()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.table = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def run(self):
        task = self.task_list
        while task is not None:
            if task.blocked():
                task = task.link
            else:
                self.current = task
                task = task.step(task.take_packet() if task.waiting_with_packet() else None)

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def queue(self, packet):
        target = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return target.add_packet(packet, self.current)


def richards(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    work = Packet(None, 0, KIND_WORK)
    work = Packet(work, 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, work)
    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        q = Packet(None, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        HandlerTask(s, handler, 2000 + handler - HANDLER_A, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.run()
    return s.queue_count, s.hold_count


iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 10
for _ in range(iterations):
    result = richards(10000)
print(f"richards x{iterations}: queue count {result[0]}, hold count {result[1]}")

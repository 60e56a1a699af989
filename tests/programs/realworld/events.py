"""An event bus with callbacks registered through decorators: priorities, one-shot listeners,
wildcard topics, stopping propagation, and error isolation between handlers."""
import functools
from collections import defaultdict


class StopPropagation(Exception):
    pass


class EventBus:
    def __init__(self):
        self.listeners = defaultdict(list)
        self.errors = []
        self.seq = 0

    def on(self, topic, priority=0, once=False):
        def register(fn):
            self.seq += 1
            self.listeners[topic].append((-priority, self.seq, fn, once))
            self.listeners[topic].sort(key=lambda entry: entry[:2])
            return fn
        return register

    def once(self, topic, priority=0):
        return self.on(topic, priority, once=True)

    def matching(self, topic):
        found = []
        for pattern, entries in self.listeners.items():
            if pattern == topic or (pattern.endswith(".*") and topic.startswith(pattern[:-1])) or pattern == "*":
                found.extend((entry, pattern) for entry in entries)
        return sorted(found, key=lambda pair: pair[0][:2])

    def emit(self, topic, **payload):
        called = []
        for entry, pattern in self.matching(topic):
            fn, once = entry[2], entry[3]
            if once:
                self.listeners[pattern].remove(entry)
            try:
                result = fn(topic, **payload)
            except StopPropagation:
                called.append(f"{fn.__name__}(stop)")
                break
            except Exception as exc:
                self.errors.append((topic, fn.__name__, repr(exc)))
                called.append(f"{fn.__name__}(error)")
                continue
            called.append(fn.__name__ if result is None else f"{fn.__name__}={result}")
        return called


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


bus = EventBus()
audit = []


@bus.on("*", priority=-10)
def auditor(topic, **payload):
    audit.append((topic, tuple(sorted(payload))))


@bus.on("user.created", priority=5)
@counted
def validate(topic, name="", **_):
    if not name:
        raise StopPropagation
    return len(name)


@bus.on("user.created")
def welcome(topic, name="", **_):
    return f"hello {name}"


@bus.once("user.created")
def first_user_bonus(topic, name="", **_):
    return f"bonus for {name}"


@bus.on("user.*", priority=1)
def user_logger(topic, **payload):
    return topic.split(".")[1]


@bus.on("order.paid")
def explode(topic, amount, **_):
    return 100 // amount


for topic, payload in [("user.created", {"name": "ann"}), ("user.created", {"name": "bob"}),
                       ("user.created", {}), ("user.deleted", {"name": "ann"}),
                       ("order.paid", {"amount": 4}), ("order.paid", {"amount": 0}),
                       ("order.refunded", {"amount": 3})]:
    print(f"{topic:<15}{str(payload):<18}->", bus.emit(topic, **payload))
print("validate called", validate.calls, "times; name kept:", validate.__name__)
print("errors:", bus.errors)
print("audit:", audit)
print("listener counts:", {t: len(v) for t, v in bus.listeners.items()})

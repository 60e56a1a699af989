"""A simple dependency injector: providers registered by type or name, constructor injection
from type annotations, singleton and transient scopes, factories, cycle detection, optional
dependencies with defaults, and child containers that override registrations."""
import inspect


class ResolutionError(Exception):
    pass


class Container:
    def __init__(self, parent=None):
        self.parent = parent
        self.providers = {}
        self.singletons = {}
        self.resolving = []
        self.created = []

    def register(self, key, provider=None, singleton=False):
        def decorate(target):
            self.providers[key] = (target, singleton)
            return target
        return decorate(provider) if provider is not None else decorate

    def value(self, key, obj):
        self.singletons[key] = obj

    def _lookup(self, key):
        c = self
        while c is not None:
            if key in c.singletons:
                return ("value", c.singletons[key], c)
            if key in c.providers:
                return ("provider", c.providers[key], c)
            c = c.parent
        return None

    def resolve(self, key):
        name = getattr(key, "__name__", key)
        found = self._lookup(key)
        if found is None:
            if isinstance(key, type):
                found = ("provider", (key, False), self)
            else:
                raise ResolutionError(f"nothing registered for {name!r}")
        kind, payload, owner = found
        if kind == "value":
            return payload
        target, singleton = payload
        if key in self.resolving:
            chain = " -> ".join(getattr(k, "__name__", k) for k in self.resolving + [key])
            raise ResolutionError(f"cycle: {chain}")
        self.resolving.append(key)
        try:
            obj = self.build(target)
        finally:
            self.resolving.pop()
        if singleton:
            owner.singletons[key] = obj
        self.created.append(name)
        return obj

    def build(self, target):
        kwargs = {}
        for pname, param in inspect.signature(target).parameters.items():
            dep = param.annotation if param.annotation is not inspect.Parameter.empty else pname
            try:
                kwargs[pname] = self.resolve(dep)
            except ResolutionError:
                if param.default is inspect.Parameter.empty:
                    raise
                kwargs[pname] = param.default
        return target(**kwargs)

    def child(self):
        return Container(self)


class Config:
    def __init__(self, dsn: "dsn", debug: "debug" = False):
        self.dsn, self.debug = dsn, debug


class Database:
    def __init__(self, config: Config):
        self.config = config
        self.queries = 0

    def query(self, sql):
        self.queries += 1
        return f"[{self.config.dsn}] {sql}"


class UserRepo:
    def __init__(self, db: Database, table: "table" = "users"):
        self.db, self.table = db, table

    def find(self, uid):
        return self.db.query(f"SELECT * FROM {self.table} WHERE id={uid}")


class Mailer:
    def __init__(self, sender: "sender"):
        self.sender = sender


class Service:
    def __init__(self, users: UserRepo, mailer: Mailer, clock: "clock" = None):
        self.users, self.mailer, self.clock = users, mailer, clock


app = Container()
app.value("dsn", "sqlite://main")
app.value("sender", "noreply@example.com")
app.register(Config, singleton=True)(Config)
app.register(Database, singleton=True)(Database)


@app.register("clock")
def make_clock():
    ticks = iter(range(100, 200, 7))
    return lambda: next(ticks)


svc = app.resolve(Service)
print(svc.users.find(42), "|", svc.mailer.sender, "| clock:", svc.clock(), svc.clock())
again = app.resolve(Service)
print("same db:", again.users.db is svc.users.db, "same repo:", again.users is svc.users, "table:", svc.users.table)
print("queries:", svc.users.db.queries, "debug:", svc.users.db.config.debug)
print("created:", app.created)
test = app.child()
test.value("dsn", "memory://")
test.value("table", "test_users")
test.register(Database, singleton=True)(Database)
test.register(Config)(Config)
t = test.resolve(UserRepo)
print("child:", t.find(1), "| parent unaffected:", app.resolve(UserRepo).find(1))
print("child singleton is new:", t.db is not svc.users.db, "created:", test.created)


class A:
    def __init__(self, b: "B"):
        pass


class B:
    def __init__(self, a: A):
        pass


app.register("B", B)
for key in (A, "missing", Mailer):
    try:
        app.resolve(key) if key != Mailer else Container().resolve(Mailer)
    except ResolutionError as exc:
        print("error:", exc)

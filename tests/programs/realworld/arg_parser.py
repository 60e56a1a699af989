"""A command-line argument parser written by hand and run over fixed argument lists: flags,
options with values (--name=value, --name value, -n value, bundled short flags), typed
conversion, choices, repeated options, defaults, positionals, '--', subcommands and usage."""


class UsageError(Exception):
    pass


class Option:
    def __init__(self, long, short=None, kind=str, default=None, flag=False, choices=None, repeat=False, help=""):
        self.long, self.short, self.kind = long, short, kind
        self.default = [] if repeat else (False if flag else default)
        self.flag, self.choices, self.repeat, self.help = flag, choices, repeat, help

    @property
    def dest(self):
        return self.long.replace("-", "_")

    def convert(self, raw):
        try:
            value = self.kind(raw)
        except ValueError:
            raise UsageError(f"--{self.long}: invalid {self.kind.__name__} value {raw!r}") from None
        if self.choices and value not in self.choices:
            raise UsageError(f"--{self.long}: {value!r} not in {sorted(self.choices)}")
        return value


class Parser:
    def __init__(self, prog, positionals=(), options=(), commands=None):
        self.prog, self.positionals, self.options = prog, list(positionals), list(options)
        self.commands = commands or {}
        self.by_long = {o.long: o for o in self.options}
        self.by_short = {o.short: o for o in self.options if o.short}

    def usage(self):
        parts = [self.prog] + [f"[--{o.long}{'' if o.flag else ' ' + o.kind.__name__.upper()}]" for o in self.options]
        parts += self.positionals + ([("{" + ",".join(self.commands) + "}")] if self.commands else [])
        return "usage: " + " ".join(parts)

    def parse(self, argv):
        result = {o.dest: o.default for o in self.options}
        result = {k: (list(v) if isinstance(v, list) else v) for k, v in result.items()}
        rest, args = [], list(argv)
        while args:
            arg = args.pop(0)
            if arg == "--":
                rest.extend(args)
                break
            if arg.startswith("--"):
                name, eq, raw = arg[2:].partition("=")
                opt = self.by_long.get(name)
                if opt is None:
                    raise UsageError(f"unknown option --{name}")
                self._apply(opt, raw if eq else None, args, result)
            elif arg.startswith("-") and len(arg) > 1 and not arg[1:].lstrip("-").replace(".", "").isdigit():
                for i, ch in enumerate(arg[1:]):
                    opt = self.by_short.get(ch)
                    if opt is None:
                        raise UsageError(f"unknown option -{ch}")
                    if not opt.flag:
                        self._apply(opt, arg[i + 2:] or None, args, result)
                        break
                    self._apply(opt, None, args, result)
            elif self.commands and len(rest) >= len(self.positionals) and arg in self.commands:
                result["command"] = arg
                result.update(self.commands[arg].parse(args))
                args = []
            else:
                rest.append(arg)
        if len(rest) < len(self.positionals):
            raise UsageError(f"missing {', '.join(self.positionals[len(rest):])}")
        result.update(zip(self.positionals, rest))
        result["extra"] = rest[len(self.positionals):]
        return result

    def _apply(self, opt, raw, args, result):
        if opt.flag:
            if raw is not None:
                raise UsageError(f"--{opt.long} takes no value")
            result[opt.dest] = True
            return
        if raw is None:
            if not args:
                raise UsageError(f"--{opt.long} needs a value")
            raw = args.pop(0)
        value = opt.convert(raw)
        if opt.repeat:
            result[opt.dest].append(value)
        else:
            result[opt.dest] = value


push = Parser("push", ["remote"], [Option("force", "f", flag=True), Option("tags", flag=True)])
tool = Parser("tool", ["source"], [
    Option("verbose", "v", flag=True), Option("quiet", "q", flag=True),
    Option("level", "l", int, 1, choices={0, 1, 2, 3}), Option("output", "o", default="-"),
    Option("include", "I", repeat=True), Option("ratio", kind=float, default=0.5),
], commands={"push": push})
print(tool.usage())
print(push.usage())
CASES = [
    ["in.txt"], ["-vq", "in.txt", "more", "args"], ["--level=3", "-o", "out.txt", "src"],
    ["-l2", "-Iinc", "-I", "lib", "--include=vendor", "x"], ["--ratio", "-0.25", "--", "-v", "--level"],
    ["a.c", "push", "origin", "-f"], ["--level", "7", "x"], ["--level", "high", "x"], ["--colour", "x"],
    ["-x"], ["--output"], [], ["--verbose=yes", "x"], ["s", "push"],
]
for argv in CASES:
    try:
        parsed = tool.parse(argv)
        shown = {k: v for k, v in parsed.items() if k in ("command", "source", "remote", "extra") or v != tool.by_long.get(k.replace("_", "-"), Option("?")).default}
        print(f"{' '.join(argv):<40} -> {shown}")
    except UsageError as exc:
        print(f"{' '.join(argv):<40} !! {exc}")

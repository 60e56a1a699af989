"""String constants and capwords."""

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _pattern_text(idpattern):
    # (?a:...) marks ASCII-only matching; the classes used here are ASCII already.
    if idpattern.startswith('(?a:') and idpattern.endswith(')'):
        return idpattern[4:-1]
    return idpattern


class Template:
    """$-substitution: $name, ${name} and $$ for a dollar sign. Subclasses may change delimiter,
    idpattern, braceidpattern, flags, or the whole pattern."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    pattern = None  # a whole custom pattern (escaped, named, braced and invalid groups)
    flags = None  # re.IGNORECASE, filled in when re is first needed

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls._compiled = None

    _compiled = None

    @classmethod
    def _regex(cls):
        if cls.__dict__.get('_compiled') is not None:
            return cls._compiled
        import re
        if cls.pattern is not None:
            pattern = cls.pattern
            compiled = re.compile(pattern, re.VERBOSE) if isinstance(pattern, str) else pattern
        else:
            delim = re.escape(cls.delimiter)
            ident = _pattern_text(cls.idpattern)
            braced = _pattern_text(cls.braceidpattern or cls.idpattern)
            text = (f'{delim}(?:(?P<escaped>{delim})|(?P<named>{ident})|'
                    f'{{(?P<braced>{braced})}}|(?P<invalid>))')
            flags = re.IGNORECASE if cls.flags is None else cls.flags
            compiled = re.compile(text, flags)
        cls._compiled = compiled
        return compiled

    def __init__(self, template):
        self.template = template

    def _invalid(self, match):
        i = match.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def substitute(self, mapping=None, /, **kws):
        mapping = _merged(mapping, kws)

        def convert(match):
            named = match.group('named') or match.group('braced')
            if named is not None:
                return str(mapping[named])
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                self._invalid(match)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self._regex().sub(convert, self.template)

    def safe_substitute(self, mapping=None, /, **kws):
        mapping = _merged(mapping, kws)

        def convert(match):
            named = match.group('named') or match.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return match.group()
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                return match.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self._regex().sub(convert, self.template)

    def is_valid(self):
        for match in self._regex().finditer(self.template):
            if match.group('invalid') is not None:
                return False
            if match.group('named') is None and match.group('braced') is None and match.group('escaped') is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for match in self._regex().finditer(self.template):
            named = match.group('named') or match.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif named is None and match.group('invalid') is None and match.group('escaped') is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return ids


def _merged(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    return _ChainLookup(kws, mapping)


class _ChainLookup:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    """str.format's machinery, with each step overridable."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each piece of the string."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _parse_format(text):
    pieces = []
    literal = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == '{':
            if i + 1 < n and text[i + 1] == '{':
                # an escaped brace ends a literal piece, as CPython's parser reports it
                literal.append('{')
                pieces.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if text[j] == '{':
                    depth += 1
                elif text[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = text[i + 1:j - 1]
            name_end = 0
            bracket = False
            while name_end < len(field):
                c = field[name_end]
                if c == '[':
                    bracket = True
                elif c == ']':
                    bracket = False
                elif not bracket and c in '!:':
                    break
                name_end += 1
            name = field[:name_end]
            conversion = None
            spec = ''
            rest = field[name_end:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(':'):
                spec = rest[1:]
            pieces.append((''.join(literal), name, spec, conversion))
            literal = []
            i = j
        elif ch == '}':
            if i + 1 < n and text[i + 1] == '}':
                # an escaped brace ends a literal piece, as CPython's parser reports it
                literal.append('}')
                pieces.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(ch)
            i += 1
    if literal:
        pieces.append((''.join(literal), None, None, None))
    return iter(pieces)


def _split_field_name(name):
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    key = int(first) if first.isdigit() else first
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.index(']', i)
            item = name[i + 1:j]
            rest.append((False, int(item) if item.isdigit() else item))
            i = j + 1
    return key, rest

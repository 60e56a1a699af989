"""Generates tests/Jit.Tests/Runtime/Text/MethodCases.g.cs: str and bytes method calls, '%'
formatting and str.format, with CPython 3.11's results (repr) or errors. Run with python3 from the
repo root."""

S, B = 'str', 'bytes'


def cs_str(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif 32 <= o < 127:
            out.append(ch)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return '"' + ''.join(out) + '"'


def cs_value(v):
    if v is None:
        return 'Value.None'
    if v is True or v is False:
        return 'Value.' + str(v)
    if isinstance(v, int):
        return 'I(%d)' % v if -2**63 <= v < 2**63 else 'Big("%d")' % v
    if isinstance(v, float):
        return 'F(%s)' % ('double.NaN' if v != v else 'double.PositiveInfinity' if v == float('inf') else repr(v))
    if isinstance(v, complex):
        return 'Complex(%r, %r)' % (v.real, v.imag)
    if isinstance(v, str):
        return 'S(%s)' % cs_str(v)
    if isinstance(v, bytes):
        return 'Bytes(%s)' % cs_str(v.decode('latin-1'))
    if isinstance(v, bytearray):
        return 'ByteArray(%s)' % cs_str(bytes(v).decode('latin-1'))
    if isinstance(v, slice):
        return 'Slice(%s, %s, %s)' % (cs_value(v.start), cs_value(v.stop), cs_value(v.step))
    if isinstance(v, tuple):
        return 'Tuple(%s)' % ', '.join(cs_value(x) for x in v)
    if isinstance(v, list):
        return 'List(%s)' % ', '.join(cs_value(x) for x in v)
    if isinstance(v, dict):
        return 'Dict(%s)' % ', '.join('%s, %s' % (cs_value(k), cs_value(x)) for k, x in v.items())
    raise TypeError(v)


def outcome(f):
    try:
        return repr(f())
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)


rows = []


def call(receiver, method, *args, **kwargs):
    target = receiver if receiver not in (S, B, 'bytearray') else {'str': str, 'bytes': bytes, 'bytearray': bytearray}[receiver]
    result = outcome(lambda: getattr(target, method)(*args, **kwargs))
    recv = {'str': 'StrType', 'bytes': 'BytesType', 'bytearray': 'ByteArrayType'}.get(receiver) if isinstance(receiver, str) and receiver in (S, B, 'bytearray') else cs_value(receiver)
    kw = ', '.join('("%s", %s)' % (k, cs_value(v)) for k, v in kwargs.items())
    rows.append('        Case(%s, %s, [%s], [%s], %s),' % (
        recv if receiver in (S, B) else recv, cs_str(method), ', '.join(cs_value(a) for a in args), kw, cs_str(result)))


def mutate(receiver, method, *args):
    """A call on a fresh bytearray: the result's repr, then the bytearray's repr afterwards."""
    target = bytearray(receiver)
    result = outcome(lambda: getattr(target, method)(*args))
    rows.append('        Mutation(%s, %s, [%s], %s),' % (
        cs_value(bytes(receiver)), cs_str(method), ', '.join(cs_value(a) for a in args), cs_str(result + ' -> ' + repr(target))))


def mod(fmt, args):
    result = outcome(lambda: fmt % args)
    rows.append('        Case(%s, "__mod__", [%s], [], %s),' % (cs_value(fmt), cs_value(args), cs_str(result)))


texts = ['', 'a', 'abc', '  hello  world  ', 'a,b,,c', 'Hello World', 'hello', 'HELLO', 'ß straße', 'ǆemal',
         'ΑΣ ΟΔΟΣ', 'x\U0001F600y\U0001F600z', 'tab\tand\tmore', 'line1\nline2\r\nline3\rline4\x0bend\x85x\u2028',
         '  \t\n', '123', '١٢٣', '²', '½', 'abc123', 'İstanbul', 'ﬁne', 'hello_world', '_x1', '1x', 'ab\x00',
         'Title Case String', 'tITLE', 'aBc', 'x' * 3]
methods0 = ['upper', 'lower', 'casefold', 'swapcase', 'title', 'capitalize', 'isascii', 'isspace', 'isalpha',
            'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isprintable', 'isidentifier', 'islower', 'isupper',
            'istitle', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'expandtabs']
for t in texts:
    for m in methods0:
        call(t, m)

for t in ['a,b,,c', 'a,b,,c,', ',', 'x\U0001F600y\U0001F600z', '  hello  world  ', 'aaa']:
    for sep in [None, ',', ',,', 'a', '\U0001F600', '']:
        for n in [-1, 0, 1, 2]:
            call(t, 'split', sep, n)
            call(t, 'rsplit', sep, n)
call('a b c', 'split', maxsplit=1)
call('a b c', 'rsplit', sep=' ', maxsplit=1)
call('a', 'split', 1)
call('a', 'split', 'a', 1, 2)
call('a', 'split', maxsplit='x')

for t in ['hello world', 'abcabcabc', 'x\U0001F600y\U0001F600z', '']:
    for sub in ['', 'o', 'abc', 'bc', '\U0001F600', 'y', 'zz']:
        for rng in [(), (1,), (2, 5), (-3,), (-5, -1), (4, 2), (20,), (None, 3), (0, 100)]:
            for m in ['find', 'rfind', 'count', 'startswith', 'endswith', 'index', 'rindex']:
                call(t, m, sub, *rng)
call('hello', 'startswith', ('x', 'he'))
call('hello', 'endswith', ('x', 'lo'), 0, 4)
call('hello', 'startswith', (1,))
call('hello', 'startswith', 1)
call('hello', 'endswith', 1)
call('hello', 'find', 1)
call('hello', 'find')
call('hello', 'find', 'l', 'x')
call('hello', 'count', 'l', 1, 2, 3)
call('hello', 'find', sub='l')

for t in ['hello world', 'aaa', 'x\U0001F600y', '']:
    for old, new in [('o', '0'), ('', '-'), ('a', 'bb'), ('l', ''), ('\U0001F600', '!'), ('zz', 'y')]:
        for n in [-1, 0, 1, 2]:
            call(t, 'replace', old, new, n)
call('a', 'replace', 1, 'b')
call('a', 'replace', 'a', 1)
call('a', 'replace', 'a')
call('a', 'replace', 'a', 'b', count=1)

for t in ['  xxhixx  ', 'xyzhixyz', '\U0001F600hi\U0001F600', '']:
    for chars in [None, 'x', 'xyz ', '\U0001F600', '']:
        for m in ['strip', 'lstrip', 'rstrip']:
            call(t, m, chars)
call('a', 'strip', 1)

for t in ['abc', '', 'x\U0001F600']:
    for w in [-1, 0, 2, 3, 4, 5, 6, 7, 8]:
        for m in ['center', 'ljust', 'rjust']:
            call(t, m, w)
            call(t, m, w, '*')
            call(t, m, w, '\U0001F600')
        call(t, 'zfill', w)
for t in ['-42', '+7', '42', '-', '']:
    call(t, 'zfill', 5)
call('a', 'center', 5, 'ab')
call('a', 'center', 5, 1)
call('a', 'center')
call('a', 'center', 'x')

for t in ['a\tb\tc', '\tx\n\ty', 'abcdefgh\ti', '\U0001F600\tx']:
    for n in [8, 4, 0, -1, 1]:
        call(t, 'expandtabs', n)
call('a\tb', 'expandtabs', tabsize=2)

call('line1\nline2\r\nline3\rline4\x0bend\x85x\u2028', 'splitlines', True)
call('a\n\nb\n', 'splitlines', keepends=True)
call('a\n\nb\n', 'splitlines')
call('a', 'splitlines', 1.5)

for t in ['a-b-c', 'abc', '']:
    for sep in ['-', 'b', 'x', '']:
        call(t, 'partition', sep)
        call(t, 'rpartition', sep)
call('a', 'partition', 1)

call(', ', 'join', ['a', 'b', 'c'])
call('', 'join', ('x', 'y'))
call('-', 'join', 'abc')
call('-', 'join', [])
call('-', 'join', ['a', 1])
call('-', 'join', [1])
call('-', 'join', 1)

for t in ['prefix-body-suffix', '']:
    for a in ['prefix-', 'suffix', '', 'x']:
        call(t, 'removeprefix', a)
        call(t, 'removesuffix', a)
call('a', 'removeprefix', 1)

call(S, 'maketrans', 'abc', 'xyz')
call(S, 'maketrans', 'abc', 'xyz', 'd')
call(S, 'maketrans', {'a': 'b', 98: None})
call(S, 'maketrans', 1)
call(S, 'maketrans', 'ab', 'c')
call(S, 'maketrans', {'ab': 1})
call(S, 'maketrans', {1.5: 1})
call(S, 'maketrans', 'a', 'b', 1)
call(S, 'maketrans', 1, 'b')
call('abcd', 'translate', {97: 'x', 98: None, 99: 100})
call('a\U0001F600b', 'translate', {0x1F600: 'smile'})
call('abc', 'translate', ['A', 'B', 'C'] * 40)
call('a', 'translate', {97: 1.5})
call('a', 'translate', {97: 0x110000})
call('a', 'translate', 1)

for t, enc, err in [('héllo', 'utf-8', 'strict'), ('héllo', 'ascii', 'strict'), ('héllo', 'ascii', 'ignore'),
                    ('héllo', 'ascii', 'replace'), ('héllo', 'latin-1', 'strict'), ('h\U0001F600', 'latin-1', 'strict'),
                    ('éé', 'ascii', 'strict'), ('a\ud800b', 'utf-8', 'strict'), ('a\udcffb', 'utf-8', 'surrogateescape'),
                    ('a\ud800b', 'utf-8', 'surrogatepass'), ('é\U0001f600', 'ascii', 'backslashreplace'),
                    ('é\U0001f600', 'ascii', 'xmlcharrefreplace'), ('x', 'UTF8', 'strict'), ('x', 'Latin_1', 'strict'),
                    ('x', 'xx', 'strict'), ('é', 'ascii', 'bad'), ('a', 'ascii', 'bad'), ('\U0001F600é', 'ascii', 'strict')]:
    call(t, 'encode', enc, err)
call('é', 'encode')
call('é', 'encode', encoding='latin-1')
call('a', 'encode', 1)

for data in [b'abc', b'h\xc3\xa9llo', b'\xff', b'\xe2\x82', b'\xe2\x82x', b'\xe0\x80', b'\xed\xa0\x80', b'\xf4\x90\x80\x80',
             b'ab\xff\xfe', b'\xf0\x90', b'\xf0\x9f\x98\x80', b'\xc0\xaf', b'a\x80b']:
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for err in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
            call(data, 'decode', enc, err)
call(b'\xed\xa0\x80', 'decode', 'utf-8', 'surrogatepass')
call(b'\xff', 'decode', 'xx')
call(b'\xff', 'decode', 'utf-8', 'xx')

# str.format and format_map
fmts = ['{}', '{0}{1}{0}', '{a}', '{0!r:>6}', '{!a}', '{0:{1}}', '{:{}}|{:{}{}}', '{{}}', '{0[a]}{0[0]}', '{0.real}',
        '{0!r', '{0!', '{0!rx}', '{0!x}', '{', '}', 'a}b', '{0', '{0:', '{0:{}', '{0[}', '{0]}', '{0.}', '{0[]}',
        '{a{}', '{!}', '{99999999999999999999}', '{-1}', '{}{1}', '{1}{}', '{5}', '{:{:{}}}', '{0[0]x}', '{0:>{1}.{2}f}']
for f in fmts:
    call(f, 'format', 'x', 5, 2, a='A')
call('{0[a]}{0[0]}{1[1]}', 'format', {'a': 1, 0: 2}, [7, 8])
call('{a}{b}', 'format_map', {'a': 1, 'b': 'two'})
call('{0}', 'format_map', {})
call('{a}', 'format_map', {})
call('{x:*^9,.2f}|{y:#x}|{z!r:5}', 'format', x=12345.678, y=255, z='q')

# % formatting
for f, a in [('%s %s', (1,)), ('%s', (1, 2)), ('%d', '3'), ('%5%', (1,)), ('%5%', ()), ('%', ()), ('abc', 5), ('abc', []),
             ('abc', {}), ('%s', [1, 2]), ('%(a)s-%(b)d', {'a': 'x', 'b': 2}), ('%(a)s', 1), ('%(a', {'a': 1}),
             ('%d|%i|%u', (3.7, -2, True)), ('%x|%X|%o', (255, 255, 8)), ('%#x|%#X|%#o', (255, 255, 8)),
             ('%5d|%-5d|%05d|%+d|% d', (42, 42, 42, 42, 42)), ('%+05d|%-+5d|% 05d', (-3, 3, 3)),
             ('%.3d|%8.3d|%-8.3x', (5, 5, 255)), ('%#08x|%#-8x|%#8o', (255, 255, 8)),
             ('%f|%e|%g|%E|%G|%F', (1.5, 1.5, 1.5, 1e20, 1e-20, 1.5)), ('%.2f|%10.3e|%-10.1g|', (2.675, 12345.6789, 0.0001)),
             ('%+.1f|% .1f|%010.2f|%#.0f|%#g', (0.05, 0.05, -3.14159, 2.0, 2.0)), ('%f', 'a'), ('%x', 1.0), ('%d', 1j),
             ('%c%c%c', ('a', 98, 0x1F600)), ('%c', 'ab'), ('%c', -1), ('%c', 1.5), ('%s|%r|%a', ('é', 'é', 'é')),
             ('%5s|%-5s|%.2s|%5.1s', ('abc', 'abc', 'abc', 'abc')), ('%*d|%-*d|%.*f', (5, 1, 5, 1, 2, 3.14159)),
             ('%*d', ('x', 1)), ('%ld %hd %Lf', (1, 2, 3.0)), ('%y', 1), ('\U0001F600%y', 1), ('%s', None),
             ('%r', [1, 'a']), ('%s %s', {'a': 1}), ('%d', float('nan')), ('%d', float('inf')), ('%.0f %.1f', (0.5, 0.25)),
             ('%s', ()), ('%s', ((),)), ('%-05s|', 'ab'), ('%05s|', 'ab'), ('%i', 10**30), ('%x', -255), ('%#.5x', 255),
             (b'%s %s', (1,)), (b'%s', 'a'), (b'%s|%b', (b'a', bytearray(b'b'))), (b'%c%c', (65, b'B')), (b'%c', 256),
             (b'%c', b'ab'), (b'%r|%a', ('a', 'é')), (b'%d', 'a'), (b'%x', 1.0), (b'%f', 'a'), (b'%y', 1),
             (b'%(a)s', {b'a': b'1'}), (b'%(a)s', {'a': b'1'}), (b'%5s|%-5s', (b'ab', b'cd')), (b'%.1s', b'ab'),
             (b'abc', 5), (b'abc', []), (b'%', ()), (b'%s', 1.5), (b'%05d|%.2f|%#x', (-42, 2.5, 255))]:
    mod(f, a)

# bytearray: the shared methods return bytearrays; its own protocols and mutations.
for m, args in [('split', (b',',)), ('upper', ()), ('hex', (':',)), ('replace', (b'a', b'xy')), ('strip', ()),
                ('partition', (b',',)), ('center', (9, b'*')), ('join', ([b'x', bytearray(b'y')],)), ('find', (98,)),
                ('decode', ()), ('translate', (None, b'a')), ('zfill', (8,)), ('splitlines', ()), ('isalpha', ()),
                ('__getitem__', (1,)), ('__getitem__', (slice(None, None, 2),)), ('__getitem__', (5,)), ('__getitem__', ('x',)),
                ('__add__', (b'!',)), ('__add__', ('!',)), ('__mul__', (3,)), ('__contains__', (98,)),
                ('__contains__', (b'b,',)), ('__contains__', ('b',)), ('__contains__', (300,)), ('__eq__', (b' ab,a ',)),
                ('__lt__', (b'b',)), ('__len__', ()), ('__repr__', ()), ('__str__', ()), ('copy', ())]:
    call(bytearray(b' ab,a '), m, *args)
call(bytearray(b'a'), '__hash__')
call('bytearray', 'fromhex', '61 62')
for m, args in [('append', (65,)), ('append', (300,)), ('append', ('a',)), ('extend', (b'xy',)), ('extend', ([1, 2],)),
                ('extend', (1,)), ('extend', ('ab',)), ('insert', (1, 65)), ('insert', (-100, 65)), ('insert', (100, 66)),
                ('insert', (1,)), ('pop', ()), ('pop', (0,)), ('pop', (5,)), ('remove', (98,)), ('remove', (120,)),
                ('clear', ()), ('reverse', ()), ('__setitem__', (1, 120)), ('__setitem__', (0, 256)),
                ('__setitem__', (0, 'a')), ('__setitem__', (5, 1)), ('__setitem__', (slice(1, 3), b'XYZ')),
                ('__setitem__', (slice(None, None, 2), b'123')), ('__setitem__', (slice(None, None, 2), b'12')),
                ('__setitem__', (slice(0, 1), 5)), ('__setitem__', (slice(0, 1), 'ab')), ('__setitem__', (slice(0, 1), [300])),
                ('__setitem__', (slice(0, 2), [65, 66])), ('__delitem__', (0,)), ('__delitem__', (slice(None, None, 2),)),
                ('__delitem__', (9,)), ('__iadd__', (b'!!',)), ('__iadd__', ('x',)), ('__imul__', (2,)), ('__init__', (b'xy',)),
                ('__init__', (3,)), ('__init__', ('ab',)), ('__init__', ('ab', 'ascii')), ('__init__', (1.5,)),
                ('__init__', ([1, 'a'],)), ('__init__', (-1,)), ('__init__', ())]:
    mutate(b'abcdef', m, *args)
mutate(b'', 'pop')

with open('tests/Jit.Tests/Runtime/Text/MethodCases.g.cs', 'w') as out:
    out.write('''// <auto-generated>tools/text/gen_method_cases.py from CPython 3.11</auto-generated>
using Jit.Runtime;
using static Jit.Tests.Runtime.Text.TextTestValues;

namespace Jit.Tests.Runtime.Text;

/// <summary>Method calls on str and bytes (S and B call the type itself) with their CPython
/// result: the repr, or "!Error: message".</summary>
internal static class MethodCases
{
    public static readonly MethodCase[] All =
    [
%s
    ];
}
''' % '\n'.join(rows))
print(len(rows))

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


class Template:
    """$-substitution: $name, ${name} and $$ for a dollar sign."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'

    def __init__(self, template):
        self.template = template

    def _substitute(self, mapping, safe):
        import re

        def convert(match):
            named = match.group('named') or match.group('braced')
            if named is not None:
                if safe and named not in mapping:
                    return match.group()
                return str(mapping[named])
            if match.group('escaped') is not None:
                return self.delimiter
            if safe:
                return match.group()
            raise ValueError(f'Invalid placeholder in string: line 1, col {match.start() + 1}')

        pattern = r'\$(?:(?P<escaped>\$)|(?P<named>[_a-zA-Z][_a-zA-Z0-9]*)|\{(?P<braced>[_a-zA-Z][_a-zA-Z0-9]*)\}|(?P<invalid>))'
        return re.sub(pattern, convert, self.template)

    def substitute(self, mapping=None, /, **kws):
        return self._substitute({**(mapping or {}), **kws}, safe=False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._substitute({**(mapping or {}), **kws}, safe=True)

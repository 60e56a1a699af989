"""In-memory text and byte streams, and the stream base classes (files from open() and the
standard streams count as TextIOBase/BufferedIOBase through ABC registration)."""

from _io import UnsupportedOperation, TextIOWrapper, BufferedFile as _BufferedFile
from abc import ABCMeta as _ABCMeta

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class IOBase(metaclass=_ABCMeta):
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


TextIOBase.register(TextIOWrapper)
BufferedIOBase.register(_BufferedFile)


def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError(f"illegal newline value: {newline!r}")


def _read_lines(stream, hint):
    # readlines(hint): whole lines until their total length reaches a positive hint.
    lines = []
    total = 0
    while line := stream.readline():
        lines.append(line)
        total += len(line)
        if hint is not None and 0 < hint <= total:
            break
    return lines


class StringIO(TextIOBase):
    """A text buffer. newline=None translates '\\r\\n' and '\\r' to '\\n' as text is written;
    newline='' keeps them but ends lines at any of the three; '\\r' or '\\r\\n' replace each
    written '\\n' and end lines there; the default '\\n' changes nothing."""

    def __init__(self, initial_value='', newline='\n'):
        _check_newline(newline)
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._buffer = ''
        self._position = 0
        self.closed = False
        if initial_value:
            self.write(initial_value)
            self._position = 0

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        length = len(s)
        if self._newline is None:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif self._newline in ('\r', '\r\n'):
            s = s.replace('\n', self._newline)
        end = self._position + len(s)
        if self._position > len(self._buffer):
            self._buffer += '\0' * (self._position - len(self._buffer))
        self._buffer = self._buffer[:self._position] + s + self._buffer[end:]
        self._position = end
        return length

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            size = len(self._buffer)
        result = self._buffer[self._position:self._position + size]
        self._position += len(result)
        return result

    def _line_end(self):
        buffer, start = self._buffer, self._position
        if self._newline == '':
            for i in range(start, len(buffer)):
                c = buffer[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    return i + 2 if buffer[i + 1:i + 2] == '\n' else i + 1
            return len(buffer)
        terminator = '\n' if self._newline is None else self._newline
        end = buffer.find(terminator, start)
        return len(buffer) if end < 0 else end + len(terminator)

    def readline(self, size=-1):
        self._check()
        if size is not None and not isinstance(size, int):
            raise TypeError(f"integer argument expected, got '{type(size).__name__}'")
        end = self._line_end()
        if size is not None and size >= 0:
            end = min(end, self._position + size)
        result = self._buffer[self._position:end]
        self._position = end
        return result

    def readlines(self, hint=-1):
        self._check()
        return _read_lines(self, hint)

    def getvalue(self):
        self._check()
        return self._buffer

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._position = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._position = len(self._buffer)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._position

    def tell(self):
        self._check()
        return self._position

    def truncate(self, size=None):
        self._check()
        size = self._position if size is None else size
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._buffer = self._buffer[:size]
        return size

    def detach(self):
        raise UnsupportedOperation("detach")

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def flush(self):
        self._check()

    def close(self):
        self.closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return f"<_io.StringIO object at {id(self):#x}>"


class BytesIO(BufferedIOBase):
    def __init__(self, initial_bytes=b''):
        self._buffer = bytearray(initial_bytes)
        self._position = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        if self._position > len(self._buffer):
            self._buffer.extend(b'\0' * (self._position - len(self._buffer)))
        self._buffer[self._position:self._position + len(data)] = data
        self._position += len(data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            size = len(self._buffer)
        result = bytes(self._buffer[self._position:self._position + size])
        self._position += len(result)
        return result

    read1 = read

    def readline(self, size=-1):
        self._check()
        end = self._buffer.find(b'\n', self._position)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._position + size)
        result = bytes(self._buffer[self._position:end])
        self._position = max(end, self._position)
        return result

    def readlines(self, hint=-1):
        return _read_lines(self, hint)

    def getvalue(self):
        self._check()
        return bytes(self._buffer)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._position = pos
        elif whence == 1:
            self._position = max(0, self._position + pos)
        elif whence == 2:
            self._position = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._position

    def tell(self):
        self._check()
        return self._position

    def truncate(self, size=None):
        self._check()
        size = self._position if size is None else size
        del self._buffer[size:]
        return size

    def flush(self):
        self._check()

    def close(self):
        self.closed = True

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        return False

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

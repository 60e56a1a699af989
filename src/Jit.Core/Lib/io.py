"""In-memory text and byte streams."""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class StringIO:
    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._buffer = initial_value
        self._position = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        end = self._position + len(s)
        if self._position > len(self._buffer):
            self._buffer += '\0' * (self._position - len(self._buffer))
        self._buffer = self._buffer[:self._position] + s + self._buffer[end:]
        self._position = end
        return len(s)

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

    def readline(self, size=-1):
        self._check()
        end = self._buffer.find('\n', self._position)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._position + size)
        result = self._buffer[self._position:end]
        self._position = end
        return result

    def readlines(self, hint=-1):
        return list(self)

    def getvalue(self):
        self._check()
        return self._buffer

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            self._position = pos
        elif whence == 2:
            self._position = len(self._buffer)
        return self._position

    def tell(self):
        self._check()
        return self._position

    def truncate(self, size=None):
        size = self._position if size is None else size
        self._buffer = self._buffer[:size]
        return size

    def flush(self):
        pass

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


class BytesIO:
    def __init__(self, initial_bytes=b''):
        self._buffer = bytearray(initial_bytes)
        self._position = 0
        self.closed = False

    def write(self, b):
        data = bytes(b)
        self._buffer[self._position:self._position + len(data)] = data
        self._position += len(data)
        return len(data)

    def read(self, size=-1):
        if size is None or size < 0:
            size = len(self._buffer)
        result = bytes(self._buffer[self._position:self._position + size])
        self._position += len(result)
        return result

    def getvalue(self):
        return bytes(self._buffer)

    def seek(self, pos, whence=0):
        self._position = pos if whence == 0 else len(self._buffer) if whence == 2 else self._position + pos
        return self._position

    def tell(self):
        return self._position

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

using System.Text;

namespace Jit.Runtime.Builtins;

/// <summary>
/// The file under a text stream from <c>open()</c>: decodes on the way in and encodes on the way
/// out over one <see cref="FileStream"/>, so reads, writes, <c>seek</c> and <c>tell</c> can be mixed
/// (modes with '+'). <c>tell()</c> is the byte offset of the next unread character, which is what
/// CPython's opaque cookie is for a stateless encoding.
/// </summary>
internal sealed class TextFile
{
    private readonly FileStream _stream;
    private readonly Encoding _encoding;
    private readonly Decoder _decoder;
    private readonly byte[] _bytes = new byte[4096];
    private readonly bool _append;
    private char[] _chars = new char[4096];
    private int _count;
    private int _index;
    private long _start;
    private bool _closed;

    public TextFile(FileStream stream, Encoding encoding, bool canRead, bool canWrite, bool append)
    {
        _stream = stream;
        _encoding = encoding;
        _decoder = encoding.GetDecoder();
        _append = append;
        _start = stream.Position;
        Reader = canRead ? new FileReader(this) : null;
        Writer = canWrite ? new FileWriter(this) : null;
    }

    public TextReader? Reader { get; }

    public TextWriter? Writer { get; }

    public int Peek() => _index < _count || Refill() ? _chars[_index] : -1;

    public int Read() => _index < _count || Refill() ? _chars[_index++] : -1;

    private bool Refill()
    {
        _start += _encoding.GetByteCount(_chars, 0, _count);
        _count = 0;
        _index = 0;
        while (_count == 0)
        {
            int n = _stream.Read(_bytes, 0, _bytes.Length);
            int needed = n == 0 ? _decoder.GetCharCount([], 0, 0, flush: true) : _decoder.GetCharCount(_bytes, 0, n, flush: false);
            if (needed > _chars.Length)
            {
                _chars = new char[needed];
            }

            _count = n == 0 ? _decoder.GetChars([], 0, 0, _chars, 0, flush: true) : _decoder.GetChars(_bytes, 0, n, _chars, 0, flush: false);
            if (n == 0)
            {
                break;
            }
        }

        return _count > 0;
    }

    public void Write(string text)
    {
        DropReadAhead();
        if (_append)
        {
            _stream.Seek(0, SeekOrigin.End);
        }

        _stream.Write(_encoding.GetBytes(text));
        _start = _stream.Position;
    }

    public long Tell() => _start + _encoding.GetByteCount(_chars, 0, _index);

    public long Seek(long position, SeekOrigin origin)
    {
        _stream.Flush();
        _start = _stream.Seek(position, origin);
        _count = 0;
        _index = 0;
        _decoder.Reset();
        return _start;
    }

    public long Truncate(long? size)
    {
        long at = size ?? Tell();
        Seek(Tell(), SeekOrigin.Begin);
        _stream.SetLength(at);
        return at;
    }

    public void Flush() => _stream.Flush();

    public void Close()
    {
        if (!_closed)
        {
            _closed = true;
            _stream.Dispose();
        }
    }

    /// <summary>Before a write: put the stream back where reading stopped, forgetting what was
    /// decoded ahead.</summary>
    private void DropReadAhead()
    {
        if (_count > 0)
        {
            Seek(Tell(), SeekOrigin.Begin);
        }
    }

    private sealed class FileReader(TextFile file) : TextReader
    {
        public override int Peek() => file.Peek();

        public override int Read() => file.Read();

        protected override void Dispose(bool disposing) => file.Close();
    }

    private sealed class FileWriter(TextFile file) : TextWriter
    {
        public override Encoding Encoding => file._encoding;

        public override void Write(char value) => file.Write(value.ToString());

        public override void Write(string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                file.Write(value);
            }
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Flush() => file.Flush();

        protected override void Dispose(bool disposing) => file.Close();
    }
}

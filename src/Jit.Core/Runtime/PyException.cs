using Jit.Runtime.Objects;

namespace Jit.Runtime;

/// <summary>The .NET exception that carries a Python exception through C# frames. One instance per
/// Python exception object (see <see cref="PyBaseException.Exception"/>).</summary>
public sealed class PyException : Exception
{
    public PyException(PyBaseException error)
    {
        Error = error;
    }

    public PyBaseException Error { get; }

    public override string Message => $"{Error.Type.Name}: {Ops.SafeStr(Error)}";
}

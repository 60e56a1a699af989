namespace Jit.Lexing;

/// <summary>Interns identifier strings so each distinct name is allocated once per lexer.</summary>
internal sealed class NameTable
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NameTable()
    {
        _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Intern(ReadOnlySpan<char> name)
    {
        if (_lookup.TryGetValue(name, out string? existing))
        {
            return existing;
        }

        string text = name.ToString();
        _names.Add(text);
        return text;
    }

    public string Intern(string name) => _lookup.TryGetValue(name, out string? existing) ? existing : Add(name);

    private string Add(string name)
    {
        _names.Add(name);
        return name;
    }
}

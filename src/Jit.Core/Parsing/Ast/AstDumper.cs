using System.Numerics;
using System.Text;
using Jit.Runtime.Formatting;

namespace Jit.Parsing.Ast;

/// <summary>Prints an AST exactly as CPython 3.11's <c>ast.dump(node)</c> does: keyword fields in
/// declaration order, optional fields left out when None, lists always shown, values as repr.</summary>
public sealed partial class AstDumper
{
    private readonly StringBuilder _out = new();
    private bool _firstField;

    public static string Dump(Node node)
    {
        var dumper = new AstDumper();
        dumper.DumpNode(node);
        return dumper._out.ToString();
    }

    private void Begin(string name)
    {
        _out.Append(name).Append('(');
        _firstField = true;
    }

    private void End()
    {
        _out.Append(')');
        _firstField = false;
    }

    private void Name(string field)
    {
        if (!_firstField)
        {
            _out.Append(", ");
        }

        _firstField = false;
        _out.Append(field).Append('=');
    }

    private void Field(string field, Node? value)
    {
        if (value is null)
        {
            return;
        }

        Name(field);
        DumpNode(value);
    }

    private void Field<T>(string field, IReadOnlyList<T> values)
    {
        Name(field);
        _out.Append('[');
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                _out.Append(", ");
            }

            switch (values[i])
            {
                case null:
                    _out.Append("None");
                    break;
                case Node node:
                    DumpNode(node);
                    break;
                case string text:
                    _out.Append(PyRepr.Str(text));
                    break;
                case var other:
                    _out.Append(other.ToString());
                    break;
            }
        }

        _out.Append(']');
    }

    private void Field(string field, string? value)
    {
        if (value is null)
        {
            return;
        }

        Name(field);
        _out.Append(PyRepr.Str(value));
    }

    private void Field(string field, int value)
    {
        Name(field);
        _out.Append(value);
    }

    private void EnumField(string field, string member)
    {
        Name(field);
        _out.Append(member).Append("()");
    }

    private void EnumListField<T>(string field, IReadOnlyList<T> members)
        where T : struct, Enum
    {
        Name(field);
        _out.Append('[');
        for (int i = 0; i < members.Count; i++)
        {
            _out.Append(i > 0 ? ", " : string.Empty).Append(members[i].ToString()).Append("()");
        }

        _out.Append(']');
    }

    private void ConstantField(string field, object? value)
    {
        Name(field);
        _out.Append(ConstantRepr(value));
    }

    /// <summary>repr() of a constant as the parser produces it.</summary>
    public static string ConstantRepr(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        string s => PyRepr.Str(s),
        byte[] bytes => PyRepr.Bytes(bytes),
        long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
        BigInteger big => big.ToString(System.Globalization.CultureInfo.InvariantCulture),
        double d => FloatFormatter.Repr(d),
        Complex c => FloatFormatter.ComplexRepr(c),
        EllipsisValue => "Ellipsis",
        _ => throw new ArgumentException($"not a constant: {value.GetType().Name}"),
    };
}

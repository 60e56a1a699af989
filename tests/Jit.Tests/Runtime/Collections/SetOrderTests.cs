using System.Globalization;
using System.Runtime.CompilerServices;
using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Tests.Runtime.Collections;

/// <summary>Replays the random set workloads of SetOrderCases.txt (made by
/// tools/gen_set_order_cases.py with CPython 3.11, PYTHONHASHSEED=0) and checks that iteration
/// order, popped values and frozenset hashes are CPython's.</summary>
public class SetOrderTests
{
    public static TheoryData<int, string, string> Cases()
    {
        var data = new TheoryData<int, string, string>();
        string[] lines = File.ReadAllLines(Path.Combine(Directory(), "SetOrderCases.txt"));
        for (int i = 1; i + 1 < lines.Length; i += 2)
        {
            data.Add(i + 1, lines[i], lines[i + 1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void IterationOrderMatchesCPython(int line, string operations, string expected)
    {
        Value set = new PySet();
        var output = new List<string>();
        foreach (string operation in operations.Split(" ; ", StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = operation.Split(' ');
            Value[] items = parts.Skip(1).Select(Parse).ToArray();
            Value list = new PyList(items);
            switch (parts[0])
            {
                case "a":
                    Ops.CallMethod(set, "add", items[0]);
                    break;
                case "r":
                    Ops.CallMethod(set, "discard", items[0]);
                    break;
                case "u":
                    Ops.CallMethod(set, "update", list);
                    break;
                case "U":
                    set = Ops.InPlace(BinaryOp.Or, set, PySet.From(list));
                    break;
                case "D":
                    Ops.CallMethod(set, "update", Ops.CallMethod(PyType.Dict, "fromkeys", list));
                    break;
                case "i":
                    set = Ops.InPlace(BinaryOp.And, set, PySet.From(list));
                    break;
                case "d":
                    set = Ops.InPlace(BinaryOp.Subtract, set, PySet.From(list));
                    break;
                case "x":
                    set = Ops.InPlace(BinaryOp.Xor, set, PySet.From(list));
                    break;
                case "I":
                    set = Ops.And(set, PySet.From(list));
                    break;
                case "M":
                    set = Ops.Subtract(set, PySet.From(list));
                    break;
                case "X":
                    set = Ops.Xor(set, PySet.From(list));
                    break;
                case "O":
                    set = Ops.Or(PySet.From(list), set);
                    break;
                case "L":
                    Ops.CallMethod(set, "difference_update", list);
                    break;
                case "p":
                    output.Add("p=" + Text(Ops.CallMethod(set, "pop")));
                    break;
                case "c":
                    set = Ops.CallMethod(set, "copy");
                    break;
                case "f":
                    set = Ops.Call(PyType.Set, Ops.Call(PyType.FrozenSet, set));
                    break;
                case "h":
                    output.Add("h=" + Ops.Hash(Ops.Call(PyType.FrozenSet, set)).ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new InvalidOperationException($"line {line}: unknown operation {parts[0]}");
            }
        }

        output.Add("=" + string.Join(" ", Ops.ToArray(set).Select(Text)));
        Assert.Equal(expected, string.Join(" ; ", output));
    }

    private static Value Parse(string token) => token.StartsWith("s:", StringComparison.Ordinal)
        ? PyStr.From(token[2..])
        : Value.FromInt(long.Parse(token, CultureInfo.InvariantCulture));

    private static string Text(Value value) => value.ObjectOrNull is PyStr s ? "s:" + s.Text : Ops.Repr(value);

    private static string Directory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

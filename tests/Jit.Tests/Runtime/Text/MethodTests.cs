namespace Jit.Tests.Runtime.Text;

public class MethodTests
{
    public static TheoryData<string> Groups() => new(MethodCases.All.Select(GroupOf).Distinct());

    [Theory]
    [MemberData(nameof(Groups))]
    public void MatchesCPython(string group)
    {
        var failures = new List<string>();
        MethodCase[] cases = MethodCases.All.Where(c => GroupOf(c) == group).ToArray();
        foreach (MethodCase c in cases)
        {
            string actual = TextTestValues.Run(c);
            if (actual != c.Expected)
            {
                string args = string.Join(", ", c.Args.Select(TextTestValues.Repr).Concat(c.Kwargs.Select(k => k.Name + "=" + TextTestValues.Repr(k.Value))));
                failures.Add($"{TextTestValues.Repr(c.Receiver)}.{c.Method}({args}): expected {c.Expected}, got {actual}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Length} differ:\n" + string.Join("\n", failures.Take(40)));
    }

    private static string GroupOf(MethodCase c) => (c.Mutates ? "bytearray" : c.Receiver.Type.Name) + "." + c.Method;
}

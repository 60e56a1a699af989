using Jit.Runtime;
using Jit.Runtime.Objects;

namespace Jit.Tests.Runtime.Text;

public class UnicodeTests
{
    private static readonly string[] s_mappings = ["upper", "lower", "title", "casefold"];

    private static readonly string[] s_predicates =
        ["isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "islower", "isupper", "istitle", "isprintable", "isidentifier", "isalnum"];

    [Fact]
    public void CharactersMatchCPython()
    {
        var failures = new List<string>();
        foreach (string line in UnicodeCases.All)
        {
            string[] fields = line.Split(' ');
            int c = Convert.ToInt32(fields[0], 16);
            string text = char.ConvertFromUtf32(c);
            Value s = PyStr.From(text);
            for (int m = 0; m < s_mappings.Length; m++)
            {
                string expected = fields[1 + m] == "=" ? text : string.Concat(fields[1 + m].Split('+').Select(h => char.ConvertFromUtf32(Convert.ToInt32(h, 16))));
                string actual = ((PyStr)Ops.CallMethod(s, s_mappings[m]).Object).Text;
                if (expected != actual)
                {
                    failures.Add($"U+{c:X4}.{s_mappings[m]}()");
                }
            }

            for (int p = 0; p < s_predicates.Length; p++)
            {
                if (Ops.IsTrue(Ops.CallMethod(s, s_predicates[p])) != (fields[5][p] == '1'))
                {
                    failures.Add($"U+{c:X4}.{s_predicates[p]}()");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(", ", failures.Take(50)));
    }

    [Theory]
    [InlineData("ΑΣ ΟΔΟΣ", "ας οδος")]
    [InlineData("Σ", "σ")]
    [InlineData("ΑΣ.", "ας.")]
    [InlineData("ΑΣΑ", "ασα")]
    [InlineData("Α'Σ'", "α'ς'")]
    public void LowerUsesFinalSigma(string text, string expected) =>
        Assert.Equal(expected, ((PyStr)Ops.CallMethod(PyStr.From(text), "lower").Object).Text);

    [Theory]
    [InlineData("straße", "upper", "STRASSE")]
    [InlineData("ǆemal", "title", "ǅemal")]
    [InlineData("ﬁne", "capitalize", "Fine")]
    [InlineData("İ", "lower", "i̇")]
    [InlineData("Straße", "casefold", "strasse")]
    [InlineData("hello wORLD 2x", "title", "Hello World 2X")]
    [InlineData("x\U0001F600y", "upper", "X\U0001F600Y")]
    [InlineData("𐐨", "upper", "𐐀")]
    public void FullCaseMappings(string text, string method, string expected) =>
        Assert.Equal(expected, ((PyStr)Ops.CallMethod(PyStr.From(text), method).Object).Text);
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Jit.Lexing;
using Jit.Parsing;

namespace Jit.Benchmarks;

/// <summary>
/// Tokenizes and parses CPython's whole standard library (the .py files under
/// `sysconfig.get_paths()["stdlib"]` minus site-packages, about 858,000 lines) per operation.
/// The Lines/s column divides the library's line count by the mean time.
/// Run: dotnet run -c Release --project perf/Jit.Benchmarks -- --filter '*FrontEnd*'
/// </summary>
[Config(typeof(LinesPerSecondConfig))]
public class FrontEndBenchmarks
{
    private List<(string Path, string Text)> _files = [];

    [GlobalSetup]
    public void LoadStandardLibrary()
    {
        _files = StandardLibrary.ReadDecodable(StandardLibrary.Locate());
    }

    [Benchmark]
    public int Tokenize()
    {
        int tokens = 0;
        foreach (var (path, text) in _files)
        {
            var lexer = new Lexer(text, path);
            try
            {
                while (lexer.Next().Kind != TokenKind.EndMarker)
                {
                    tokens++;
                }
            }
            catch (SyntaxErrorException)
            {
                // A few test files are invalid on purpose; CPython rejects them too.
            }
        }

        return tokens;
    }

    [Benchmark]
    public int TokenizeAndParse()
    {
        int statements = 0;
        foreach (var (path, text) in _files)
        {
            try
            {
                statements += Parser.ParseModule(text, path).Body.Count;
            }
            catch (SyntaxErrorException)
            {
                // As above: the deliberately invalid test files.
            }
        }

        return statements;
    }

    private sealed class LinesPerSecondConfig : ManualConfig
    {
        public LinesPerSecondConfig()
        {
            AddColumn(new LinesPerSecondColumn());
        }
    }

    private sealed class LinesPerSecondColumn : IColumn
    {
        public string Id => nameof(LinesPerSecondColumn);

        public string ColumnName => "Lines/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Standard-library lines per second (line count / mean time)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is null)
            {
                return "-";
            }

            long lines = StandardLibrary.ReadDecodable(StandardLibrary.Locate()).Sum(f => (long)f.Text.AsSpan().Count('\n'));
            double seconds = report.ResultStatistics.Mean / 1e9;
            return (lines / seconds).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}

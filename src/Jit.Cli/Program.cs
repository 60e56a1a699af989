namespace Jit.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("usage: jit [--dump-ast] FILE");
        return args.Length == 0 ? 2 : 0;
    }
}

namespace Jit.Runtime.Formatting;

/// <summary>CPython 3.11's <c>str.isprintable</c> for one code point, from its own Unicode tables.</summary>
internal static partial class Printable
{
    public static bool IsPrintable(int codePoint)
    {
        // Binary search for the last range starting at or before the code point.
        int[] ranges = s_nonPrintable;
        int lo = 0;
        int hi = (ranges.Length / 2) - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (ranges[mid * 2] <= codePoint)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return hi < 0 || codePoint > ranges[(hi * 2) + 1];
    }
}

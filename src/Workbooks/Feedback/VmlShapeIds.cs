using System.Globalization;
using System.Text.RegularExpressions;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// Hands out the drawing numbers notes need. Each VML drawing claims a block of 1,024 shape ids through its
/// <c>o:idmap</c>; blocks must not collide across the workbook, including drawings the council's file already has.
/// </summary>
internal sealed partial class VmlShapeIds
{
    private const int BlockSize = 1024;
    private int _lastBlock;

    private VmlShapeIds(int lastBlock) => _lastBlock = lastBlock;

    /// <summary>Reads the blocks the workbook's existing drawings use, from each drawing's text.</summary>
    public static VmlShapeIds For(IEnumerable<string> drawings)
    {
        var last = 0;
        foreach (var text in drawings)
        {
            foreach (Match m in IdMap().Matches(text))
            {
                foreach (var n in m.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var block)) last = Math.Max(last, block);
                }
            }

            last = Math.Max(last, MaxShapeId(text) / BlockSize);
        }

        return new VmlShapeIds(last);
    }

    /// <summary>A block no drawing in the workbook uses yet.</summary>
    public int NextBlock() => ++_lastBlock;

    /// <summary>The first shape id of a block.</summary>
    public static int FirstShapeId(int block) => block * BlockSize + 1;

    /// <summary>The largest shape number in a drawing's text, or 0.</summary>
    public static int MaxShapeId(string vml) =>
        ShapeId().Matches(vml).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();

    [GeneratedRegex("""idmap[^>]*?data\s*=\s*["']([0-9, ]+)["']""")]
    private static partial Regex IdMap();

    [GeneratedRegex("_x0000_s([0-9]{1,9})")]
    private static partial Regex ShapeId();
}

using Ukspf.Domain.Returns;
using Ukspf.Domain.Validation;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Bench.Reading;

/// <summary>Ours: the real <see cref="ReturnReader"/>, then <see cref="ReturnParser"/> and every rule of the <see cref="Validator"/>.</summary>
public static class OursReader
{
    /// <summary>Reads, parses and validates; returns the number of lines of the return plus the number of findings.</summary>
    public static long ReadAndValidate(Stream xlsx)
    {
        var (ret, findings) = Validate(xlsx);
        return Lines(ret) + findings.Count;
    }

    /// <summary>Reads only (no parsing, no rules); returns the number of table rows found.</summary>
    public static long ReadOnly(Stream xlsx) =>
        new ReturnReader().Read(xlsx, "return.xlsx").Tables.Values.Sum(t => (long)t.Rows.Count);

    /// <summary>Reads and parses (no rules); returns the number of lines of the return plus the number of parse findings.</summary>
    public static long ReadAndParse(Stream xlsx)
    {
        var parsed = ReturnParser.Parse(new ReturnReader().Read(xlsx, "return.xlsx"));
        return Lines(parsed.Return) + parsed.Findings.Count;
    }

    public static (CouncilReturn? Return, IReadOnlyList<Finding> Findings) Validate(Stream xlsx)
    {
        var content = new ReturnReader().Read(xlsx, "return.xlsx");
        var parsed = ReturnParser.Parse(content);
        if (parsed.Return is null) return (null, parsed.Findings);
        var findings = parsed.Findings.Concat(Validator.Validate(LargeReturn.Context(parsed.Return))).ToList();
        return (parsed.Return, findings);
    }

    private static long Lines(CouncilReturn? ret) =>
        ret is null ? 0 : ret.Projects.Count + ret.Spend.Count + ret.Outputs.Count + ret.Outcomes.Count;
}

using System.Globalization;
using System.Text;

namespace Ukspf.Cli.Tests.Commands;

/// <summary>Writes the fund manager's allocations CSV: one capital and one revenue core row per council for 2025-26.</summary>
internal sealed class AllocationsCsv
{
    private readonly StringBuilder _text = new("lla_code,financial_year,fund_line,spend_type,amount,source,as_of\n");

    public AllocationsCsv For(string lla, decimal capital, decimal revenue)
    {
        _text.Append(CultureInfo.InvariantCulture, $"{lla},2025-26,core,capital,{capital},Test determination,2025-04-01\n");
        _text.Append(CultureInfo.InvariantCulture, $"{lla},2025-26,core,revenue,{revenue},Test determination,2025-04-01\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    public string WriteTo(string path)
    {
        File.WriteAllText(path, _text.ToString());
        return path;
    }
}

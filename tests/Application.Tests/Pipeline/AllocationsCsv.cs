using System.Globalization;
using System.Text;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>Builds the fund manager's allocations CSV: one capital and one revenue core row per council and year.</summary>
internal sealed class AllocationsCsv
{
    private readonly StringBuilder _text = new("lla_code,financial_year,fund_line,spend_type,amount,source,as_of\n");

    public AllocationsCsv For(string lla, decimal capital, decimal revenue, string year = "2025-26")
    {
        _text.Append(CultureInfo.InvariantCulture, $"{lla},{year},core,capital,{capital},Test determination,2025-04-01\n");
        _text.Append(CultureInfo.InvariantCulture, $"{lla},{year},core,revenue,{revenue},Test determination,2025-04-01\n");
        return this;
    }

    public MemoryStream ToStream() => new(Encoding.UTF8.GetBytes(_text.ToString()));
}

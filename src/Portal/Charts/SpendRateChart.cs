using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Ukspf.Domain.Returns;

namespace Ukspf.Portal.Charts;

/// <summary>
/// Draws each council's spend rate (actual spend to date over allocation) as a bar against the share of the funding
/// period elapsed, drawn as one line across every bar: a bar short of the line is behind. Server-drawn SVG, styled by
/// class from the portal's stylesheet; the page puts the same figures in a table beside it.
/// </summary>
public static class SpendRateChart
{
    private const int Width = 720;
    private const int LabelWidth = 220;
    private const int RowHeight = 24;
    private const int BarHeight = 16;
    private const int Top = 28;
    private const int Bottom = 24;
    private const int Right = 56;

    /// <summary>One bar.</summary>
    /// <param name="Name">The council's name.</param>
    /// <param name="SpendRate">Actual over allocation (1 = all spent).</param>
    /// <param name="Rag">The council's RAG rating, which colours its bar.</param>
    public sealed record Bar(string Name, decimal SpendRate, Rag Rag);

    /// <summary>The chart's SVG markup, with a title and description for assistive technology.</summary>
    public static IHtmlContent Render(IReadOnlyList<Bar> bars, decimal timeElapsed, string titleId)
    {
        var scaleMax = Math.Max(1m, Math.Ceiling(Math.Max(bars.Select(b => b.SpendRate).DefaultIfEmpty(0m).Max(), timeElapsed) * 4m) / 4m);
        var plot = Width - LabelWidth - Right;
        double X(decimal rate) => LabelWidth + (double)(Math.Clamp(rate, 0m, scaleMax) / scaleMax) * plot;
        var height = Top + bars.Count * RowHeight + Bottom;
        var html = HtmlEncoder.Default;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"app-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{titleId} {titleId}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">Spend rate of each council against time elapsed</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{titleId}-desc\">{bars.Count} councils. Time elapsed is {Percent(timeElapsed)}; {bars.Count(b => b.SpendRate < timeElapsed)} councils have spent a smaller share of their allocation than that. The table that follows gives every figure.</desc>");
        for (var tick = 0m; tick <= scaleMax; tick += 0.25m)
        {
            var x = X(tick);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"app-chart__grid\" x1=\"{x:0.#}\" y1=\"{Top - 6}\" x2=\"{x:0.#}\" y2=\"{height - Bottom}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"app-chart__axis\" x=\"{x:0.#}\" y=\"{height - 6}\" text-anchor=\"middle\">{Percent(tick)}</text>");
        }
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + i * RowHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"app-chart__label\" x=\"{LabelWidth - 8}\" y=\"{y + BarHeight - 3}\" text-anchor=\"end\">{html.Encode(Shorten(bar.Name))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"app-chart__bar app-chart__bar--{bar.Rag.ToString().ToLowerInvariant()}\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{X(bar.SpendRate) - LabelWidth:0.#}\" height=\"{BarHeight}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"app-chart__value\" x=\"{X(bar.SpendRate) + 4:0.#}\" y=\"{y + BarHeight - 3}\">{Percent(bar.SpendRate)}</text>");
        }
        var elapsed = X(timeElapsed);
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"app-chart__elapsed\" x1=\"{elapsed:0.#}\" y1=\"{Top - 10}\" x2=\"{elapsed:0.#}\" y2=\"{height - Bottom}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"app-chart__axis\" x=\"{elapsed:0.#}\" y=\"{Top - 14}\" text-anchor=\"middle\">Time elapsed {Percent(timeElapsed)}</text>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>A rate as a whole percentage ("62%").</summary>
    public static string Percent(decimal rate) => (rate * 100m).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Shorten(string name) => name.Length <= 30 ? name : name[..29] + "…";
}

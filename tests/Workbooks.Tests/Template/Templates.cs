using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;
using Ukspf.Workbooks.Template;

namespace Ukspf.Workbooks.Tests.Template;

/// <summary>Small builders for template requests and generated templates.</summary>
internal static class Templates
{
    public static Council Adur { get; } = CouncilRegister.Default.Find("E07000223")!;

    public static Council Cardiff { get; } = CouncilRegister.Default.Find("W06000015")!;

    public static Round Round(string id = "2025-26-Q2")
    {
        var roundId = RoundId.Parse(id);
        return new Round(roundId, roundId.End.AddDays(31), IsOpen: true, FundingPeriod.For(roundId.Year));
    }

    public static TemplateRequest Request(Council? council = null, Round? round = null) =>
        new(council ?? Adur, round ?? Round(), 1_250_000.50m, 3_400_000m, Catalogue.Default);

    public static byte[] Generate(TemplateRequest? request = null)
    {
        using var output = new MemoryStream();
        new ReturnTemplateGenerator().Generate(request ?? Request(), output);
        return output.ToArray();
    }
}

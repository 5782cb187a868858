using Ukspf.Application.Tests.Pipeline;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Workbooks.Filling;

namespace Ukspf.Portal.Tests.Hosting;

/// <summary>Returns as a council officer would fill them in, from the council's own template.</summary>
internal static class Returns
{
    /// <summary>A return that passes every rule.</summary>
    public static CouncilReturn Valid(Council council) => ValidReturn.For(council, PortalHost.Round);

    /// <summary>A return whose actual spend is far over the council's allocation (R05), with its totals kept consistent.</summary>
    public static CouncilReturn OverAllocation(Council council) => Valid(council).WithActualsScaled(40m);

    /// <summary>The return written into the template the council downloads.</summary>
    public static byte[] Fill(byte[] template, CouncilReturn ret)
    {
        using var output = new MemoryStream();
        new ReturnFiller().Fill(new MemoryStream(template), ret, output);
        return output.ToArray();
    }
}

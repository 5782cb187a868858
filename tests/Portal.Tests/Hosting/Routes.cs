namespace Ukspf.Portal.Tests.Hosting;

/// <summary>The portal's addresses, as its pages link to them.</summary>
internal static class Routes
{
    public static string Council(string lla) => $"/councils/{lla}";
    public static string Template(string lla) => $"/councils/{lla}/rounds/{PortalHost.RoundText}/template";
    public static string Upload(string lla) => $"/councils/{lla}/rounds/{PortalHost.RoundText}/upload";
    public static string Submission(string lla, string id) => $"/councils/{lla}/rounds/{PortalHost.RoundText}/submissions/{id}";
    public static string Feedback(string lla, string id) => $"/councils/{lla}/rounds/{PortalHost.RoundText}/submissions/{id}/feedback";
    public static string History(string lla) => $"/councils/{lla}/history";
    public const string UploadField = "return-file";
    public const string AllocationsField = "allocations-file";
    public const string Manage = "/manage";
    public const string Allocations = "/manage/allocations";
    public const string Access = "/manage/access";
    public static string Dashboard(string round = PortalHost.RoundText) => $"/manage/rounds/{round}";
    public static string DrillDown(string lla) => $"/manage/rounds/{PortalHost.RoundText}/councils/{lla}";
    public static string Published(string file) => $"/manage/rounds/{PortalHost.RoundText}/published/{file}";
}

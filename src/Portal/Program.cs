using Ukspf.Portal.Hosting;

var builder = WebApplication.CreateBuilder(args);
// "--store <folder>" and "--storage azure", as the ukspf command spells them.
builder.Configuration.AddCommandLine(args, PortalOptions.CommandLineSwitches);
builder.AddUkspfPortal();
var app = builder.Build();
app.UseUkspfPortal();
app.Run();

/// <summary>The portal's entry point; public so that tests can host the app in process.</summary>
public partial class Program;

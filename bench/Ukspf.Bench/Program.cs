using System.Globalization;
using Ukspf.Bench;
using Ukspf.Bench.Ingesting;
using Ukspf.Bench.Publishing;
using Ukspf.Bench.Reading;

// Child modes come first and touch nothing else, so a cold run pays only for what its contender loads.
return args switch
{
    ["cold", var contender, var file] => ColdRead.Run(contender, file),
    ["loop", var contender, var file, var times] => ColdRead.Loop(contender, file, int.Parse(times, CultureInfo.InvariantCulture)),
    ["ingest-large", var store, var file] => await LargeIngest.RunAsync(store, file),
    ["ingest", var store, var returns, var count] => await IngestRun.RunAsync(store, returns, int.Parse(count, CultureInfo.InvariantCulture)),
    ["ingest", var store, var returns, var count, "--cold"] => await IngestRun.RunAsync(store, returns, int.Parse(count, CultureInfo.InvariantCulture), cold: true),
    ["reconcile", var store, var councils] => await ReconcileRun.RunAsync(store, int.Parse(councils, CultureInfo.InvariantCulture)),
    ["profile", var file] => BenchRun.Profile(file),
    ["profile-reconcile", var store, var councils, var runs] => await ReconcileProfile.PrintAsync(store, int.Parse(councils, CultureInfo.InvariantCulture), int.Parse(runs, CultureInfo.InvariantCulture)),
    ["loop-publish", var times] => PublishLoop.Run(int.Parse(times, CultureInfo.InvariantCulture)),
    ["all", .. var rest] => await BenchRun.MainAsync(rest),
    _ => BenchRun.Usage(),
};

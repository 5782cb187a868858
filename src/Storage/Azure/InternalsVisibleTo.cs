using System.Runtime.CompilerServices;

// The signer and the wire formats are internal; their worked-example tests live in the test project.
[assembly: InternalsVisibleTo("Ukspf.Storage.Tests")]

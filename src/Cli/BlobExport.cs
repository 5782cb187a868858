using Ukspf.Storage.Blobs;

namespace Ukspf.Cli;

/// <summary>Copies blobs out of the store into ordinary files a user can open.</summary>
public static class BlobExport
{
    /// <summary>Downloads one blob to <paramref name="folder"/>/<paramref name="name"/> and returns the file's full path.</summary>
    /// <exception cref="FileNotFoundException">The blob does not exist.</exception>
    public static async Task<string> ToFileAsync(IBlobStore blobs, string container, string name, string folder, CancellationToken cancellationToken = default)
    {
        await using var download = await blobs.DownloadAsync(container, name, cancellationToken)
            ?? throw new FileNotFoundException($"{container}/{name} does not exist in the store.");
        var path = Path.GetFullPath(Path.Combine(folder, name.Replace('/', Path.DirectorySeparatorChar)));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = File.Create(path);
        await download.Content.CopyToAsync(file, cancellationToken);
        return path;
    }
}

namespace Ukspf.Storage.Local;

/// <summary>
/// Where blobs live on disk: <c>{root}/blobs/{container}/{name}</c>, each '/' in a name a sub-folder. Checks names
/// so none can reach outside its container, and keeps half-written uploads in <c>{root}/tmp</c>, on the same volume,
/// so that moving one into place is an atomic rename.
/// </summary>
internal sealed class BlobPaths
{
    private const int MaxNameLength = 1024;

    private readonly string _blobsRoot;
    private readonly string _tempFolder;

    public BlobPaths(string root)
    {
        _blobsRoot = Path.Combine(root, "blobs");
        _tempFolder = Path.Combine(root, "tmp");
        Directory.CreateDirectory(_blobsRoot);
        Directory.CreateDirectory(_tempFolder);
    }

    /// <summary>Checks Azure's container naming rules: 3 to 63 lowercase letters, digits and single inner hyphens.</summary>
    public static void ValidateContainer(string container)
    {
        ArgumentNullException.ThrowIfNull(container);
        var valid = container.Length is >= 3 and <= 63
            && container.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            && container[0] != '-' && container[^1] != '-'
            && !container.Contains("--", StringComparison.Ordinal);
        if (!valid)
        {
            throw StorageErrors.InvalidResourceName(container, "container names are 3 to 63 lowercase letters, digits and single hyphens");
        }
    }

    public string ContainerFolder(string container)
    {
        ValidateContainer(container);
        return Path.Combine(_blobsRoot, container);
    }

    /// <summary>The file of a blob, after checking the name stays inside the container's folder.</summary>
    public string BlobFile(string container, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folder = ContainerFolder(container);
        if (name.Length is 0 or > MaxNameLength)
        {
            throw StorageErrors.InvalidResourceName(name, "blob names are 1 to 1024 characters");
        }

        if (name.Any(c => char.IsControl(c) || c == '\\'))
        {
            throw StorageErrors.InvalidResourceName(name, "blob names may not hold control characters or '\\'");
        }

        if (name.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            throw StorageErrors.InvalidResourceName(name, "no part of a blob name between '/' may be empty, '.' or '..'");
        }

        var full = Path.GetFullPath(Path.Combine(folder, name));
        if (!full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw StorageErrors.InvalidResourceName(name, "the name leaves its container");
        }

        return full;
    }

    public string NewTempFile() => Path.Combine(_tempFolder, Guid.NewGuid().ToString("N"));

    /// <summary>Creates the folders a blob's file needs; called under the write lock so no delete can race it.</summary>
    public void PrepareFolders(string container, string name, string file)
    {
        var folder = ContainerFolder(container);
        if (Directory.Exists(file))
        {
            throw StorageErrors.BlobNameConflictsWithFolder(container, name);
        }

        for (var parent = Path.GetDirectoryName(file); parent is not null && parent != folder; parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                throw StorageErrors.BlobNameConflictsWithFolder(container, name);
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
    }

    /// <summary>Removes the folders a deleted blob leaves empty, up to its container's folder.</summary>
    public void RemoveEmptyFolders(string container, string file)
    {
        var folder = ContainerFolder(container);
        for (var parent = Path.GetDirectoryName(file); parent is not null && parent != folder; parent = Path.GetDirectoryName(parent))
        {
            if (Directory.EnumerateFileSystemEntries(parent).Any())
            {
                return;
            }

            Directory.Delete(parent);
        }
    }
}

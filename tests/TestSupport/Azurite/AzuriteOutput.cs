using System.Diagnostics;

namespace Ukspf.Testing.Azurite;

/// <summary>
/// Keeps the last lines Azurite wrote, so a failure to start can say why. Reading the pipes also keeps a chatty
/// process from blocking on a full one.
/// </summary>
internal sealed class AzuriteOutput
{
    private const int Kept = 20;
    private readonly Queue<string> _lines = new();

    public static AzuriteOutput Capture(Process process)
    {
        var output = new AzuriteOutput();
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return output;
    }

    public string Tail()
    {
        lock (_lines)
        {
            return _lines.Count == 0 ? "(no output)" : string.Join(Environment.NewLine, _lines);
        }
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Enqueue(line);
            if (_lines.Count > Kept)
            {
                _lines.Dequeue();
            }
        }
    }
}

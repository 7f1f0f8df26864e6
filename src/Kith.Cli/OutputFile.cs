using System.Text;

namespace Kith.Cli;

/// <summary>
/// Writes a file whole or not at all: into a temporary file beside it, moved into place at the end,
/// so a failed export or backup never leaves half a file under the name the user gave.
/// </summary>
internal static class OutputFile
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync(string path, Func<Stream, Task> write, CancellationToken ct)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
                await write(stream);
            ct.ThrowIfCancellationRequested();
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserError($"--output: cannot write {path}: {e.Message}");
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }

    /// <summary>The same, for text.</summary>
    public static Task WriteTextAsync(string path, Func<TextWriter, Task> write, CancellationToken ct) =>
        WriteAsync(path, async stream =>
        {
            await using var writer = new StreamWriter(stream, Utf8, 64 * 1024, leaveOpen: true);
            await write(writer);
        }, ct);
}

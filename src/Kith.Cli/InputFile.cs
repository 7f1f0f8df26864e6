using System.Text;
using Kith.Core.Import;

namespace Kith.Cli;

/// <summary>A file the user names to read (an import, a backup): one that is not there, or cannot be read, is their mistake, not the database's.</summary>
internal static class InputFile
{
    /// <summary>Fails with exit code 2 unless <paramref name="path"/> is a readable file; returns its length.</summary>
    public static long Check(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new UserError("<file>: name the file to read.");
        if (Directory.Exists(path))
            throw new UserError($"<file>: {path} is a folder, not a file.");
        try
        {
            using var stream = File.OpenRead(path);
            return stream.Length;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UserError($"<file>: there is no file {path}.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserError($"<file>: cannot read {path}: {e.Message}");
        }
    }

    /// <summary>"Connections.csv:3: the quoted field that starts here never ends", then that nothing was <paramref name="done"/>.</summary>
    public static UserError Unreadable(string path, ImportFileException e, string done) =>
        new((e.Line is { } line ? $"{path}:{line}: {e.Reason}" : $"{path}: {e.Reason}") + $"\nNothing was {done}.");

    public static UserError WrongEncoding(string path, DecoderFallbackException e, string done) =>
        new($"{path}: the file is not UTF-8 text ({e.Message}). Save it as UTF-8 and try again.\nNothing was {done}.");
}

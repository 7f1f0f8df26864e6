using Kith.Core.Common;
using Kith.Core.Import;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Kith.Web.Api;

/// <summary>
/// Reads a file sent either as multipart/form-data (a "file" part, plus small text fields) or as the
/// raw request body, and hands it on as a stream without holding it in memory. The framework's form
/// binding would buffer the whole file first, and ties form posts to antiforgery, which the API
/// replaces with its cross-site guard.
/// </summary>
internal static class UploadBody
{
    /// <summary>The largest request an upload endpoint accepts: the largest file, and room for the multipart wrapping.</summary>
    public const long MaxRequestBytes = ImportStore.MaxUploadBytes + 1024 * 1024;

    private const int MaxFieldChars = 4 * 1024;

    /// <summary>What the request carried: the consumer's result for the file (null when there was none) and the text fields.</summary>
    public sealed record Read<T>(T? File, bool HasFile, IReadOnlyDictionary<string, string> Fields);

    /// <summary>
    /// Passes the file's name and content to <paramref name="consume"/>; for a raw body the name is
    /// <paramref name="rawFileName"/>. A multipart request without a "file" part is a field error on "file".
    /// </summary>
    public static async Task<Read<T>> ReadAsync<T>(HttpRequest request, string? rawFileName, Func<string, Stream, Task<T>> consume, CancellationToken ct)
    {
        if (!IsMultipart(request, out var boundary))
            return new Read<T>(await consume(rawFileName ?? "upload", request.Body), true, new Dictionary<string, string>());

        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = MaxRequestBytes };
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        T? file = default;
        var hasFile = false;
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                // IsFormDisposition() means a form-data part that is not a file, so the type is compared instead.
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                    continue;
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (disposition.IsFileDisposition())
                {
                    if (hasFile || !name.Equals("file", StringComparison.OrdinalIgnoreCase)) continue;
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    file = await consume(string.IsNullOrWhiteSpace(fileName) ? rawFileName ?? "upload" : fileName, section.Body);
                    hasFile = true;
                }
                else
                {
                    fields[name] = await ReadFieldAsync(section, name, ct);
                }
            }
        }
        catch (InvalidDataException)
        {
            throw ValidationFailedException.For("File", "The upload was cut off or is not valid multipart/form-data. Send the file again.");
        }
        if (!hasFile)
            throw ValidationFailedException.For("File", "Choose a file to upload: send it in a form field named \"file\", or as the request body.");
        return new Read<T>(file, true, fields);
    }

    /// <summary>A copy of <paramref name="content"/> in a temporary file that is deleted when closed, positioned at its start.</summary>
    public static async Task<FileStream> ToTemporaryFileAsync(Stream content, CancellationToken ct)
    {
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"kith-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await content.CopyToAsync(file, ct);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private static bool IsMultipart(HttpRequest request, out string boundary)
    {
        boundary = "";
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return false;
        boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value ?? "";
        if (boundary.Length == 0)
            throw ValidationFailedException.For("File", "The multipart/form-data request has no boundary.");
        return true;
    }

    private static async Task<string> ReadFieldAsync(MultipartSection section, string name, CancellationToken ct)
    {
        using var text = new StreamReader(section.Body, System.Text.Encoding.UTF8);
        var buffer = new char[MaxFieldChars + 1];
        var length = await text.ReadBlockAsync(buffer.AsMemory(), ct);
        if (length > MaxFieldChars)
            throw ValidationFailedException.For(name, $"This value is longer than {MaxFieldChars} characters.");
        return new string(buffer, 0, length);
    }
}

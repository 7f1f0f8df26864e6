using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Kith.Web.Api;

/// <summary>
/// A file built completely before anything is sent, then sent as an attachment. The writers
/// (CSV, vCard, backup JSON) may write synchronously, which the server forbids on a response;
/// and an export that fails half-way must be an error answer, not a truncated file. The content
/// waits in memory, or in a temporary file (removed with the response) once it outgrows 4 MB.
/// </summary>
internal sealed class Download : IResult, IAsyncDisposable
{
    private const int InMemoryBytes = 4 * 1024 * 1024;

    /// <summary>UTF-8 with a byte-order mark, so spreadsheet programs read accented names correctly.</summary>
    public static readonly Encoding Utf8WithMark = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly FileBufferingWriteStream _content = new(InMemoryBytes);
    private readonly string _contentType;
    private readonly string _fileName;

    private Download(string contentType, string fileName)
    {
        _contentType = contentType;
        _fileName = fileName;
    }

    /// <summary>Writes text through <paramref name="write"/> (lines end in CRLF, as CSV and vCard want) and returns the download.</summary>
    public static Task<Download> TextAsync(HttpContext context, string contentType, string fileName, Encoding encoding, Func<TextWriter, Task> write) =>
        BuildAsync(context, contentType, fileName, async stream =>
        {
            await using var writer = new StreamWriter(stream, encoding, 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
            await write(writer);
            await writer.FlushAsync();
        });

    /// <summary>Writes bytes through <paramref name="write"/> and returns the download.</summary>
    public static async Task<Download> BuildAsync(HttpContext context, string contentType, string fileName, Func<Stream, Task> write)
    {
        var download = new Download(contentType, fileName);
        context.Response.RegisterForDisposeAsync(download);
        await write(download._content);
        return download;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = _contentType;
        response.ContentLength = _content.Length;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = _fileName, FileNameStar = _fileName }.ToString();
        // People's details: no shared cache keeps a copy.
        response.Headers.CacheControl = "no-store";
        await _content.DrainBufferAsync(response.Body, httpContext.RequestAborted);
    }

    public ValueTask DisposeAsync() => _content.DisposeAsync();
}

using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Kith.Web.Pages.Data;

/// <summary>
/// A file written straight to the response while it is produced, so exporting thousands of people
/// never holds the whole file in memory. Always an attachment, never cached: it is private data.
/// </summary>
public sealed class StreamedDownload(string contentType, string fileName, Func<Stream, CancellationToken, Task> write) : IActionResult
{
    public string ContentType { get; } = contentType;
    public string FileName { get; } = fileName;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = ContentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        await write(response.Body, context.HttpContext.RequestAborted);
    }

    /// <summary>
    /// A UTF-8 text download. <paramref name="byteOrderMark"/> is for CSV: spreadsheet programs
    /// read a CSV without it in the machine's legacy code page and garble accents.
    /// </summary>
    public static StreamedDownload Text(string contentType, string fileName, Func<TextWriter, CancellationToken, Task> write, bool byteOrderMark = false) =>
        new(contentType, fileName, async (body, ct) =>
        {
            // Disposed only after success: disposing flushes, and a flush starts the response, after which a
            // failure at the very start could no longer be replaced by the error page. (Never synchronously either:
            // a synchronous flush to the response body is not allowed.)
            var writer = new StreamWriter(body, new UTF8Encoding(byteOrderMark), bufferSize: 16 * 1024, leaveOpen: true);
            await write(writer, ct);
            await writer.FlushAsync(ct);
            await writer.DisposeAsync();
        });
}

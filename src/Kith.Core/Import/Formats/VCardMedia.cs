namespace Kith.Core.Import.Formats;

/// <summary>Media types of inline binary values: 2.1/3.0 give a TYPE token ("JPEG"), 4.0 a data: URI.</summary>
internal static class VCardMedia
{
    public const string Unknown = "application/octet-stream";

    private static readonly Dictionary<string, string> ByToken = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jpeg"] = "image/jpeg", ["jpg"] = "image/jpeg", ["png"] = "image/png", ["gif"] = "image/gif",
        ["bmp"] = "image/bmp", ["tiff"] = "image/tiff", ["webp"] = "image/webp", ["heic"] = "image/heic",
        ["pgp"] = "application/pgp-keys", ["x509"] = "application/pkix-cert",
        ["wave"] = "audio/wav", ["wav"] = "audio/wav", ["mp3"] = "audio/mpeg", ["basic"] = "audio/basic",
    };

    /// <summary>The media type a TYPE token names ("JPEG", or "image/png" as written), else null.</summary>
    public static string? FromToken(string token)
    {
        if (ByToken.TryGetValue(token, out var type)) return type;
        return IsMediaType(token) ? token.ToLowerInvariant() : null;
    }

    /// <summary>What the first bytes say, for binaries whose writer did not.</summary>
    public static string Sniff(ReadOnlySpan<byte> data) => data switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "image/png",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "image/gif",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "image/webp",
        _ => Unknown,
    };

    public static bool IsMediaType(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && slash < value.Length - 1
            && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '+' or '.' or '_');
    }

    /// <summary>Splits <c>data:[type][;base64],payload</c>; false when it is not a base64 data URI.</summary>
    public static bool TryParseDataUri(string uri, out string mediaType, out string base64)
    {
        mediaType = Unknown;
        base64 = "";
        if (!uri.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return false;
        var comma = uri.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0) return false;
        var head = uri[5..comma].Split(';');
        if (!head.Any(h => h.Trim().Equals("base64", StringComparison.OrdinalIgnoreCase))) return false;
        if (head[0].Trim() is { Length: > 0 } type && IsMediaType(type)) mediaType = type.ToLowerInvariant();
        base64 = uri[(comma + 1)..];
        return true;
    }

    public static string DataUri(string mediaType, ReadOnlySpan<byte> data) =>
        $"data:{(IsMediaType(mediaType) ? mediaType.ToLowerInvariant() : Unknown)};base64,{Convert.ToBase64String(data)}";
}

using System.Text;

namespace Kith.Core.Import.Formats;

/// <summary>The text of a property once its transfer encoding (quoted-printable, base64) and CHARSET are undone.</summary>
internal static class VCardValues
{
    /// <summary>The value, still backslash-escaped; null with <paramref name="error"/> set when it cannot be decoded.</summary>
    public static string? Text(VCardProperty property, out RowError? error)
    {
        error = null;
        if (!property.IsQuotedPrintable && !property.IsBase64) return property.Value;

        var charsetName = property.Param("CHARSET");
        if (Charset(charsetName) is not { } charset)
        {
            error = new RowError(property.Name, $"line {property.Line}: unknown character set '{charsetName}'");
            return null;
        }

        try
        {
            if (property.IsBase64)
            {
                if (Base64(property.Value) is { } bytes) return charset.GetString(bytes);
                error = new RowError(property.Name, $"line {property.Line}: the value is not valid base64");
                return null;
            }
            if (QuotedPrintable.TryDecode(property.Value, charset, out var text)) return text;
            error = new RowError(property.Name, $"line {property.Line}: the quoted-printable value is not valid (an '=' without two hex digits)");
            return null;
        }
        catch (DecoderFallbackException)
        {
            error = new RowError(property.Name, $"line {property.Line}: the value is not valid {charset.WebName} text");
            return null;
        }
    }

    /// <summary>A strict decoder for a CHARSET parameter (UTF-8 when none); null when the name is unknown.</summary>
    public static Encoding? Charset(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Replace("-", "", StringComparison.Ordinal).Equals("UTF8", StringComparison.OrdinalIgnoreCase))
            return new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            return Encoding.GetEncoding(name.Trim(), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            // windows-1252 and other code pages ship with .NET but are not registered by default; ask
            // the provider directly instead of registering it for the whole process.
            return CodePagesEncodingProvider.Instance.GetEncoding(name.Trim(), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
    }

    /// <summary>Base64 with whitespace and missing padding forgiven; null when it is not base64.</summary>
    public static byte[]? Base64(string value)
    {
        var clean = new StringBuilder(value.Length);
        foreach (var c in value)
            if (!char.IsWhiteSpace(c)) clean.Append(c);
        while (clean.Length % 4 != 0) clean.Append('=');
        try
        {
            return Convert.FromBase64String(clean.ToString());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>How many bytes <paramref name="base64"/> holds, without decoding it.</summary>
    public static long Base64Length(string base64) => (long)base64.Count(c => !char.IsWhiteSpace(c) && c != '=') * 3 / 4;
}

using System.Text;

namespace Kith.Core.Import.Formats;

/// <summary>Backslash escapes of values (RFC 6350 §3.4) and caret escapes of parameters (RFC 6868).</summary>
internal static class VCardEscaping
{
    /// <summary>
    /// <c>\\ \n \N \, \; \:</c> become what they stand for; any other backslash is kept as written,
    /// because old writers put Windows paths in values unescaped.
    /// </summary>
    public static string Unescape(string raw)
    {
        if (!raw.Contains('\\', StringComparison.Ordinal)) return raw;
        var result = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 == raw.Length)
            {
                result.Append(c);
                continue;
            }
            var next = raw[i + 1];
            switch (next)
            {
                case 'n' or 'N': result.Append('\n'); i++; break;
                case '\\' or ',' or ';' or ':': result.Append(next); i++; break;
                default: result.Append(c); break;
            }
        }
        return result.ToString();
    }

    /// <summary>Splits on <paramref name="separator"/> where it is not escaped; the parts stay escaped.</summary>
    public static List<string> Split(string raw, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\') i++;
            else if (raw[i] == separator)
            {
                parts.Add(raw[start..i]);
                start = i + 1;
            }
        }
        parts.Add(raw[start..]);
        return parts;
    }

    /// <summary>A text value for 4.0: backslash, comma, semicolon and line breaks escaped; other control characters dropped.</summary>
    public static string EscapeText(string value) => Escape(value, escapeSeparators: true);

    /// <summary>A URI value: only what cannot be in a URI line (backslash, line breaks) is escaped.</summary>
    public static string EscapeUri(string value) => Escape(value, escapeSeparators: false);

    private static string Escape(string value, bool escapeSeparators)
    {
        var result = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': result.Append(@"\\"); break;
                case ',' or ';' when escapeSeparators: result.Append('\\').Append(c); break;
                case '\r':
                    if (i + 1 < value.Length && value[i + 1] == '\n') i++;
                    result.Append(@"\n");
                    break;
                case '\n': result.Append(@"\n"); break;
                case '\t': result.Append(c); break;
                case < ' ' or '\u007f': break; // not allowed in a content line, and no escape exists for them
                default: result.Append(c); break;
            }
        }
        return result.ToString();
    }

    /// <summary>RFC 6868: <c>^n</c> newline, <c>^'</c> double quote, <c>^^</c> caret.</summary>
    public static string DecodeParameter(string value)
    {
        if (!value.Contains('^', StringComparison.Ordinal)) return value;
        var result = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '^' && i + 1 < value.Length && value[i + 1] is 'n' or '\'' or '^')
            {
                result.Append(value[i + 1] switch { 'n' => '\n', '\'' => '"', _ => '^' });
                i++;
            }
            else result.Append(value[i]);
        }
        return result.ToString();
    }

    /// <summary>One parameter value for 4.0: caret-escaped, and quoted when it holds a separator.</summary>
    public static string EncodeParameter(string value)
    {
        var encoded = new StringBuilder(value.Length + 2);
        foreach (var c in value)
        {
            switch (c)
            {
                case '^': encoded.Append("^^"); break;
                case '"': encoded.Append("^'"); break;
                case '\n': encoded.Append("^n"); break;
                case < ' ' and not '\t': break;
                default: encoded.Append(c); break;
            }
        }
        var text = encoded.ToString();
        return text.AsSpan().IndexOfAny(",;:") >= 0 ? $"\"{text}\"" : text;
    }
}

using System.Text;

namespace Kith.Core.Import.Formats;

/// <summary>Quoted-printable (RFC 2045 §6.7) as vCard 2.1 uses it: <c>=XX</c> bytes in a declared character set.</summary>
internal static class QuotedPrintable
{
    /// <summary>
    /// Decodes <paramref name="value"/>; false when an <c>=</c> is not followed by two hex digits. Characters
    /// outside ASCII (which a strict writer would have encoded) are taken as they are. Throws
    /// <see cref="DecoderFallbackException"/> when the bytes are not valid in <paramref name="charset"/>.
    /// </summary>
    public static bool TryDecode(string value, Encoding charset, out string text)
    {
        var result = new StringBuilder(value.Length);
        var bytes = new List<byte>();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '=')
            {
                if (i + 1 == value.Length) break; // a soft line break left at the very end
                if (i + 2 >= value.Length || !char.IsAsciiHexDigit(value[i + 1]) || !char.IsAsciiHexDigit(value[i + 2]))
                {
                    text = "";
                    return false;
                }
                bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (c < 0x80) bytes.Add((byte)c);
            else
            {
                Flush();
                result.Append(c);
            }
        }
        Flush();
        text = result.ToString();
        return true;

        void Flush()
        {
            if (bytes.Count == 0) return;
            result.Append(charset.GetString([.. bytes]));
            bytes.Clear();
        }
    }
}

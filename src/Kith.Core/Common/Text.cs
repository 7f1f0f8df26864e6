namespace Kith.Core.Common;

/// <summary>Small wording helpers shared by services that build sentences.</summary>
public static class Text
{
    /// <summary>"lunch" → "Lunch".</summary>
    public static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

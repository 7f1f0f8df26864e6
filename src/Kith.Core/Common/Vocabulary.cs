using System.Globalization;
using Kith.Core.Interactions;
using Kith.Core.People;

namespace Kith.Core.Common;

/// <summary>
/// The words users type for Kith's enums ("more-senior", "former-colleague", "e-mail") and the
/// words Kith prints back. One list, shared by the API, the pages and the CLI.
/// </summary>
public static class Vocabulary
{
    public static string Token<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var key = Normalize(text);
        foreach (var v in Enum.GetValues<T>())
        {
            if (Normalize(v.ToString()) == key)
            {
                value = v;
                return true;
            }
        }
        if (Aliases.TryGetValue((typeof(T), key), out var alias))
        {
            value = (T)alias;
            return true;
        }
        return false;
    }

    public static string Choices<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetValues<T>().Where(v => Convert.ToInt64(v, CultureInfo.InvariantCulture) != 0 || typeof(T) != typeof(PersonRoles)).Select(Token));

    private static string Normalize(string s) =>
        new string(s.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();

    private static readonly Dictionary<(Type, string), object> Aliases = new()
    {
        [(typeof(RelativeLevel), "senior")] = RelativeLevel.MoreSenior,
        [(typeof(RelativeLevel), "junior")] = RelativeLevel.MoreJunior,
        [(typeof(RelativeLevel), "same")] = RelativeLevel.Peer,
        [(typeof(EmployerRelation), "internal")] = EmployerRelation.Inside,
        [(typeof(EmployerRelation), "external")] = EmployerRelation.Outside,
        [(typeof(PersonRoles), "former")] = PersonRoles.FormerColleague,
        [(typeof(PersonRoles), "peer")] = PersonRoles.IndustryPeer,
        [(typeof(PersonRoles), "manager")] = PersonRoles.Management,
        [(typeof(InteractionKind), "mail")] = InteractionKind.Email,
        [(typeof(InteractionKind), "text")] = InteractionKind.Message,
        [(typeof(InteractionKind), "phone")] = InteractionKind.Call,
        [(typeof(Exchange), "give")] = Exchange.Gave,
        [(typeof(Exchange), "ask")] = Exchange.Asked,
        [(typeof(Exchange), "none")] = Exchange.Neither,
    };
}

namespace Kith.Core.Import.Formats;

/// <summary>
/// The header names people and programs give each field, compared without case, spaces, digits or
/// punctuation ("E-mail 2", "email_address" and "Email Address" are all "email…").
/// </summary>
internal static class ColumnSynonyms
{
    private static readonly Dictionary<string, string> FieldByName = Build(
        (ContactFields.FirstName, ["firstname", "givenname", "forename", "first", "given", "fname", "christianname"]),
        (ContactFields.LastName, ["lastname", "surname", "familyname", "last", "family", "lname"]),
        (ContactFields.FullName, ["name", "fullname", "displayname", "contactname", "contact", "person"]),
        (ContactFields.Nickname, ["nickname", "nick", "knownas", "preferredname"]),
        (ContactFields.Email, ["email", "emails", "emailaddress", "emailaddresses", "mail", "mailaddress", "emailvalue",
            "primaryemail", "workemail", "homeemail", "personalemail", "businessemail", "otheremail"]),
        (ContactFields.Phone, ["phone", "phones", "phonenumber", "phonevalue", "mobile", "mobilephone", "mobilenumber", "cell",
            "cellphone", "tel", "telephone", "telephonenumber", "workphone", "homephone", "businessphone", "primaryphone", "otherphone"]),
        (ContactFields.Organisation, ["company", "companyname", "organisation", "organization", "org", "organisationname",
            "organizationname", "employer", "business"]),
        (ContactFields.Department, ["department", "dept", "division", "team", "organizationdepartment", "organisationdepartment"]),
        (ContactFields.JobTitle, ["title", "jobtitle", "position", "role", "occupation", "job", "organizationtitle", "organisationtitle"]),
        (ContactFields.Notes, ["notes", "note", "comments", "comment", "remarks", "description"]),
        (ContactFields.Website, ["website", "websites", "web", "url", "homepage", "webpage", "site", "websitevalue", "webaddress"]),
        (ContactFields.LinkedInUrl, ["linkedin", "linkedinurl", "linkedinprofile", "linkedinprofileurl", "linkedinaddress"]),
        (ContactFields.MetOn, ["meton", "met", "datemet", "firstmet", "connectedon", "connected", "dateconnected"]),
        (ContactFields.Birthday, ["birthday", "birthdate", "dateofbirth", "dob", "born"]),
        (ContactFields.Tags, ["tags", "tag", "labels", "label", "groups", "group", "categories", "category", "groupmembership", "lists"]));

    /// <summary>The field a header most likely means, or <see cref="ContactFields.Ignore"/>.</summary>
    public static string FieldFor(string header) =>
        FieldByName.TryGetValue(Key(header), out var field) ? field : ContactFields.Ignore;

    private static string Key(string header) =>
        string.Concat(header.Where(char.IsLetter)).ToLowerInvariant();

    private static Dictionary<string, string> Build(params (string Field, string[] Names)[] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, names) in groups)
        {
            foreach (var name in names)
                map.Add(name, field);
        }
        return map;
    }
}

using Kith.Core.Common;
using Microsoft.AspNetCore.Identity;

namespace Kith.Core.Accounts;

/// <summary>Turns Identity's errors into Kith's field errors, in words a person can act on.</summary>
internal static class IdentityErrors
{
    public static ValidationFailedException ToValidation(IdentityResult result, string emailField, string passwordField)
    {
        var errors = new Dictionary<string, List<string>>();
        foreach (var error in result.Errors)
        {
            var (field, message) = Explain(error, emailField, passwordField);
            if (!errors.TryGetValue(field, out var list))
                errors[field] = list = [];
            // E-mail and user name are one here, so two codes can say the same thing.
            if (!list.Contains(message))
                list.Add(message);
        }
        if (errors.Count == 0)
            errors[emailField] = ["The account could not be saved."];
        return new ValidationFailedException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }

    private static (string Field, string Message) Explain(IdentityError error, string emailField, string passwordField) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) =>
            (emailField, "There is already an account with this e-mail address. Sign in instead."),
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) =>
            (emailField, "Enter an e-mail address such as name@example.org."),
        nameof(IdentityErrorDescriber.PasswordMismatch) => ("CurrentPassword", "That is not your current password."),
        nameof(IdentityErrorDescriber.PasswordTooShort) =>
            (passwordField, $"Use at least {AccountRules.MinimumPasswordLength} characters; a few words you will remember make a good password."),
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => (passwordField, "Use a password with more different characters in it."),
        _ => (error.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField : emailField, error.Description),
    };
}

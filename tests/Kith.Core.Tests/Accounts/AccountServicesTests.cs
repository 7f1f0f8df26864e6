using Kith.Core.Accounts;
using Kith.Core.Common;
using Kith.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kith.Core.Tests.Accounts;

/// <summary>Setting Kith up, registering by invitation and API tokens, on a real database; each scope says which account it acts for.</summary>
public sealed class AccountServicesTests : IAsyncLifetime
{
    private const string Password = "correct horse battery staple";
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"kith-accounts-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(TestDatabase.Start);
    private ServiceProvider _services = null!;
    private int _localAccount;

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_clock)
            .AddScoped<LocalAccount>()
            .AddScoped<ICurrentAccount>(sp => sp.GetRequiredService<LocalAccount>())
            .AddKithCore(_ => _path);
        services.AddKithAccounts();
        _services = services.BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        _localAccount = await KithDatabase.PrepareAsync(scope.ServiceProvider.GetRequiredService<KithDbContext>(), _path, _clock, "Europe/Lisbon");
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_path + suffix);
    }

    /// <summary>A unit of work acting for the account (0: nobody signed in, as on the sign-in pages).</summary>
    private async Task<T> AsAsync<T>(int accountId, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<LocalAccount>().AccountId = accountId;
        return await work(scope.ServiceProvider);
    }

    private Task<UserView> SetUpAsync(string email = "admin@example.com") =>
        AsAsync(0, sp => sp.GetRequiredService<AccountService>().SetUpAsync(new RegistrationInput(email, Password, Password)));

    [Fact]
    public async Task SetUp_FirstUser_IsAdminOfTheLocalAccount_AndOnlyOnce()
    {
        var admin = await SetUpAsync();

        Assert.True(admin.IsAdmin);
        Assert.Equal(_localAccount, admin.AccountId);
        var again = await Assert.ThrowsAsync<ValidationFailedException>(() => SetUpAsync("second@example.com"));
        Assert.Equal(["Kith has already been set up. Sign in, or ask the admin for an invitation."], again.Errors["Email"]);
    }

    [Fact]
    public async Task SetUp_ShortPassword_IsRefusedWithAllErrors()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            AsAsync(0, sp => sp.GetRequiredService<AccountService>().SetUpAsync(new RegistrationInput("not an address", "short", "shorter"))));

        Assert.Equal(["Email", "ConfirmPassword"], refused.Errors.Keys);
        Assert.False(await AsAsync(0, sp => sp.GetRequiredService<AccountService>().AnyUserAsync()));
    }

    [Fact]
    public async Task Register_WithInvitation_GetsANewAccountInTheInvitersZoneWithItsMe()
    {
        var admin = await SetUpAsync();
        var invitation = await AsAsync(0, sp => sp.GetRequiredService<InvitationService>().CreateAsync(admin.Id, new InvitationInput("new@example.com")));
        Assert.Equal(TestDatabase.Start.UtcDateTime.AddDays(7), invitation.Invitation.ExpiresAt);

        var user = await AsAsync(0, sp => sp.GetRequiredService<AccountService>().RegisterAsync(invitation.Secret, new RegistrationInput("new@example.com", Password, Password)));

        Assert.False(user.IsAdmin);
        Assert.NotEqual(_localAccount, user.AccountId);
        var (name, zone, me) = await AsAsync(user.AccountId, async sp =>
        {
            var db = sp.GetRequiredService<KithDbContext>();
            var account = await db.Accounts.SingleAsync(a => a.Id == user.AccountId);
            return (account.Name, account.TimeZoneId, await db.People.CountAsync(p => p.IsMe));
        });
        Assert.Equal($"user-{user.Id}", name);
        Assert.Equal("Europe/Lisbon", zone);
        Assert.Equal(1, me);
        var listed = await AsAsync(0, sp => sp.GetRequiredService<InvitationService>().ListAsync());
        Assert.Equal(InvitationStatus.Accepted, listed.Single().Status);
        Assert.Equal("new@example.com", listed.Single().AcceptedBy);
    }

    [Fact]
    public async Task Register_ExpiredInvitation_IsRefusedAndWritesNothing()
    {
        var admin = await SetUpAsync();
        var invitation = await AsAsync(0, sp => sp.GetRequiredService<InvitationService>().CreateAsync(admin.Id, new InvitationInput(null)));
        _clock.Advance(TimeSpan.FromDays(7));

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            AsAsync(0, sp => sp.GetRequiredService<AccountService>().RegisterAsync(invitation.Secret, new RegistrationInput("late@example.com", Password, Password))));

        Assert.StartsWith("This invitation link cannot be used", refused.Errors["Invitation"][0], StringComparison.Ordinal);
        Assert.Equal(InvitationStatus.Expired, (await AsAsync(0, sp => sp.GetRequiredService<InvitationService>().ListAsync())).Single().Status);
        Assert.Equal(1, await AsAsync(0, sp => sp.GetRequiredService<KithDbContext>().Users.CountAsync()));
    }

    [Fact]
    public async Task ApiToken_StoredAsHash_AuthenticatesUntilRevoked_LastUsedAtMostOncePerMinute()
    {
        var admin = await SetUpAsync();
        var made = await AsAsync(admin.AccountId, sp => sp.GetRequiredService<ApiTokenService>().CreateAsync(new ApiTokenInput("laptop")));
        Task<TokenIdentity?> Authenticate() => AsAsync(0, sp => ApiTokenService.AuthenticateAsync(sp.GetRequiredService<KithDbContext>(), made.Secret, _clock.GetUtcNow().UtcDateTime));

        var stored = await AsAsync(admin.AccountId, sp => sp.GetRequiredService<KithDbContext>().ApiTokens.SingleAsync());
        Assert.Equal(Secrets.Hash(made.Secret), stored.SecretHash);
        Assert.DoesNotContain(made.Secret, stored.SecretHash, StringComparison.Ordinal);
        Assert.Equal(new TokenIdentity(made.Token.Id, admin.Id, admin.AccountId), await Authenticate());
        var first = TestDatabase.Start.UtcDateTime;
        _clock.Advance(TimeSpan.FromSeconds(30));
        await Authenticate();
        Assert.Equal(first, (await AsAsync(admin.AccountId, sp => sp.GetRequiredService<ApiTokenService>().ListAsync())).Single().LastUsedAt);

        await AsAsync(admin.AccountId, sp => sp.GetRequiredService<ApiTokenService>().RevokeAsync(made.Token.Id));

        Assert.Null(await Authenticate());
        Assert.Null(await AsAsync(0, sp => ApiTokenService.AuthenticateAsync(sp.GetRequiredService<KithDbContext>(), "kith_guess", first)));
    }

    [Fact]
    public async Task ApiToken_OfAnotherAccount_CannotBeRevoked()
    {
        var admin = await SetUpAsync();
        var made = await AsAsync(admin.AccountId, sp => sp.GetRequiredService<ApiTokenService>().CreateAsync(new ApiTokenInput("laptop")));

        await Assert.ThrowsAsync<NotFoundException>(() => AsAsync(admin.AccountId + 1000, sp => sp.GetRequiredService<ApiTokenService>().RevokeAsync(made.Token.Id)));

        Assert.NotNull(await AsAsync(0, sp => ApiTokenService.AuthenticateAsync(sp.GetRequiredService<KithDbContext>(), made.Secret, _clock.GetUtcNow().UtcDateTime)));
    }
}

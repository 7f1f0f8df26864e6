using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;
using Kith.Core.Accounts;
using Kith.Web.Accounts;
using Kith.Web.Tests.Pages;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kith.Web.Tests.Accounts;

/// <summary>
/// The app with accounts required (as on a team server), on its own database or one shared with
/// other hosts (two app nodes), with the fake clock of <see cref="KithWebFactory"/>. Makes users
/// and hands out clients signed in as them, through the real sign-in form or with an API token.
/// </summary>
public class AccountsWebFactory : WebApplicationFactory<Program>
{
    /// <summary>Every test user's password: long enough for the rules, nothing else asked.</summary>
    public const string Password = "correct horse battery staple";

    private static readonly IBrowsingContext Browsing = BrowsingContext.New(AngleSharp.Configuration.Default);
    private readonly SemaphoreSlim _creating = new(1, 1);
    private readonly AccountsTestDatabase? _own;
    private AccountsTestDatabase? _shared;

    /// <summary>The database, shared with other hosts when set (two app nodes); a database of its own otherwise.</summary>
    public AccountsTestDatabase Database
    {
        get => _shared ?? _own!;
        init => _shared = value;
    }

    /// <summary>The sign-in rate limit; high by default so that tests which sign in often are not limited.</summary>
    public int SignInAttemptsPerMinute { get; init; } = 1_000;

    public AccountsWebFactory() => _own = new AccountsTestDatabase();

    public FakeTimeProvider Clock { get; } = new(KithWebFactory.Start);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Database.Settings())
            builder.UseSetting(key, value);
        builder.UseSetting(KithMode.Key, "required");
        builder.UseSetting(AccountsSetup.SignInAttemptsKey, SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Kith:TimeZone", KithWebFactory.TimeZone);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Serves over real HTTP on a free loopback port (for two nodes); returns the address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        _address = new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)));
        return _address;
    }

    private Uri? _address;

    /// <summary>Client options: no redirects followed, and the real address when served over HTTP.</summary>
    public WebApplicationFactoryClientOptions TestClientOptions(bool cookies = true) => new()
    {
        AllowAutoRedirect = false,
        HandleCookies = cookies,
        BaseAddress = _address ?? new Uri("http://localhost"),
    };

    /// <summary>
    /// The user with this e-mail, made on first use: the first one sets Kith up (admin, owner of
    /// the local account's data), every later one registers with an invitation from the admin and
    /// gets an account of their own.
    /// </summary>
    public async Task<UserView> UserAsync(string email)
    {
        // Starts the host (and prepares the database) if nothing has yet.
        _ = Services;
        await _creating.WaitAsync();
        try
        {
            await using var scope = Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<KithUser>>();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            if (await users.FindByEmailAsync(email) is { } existing)
                return await accounts.GetAsync(existing.Id);
            if (!await accounts.AnyUserAsync())
                return await accounts.SetUpAsync(new RegistrationInput(email, Password, Password));
            var admin = users.Users.Where(u => u.IsAdmin).Select(u => u.Id).First();
            var invitation = await scope.ServiceProvider.GetRequiredService<InvitationService>().CreateAsync(admin, new InvitationInput(email));
            return await accounts.RegisterAsync(invitation.Secret, new RegistrationInput(email, Password, Password));
        }
        finally
        {
            _creating.Release();
        }
    }

    /// <summary>A client (keeping cookies, not following redirects) signed in as this user through the sign-in form.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email)
    {
        await UserAsync(email);
        var client = CreateClient(TestClientOptions());
        var response = await SignInAsync(client, email, Password);
        // Over Kestrel the factory's client follows redirects whatever the options say: then success is landing elsewhere.
        var landed = response.StatusCode == HttpStatusCode.Redirect
            || (response.StatusCode == HttpStatusCode.OK && response.RequestMessage?.RequestUri?.AbsolutePath != "/account/sign-in");
        Assert.True(landed, $"Signing in as {email} failed: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>A page client signed in as this user.</summary>
    public async Task<PageClient> SignedInPagesAsync(string email) => new(Services, await SignedInClientAsync(email));

    /// <summary>A client with no cookies that sends a fresh API token of this user's.</summary>
    public async Task<HttpClient> TokenClientAsync(string email)
    {
        var client = CreateClient(TestClientOptions(cookies: false));
        client.DefaultRequestHeaders.Authorization = new("Bearer", await NewTokenAsync(email));
        return client;
    }

    /// <summary>Makes an API token for the user, as the Account page would, and returns its secret.</summary>
    public async Task<string> NewTokenAsync(string email, string name = "test")
    {
        var user = await UserAsync(email);
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentAccount>().ActFor(user.AccountId);
        return (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(new ApiTokenInput(name))).Secret;
    }

    /// <summary>Posts the sign-in form as a browser would (with its antiforgery token); the response is not followed.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var page = await FormPageAsync(client, "/account/sign-in");
        return await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", AntiforgeryToken(page)),
            new("Input.Email", email),
            new("Input.Password", password),
        ]));
    }

    public static async Task<IHtmlDocument> FormPageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        return (IHtmlDocument)await Browsing.OpenAsync(r => r.Content(response.Content.ReadAsStream()).Address("http://localhost" + url));
    }

    public static string AntiforgeryToken(IHtmlDocument page) =>
        ((IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!).Value;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _creating.Dispose();
        _own?.Dispose();
    }
}

using System.Xml.Linq;
using Kith.Core.Accounts;
using Kith.Core.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Kith.Web.Accounts;

/// <summary>
/// Data-protection keys (which sign cookies and antiforgery tokens) in the database, so every app
/// process on the same database accepts what another made: the nodes keep no state of their own.
/// Each call uses a fresh context; the key ring is cached by the framework and reread when a key
/// it has not seen turns up. Both wait for start-up to have prepared the database (<see cref="Hosting.StartupGate"/>),
/// since a new database has no table for the keys until then.
/// </summary>
internal sealed class DatabaseKeyRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetService<Hosting.StartupGate>()?.Wait();
        var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(x => XElement.Parse(x)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetService<Hosting.StartupGate>()?.Wait();
        var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKeyRow { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
